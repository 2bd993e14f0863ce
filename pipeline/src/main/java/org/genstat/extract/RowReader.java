package org.genstat.extract;

import org.genstat.ingest.IngestIssue;
import org.genstat.ingest.Sources;
import org.genstat.vocabulary.Flag;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Kind;
import org.genstat.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.genstat.extract.layout.ClosingBlock;
import org.genstat.extract.layout.ColumnRole;
import org.genstat.extract.layout.HeaderWords;
import org.genstat.extract.layout.RowLabel;
import org.genstat.extract.layout.TableHeader;
import org.genstat.extract.layout.ValueColumn;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.value.ParsedValue;
import org.genstat.text.StatedUnit;
import org.genstat.extract.value.ValueParser;
import org.genstat.text.VietText;
import org.genstat.vocabulary.Sex;

/**
 * Turns the data rows of one table into raw observations: the indicator from the label column
 * (or the column header, or the table title), the unit from the file or the row, the year from
 * the column or the row, the sex from the column, the row or the sheet. Goal headings and sex
 * sub-rows are carried from row to row.
 */
final class RowReader {
    /** Who reports: the file's identity and a per-row unit lookup. */
    record Context(String path, String sha256, long submittedAt, ReportIdentity identity, UnitLookup units,
                   String sheet, String sheetSex, Integer defaultYear, String titleKind, Sink sink) {
    }

    private final Context ctx;
    private final TableHeader header;
    private final Set<String> unknownUnits = new TreeSet<>();
    private final Set<Integer> warnedColumns = new java.util.HashSet<>();
    private String currentGoal;
    private String currentLabel;
    private String currentNumber;
    private String currentUom;
    private String currentCode;
    /** The last label whose stated unit was looked up, and that unit: a row's cells share their label. */
    private String unitLabel;
    private String unitOfLabel;
    private int observations;
    private int maxYear;
    private boolean closed;

    RowReader(Context ctx, TableHeader header) {
        this.ctx = ctx;
        this.header = header;
    }

    void read(SheetRow row) {
        if (closed || (closed = row.cells().stream().anyMatch(c -> c != null && ClosingBlock.opens(c.text())))) {
            return; // recipients and signatures below the table
        }
        String label = text(row, ColumnRole.LABEL);
        boolean hasValues = header.valueColumns().stream().anyMatch(v -> row.at(v.col()) != null);
        if (header.has(ColumnRole.LABEL) && label == null) {
            if (hasValues && !header.has(ColumnRole.UNIT) && !header.has(ColumnRole.YEAR)) {
                issue(row, "A", Severity.WARNING, IssueCode.ROW_WITHOUT_LABEL,
                        "row " + (row.index() + 1) + " has values but no indicator name");
                return;
            }
            if (!hasValues) {
                return;
            }
        }
        if (label != null) {
            String goal = RowLabel.goal(label);
            if (goal != null && !hasValues) {
                currentGoal = goal.isEmpty() ? currentGoal : goal;
                return;
            }
        }
        if (!hasValues) {
            return; // section headings, notes, footers
        }
        String rowSex = label == null ? null : RowLabel.sexOnly(label);
        if (label != null && rowSex == null) {
            currentLabel = label;
            String order = text(row, ColumnRole.ORDER);
            currentNumber = order == null ? RowLabel.number(label, currentGoal) : RowLabel.number(order, currentGoal);
            if (currentNumber == null && order != null) {
                currentNumber = RowLabel.number(label, currentGoal);
            }
            currentUom = text(row, ColumnRole.MEASURE_UNIT);
            currentCode = text(row, ColumnRole.CODE);
        } else if (rowSex != null && currentLabel == null) {
            issue(row, "A", Severity.WARNING, IssueCode.SEX_ROW_WITHOUT_INDICATOR,
                    "row '" + label + "' gives a sex but no indicator row comes before it");
            return;
        }
        Integer rowYear = null;
        boolean rowPreliminary = false;
        String rowKind = null;
        if (header.has(ColumnRole.YEAR)) {
            String y = text(row, ColumnRole.YEAR);
            rowYear = y == null ? null : HeaderWords.year(y);
            rowPreliminary = y != null && HeaderWords.preliminary(y);
            rowKind = y == null ? null : HeaderWords.kind(y); // "TH 2020", "KH 2020" down the rows
            if (rowYear == null) {
                return; // a footnote or a blank line inside the table
            }
        }
        String unitCode = ctx.identity() == null ? null : ctx.identity().unitCode();
        if (header.has(ColumnRole.UNIT) || header.has(ColumnRole.UNIT_CODE)) {
            String name = text(row, ColumnRole.UNIT);
            String parent = ctx.identity() == null ? null : ctx.identity().unitName();
            int year = rowYear != null ? rowYear : firstYear();
            unitCode = ctx.units().code(name, text(row, ColumnRole.UNIT_CODE), parent, year);
            if (unitCode == null) {
                unknownUnits.add(name == null ? text(row, ColumnRole.UNIT_CODE) : name);
                return;
            }
        }
        String sexOfRow = text(row, ColumnRole.SEX) != null ? HeaderWords.sex(text(row, ColumnRole.SEX)) : rowSex;
        for (ValueColumn v : header.valueColumns()) {
            SheetCell cell = row.at(v.col());
            Integer year = v.year() != null ? v.year() : rowYear != null ? rowYear : ctx.defaultYear();
            if (cell != null && year != null) {
                value(cell, v, year, sexOfRow, unitCode, rowPreliminary, rowKind);
            }
        }
    }

    private void value(SheetCell cell, ValueColumn column, int year, String rowSex, String unitCode,
                       boolean rowPreliminary, String rowKind) {
        ParsedValue p = cell.number() != null
                ? ValueParser.ofNumber(cell.number(), cell.percentFormat(), cell.text())
                : ValueParser.parse(cell.text(), header.englishNumbers());
        if (p.kind() == ParsedValue.Kind.UNREADABLE) {
            ctx.sink().issue(new IngestIssue(ctx.path(), ctx.sheet(), cell.ref(), Severity.WARNING,
                    IssueCode.VALUE_UNREADABLE, p.problem() + " (" + labelOf(column) + ", " + column.header()
                    + "): write a number, or a status such as 'Duy trì' or 'Chưa phát hiện'"));
            return;
        }
        if (!p.isObservation()) {
            return;
        }
        if (unitCode == null) {
            return; // the file names no unit: ReportExtractor rejects it with the reason
        }
        String sex = column.sex() != null ? column.sex()
                : rowSex != null ? rowSex : ctx.sheetSex() != null ? ctx.sheetSex() : Sex.T.code();
        Integer reportYear = ctx.identity() == null ? null : ctx.identity().reportYear();
        String kind = kindOf(column, rowKind, year, reportYear, cell);
        if (kind == null) {
            return;
        }
        List<String> flags = new ArrayList<>(p.flags());
        if ((column.preliminary() || rowPreliminary) && !flags.contains(Flag.PRELIMINARY.code())) {
            flags.add(Flag.PRELIMINARY.code());
        }
        String[] number = currentNumber == null ? new String[] {null, null} : currentNumber.split("\\.", 2);
        observations++;
        if (Kind.ACTUAL.code().equals(kind)) {
            maxYear = Math.max(maxYear, year);
        }
        ctx.sink().observation(RawObservation.at(ctx.sha256(), ctx.path(), ctx.sheet(), cell.ref())
                .label(labelOf(column), currentCode, header.title())
                .numbered(number[0], number.length > 1 ? number[1] : null)
                .measuredIn(currentUom != null ? currentUom : statedUnit(labelOf(column)))
                .reportedBy(unitCode, reportYear == null ? 0 : reportYear)
                .forYear(year, sex, kind)
                .value(p.value(), p.denominator(), p.text(), flags)
                .submittedAt(ctx.submittedAt())
                .build());
    }

    /** The unit the label or the table's title states, when the row has no unit column. */
    private String statedUnit(String label) {
        if (!java.util.Objects.equals(label, unitLabel)) {
            unitLabel = label;
            unitOfLabel = StatedUnit.in(java.util.Arrays.asList(label, header.title()));
        }
        return unitOfLabel;
    }

    /**
     * The kind of a value as the file states it: its column's heading, its row, the table's title, else
     * the report's title. Never guessed from the year: a value whose kind nothing states, or a result
     * for a year after the report's, is withheld with one warning per column.
     */
    private String kindOf(ValueColumn column, String rowKind, int year, Integer reportYear, SheetCell cell) {
        String tableKind = header.title() == null ? null : HeaderWords.kind(header.title());
        String kind = column.kind() != null ? column.kind() : rowKind != null ? rowKind
                : tableKind != null ? tableKind : ctx.titleKind() != null ? ctx.titleKind()
                : Sources.kindWhenUnstated(ctx.path());
        IssueCode problem = null;
        if (kind == null) {
            problem = IssueCode.KIND_UNSTATED;
        } else if (Kind.ACTUAL.code().equals(kind) && column.kind() == null && rowKind == null && reportYear != null
                && year > reportYear) {
            problem = IssueCode.KIND_CONFLICT;
        }
        if (problem != null && warnedColumns.add(column.col())) {
            ctx.sink().issue(new IngestIssue(ctx.path(), ctx.sheet(), cell.ref(), Severity.WARNING, problem,
                    problem == IssueCode.KIND_UNSTATED
                            ? "nothing says whether the values of column '" + column.header() + "' are results, estimates"
                            + " or targets, so they are not read: write TH, ƯTH or KH (Thực hiện, Ước thực hiện, Kế"
                            + " hoạch) in the heading"
                            : "column '" + column.header() + "' gives " + year + ", after the report year " + reportYear
                            + ", in a report of results, so its values are not read: write KH or Mục tiêu in the"
                            + " heading if they are targets"));
        }
        return problem == null ? kind : null;
    }

    /** The indicator a value belongs to: the row's label, the column's, else the table's title. */
    private String labelOf(ValueColumn column) {
        if (header.has(ColumnRole.LABEL) && currentLabel != null) {
            return currentLabel;
        }
        if (column.labelPart() != null) {
            return column.labelPart();
        }
        return header.title() != null ? header.title() : "";
    }

    private int firstYear() {
        return header.valueColumns().stream().map(ValueColumn::year).filter(y -> y != null).findFirst()
                .orElse(ctx.identity() != null && ctx.identity().reportYear() != null ? ctx.identity().reportYear()
                        : java.time.Year.now().getValue());
    }

    /** Closes the table: one issue naming the rows whose unit is not in the register. */
    void finish() {
        if (!unknownUnits.isEmpty()) {
            List<String> names = new ArrayList<>(unknownUnits);
            ctx.sink().issue(new IngestIssue(ctx.path(), ctx.sheet(), null, Severity.INFO, IssueCode.UNIT_UNKNOWN,
                    names.size() + " row name(s) are no unit of the register and were skipped: "
                            + String.join(", ", names.subList(0, Math.min(8, names.size())))
                            + (names.size() > 8 ? ", …" : "")
                            + " (regions, countries, or units that no longer exist; add a unit to schemas/reference"
                            + " if one is missing)"));
        }
    }

    int observations() {
        return observations;
    }

    int maxActualYear() {
        return maxYear;
    }

    private String text(SheetRow row, ColumnRole role) {
        Integer col = header.column(role);
        if (col == null) {
            return null;
        }
        SheetCell c = row.at(col);
        if (c == null) {
            return null;
        }
        String t = VietText.clean(c.text());
        return t.isEmpty() ? null : t;
    }

    private void issue(SheetRow row, String col, Severity severity, IssueCode code, String message) {
        ctx.sink().issue(new IngestIssue(ctx.path(), ctx.sheet(), col + (row.index() + 1), severity, code, message));
    }
}
