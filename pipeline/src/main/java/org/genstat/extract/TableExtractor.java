package org.genstat.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.genstat.extract.layout.HeaderDetector;
import org.genstat.extract.layout.RowLabel;
import org.genstat.extract.layout.TableHeader;
import org.genstat.extract.layout.TitleBlock;
import org.genstat.extract.layout.ValueColumn;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.sheet.SheetVisitor;
import org.genstat.extract.value.ParsedValue;
import org.genstat.extract.value.ValueParser;
import org.genstat.text.VietText;

/**
 * Reads the tables of a workbook as its rows stream by: title lines until a header, the header
 * rows, then one observation per value cell. Only the current header is kept in memory.
 */
final class TableExtractor implements SheetVisitor {
    /** Where observations and issues go as they are found. */
    interface Sink {
        void observation(RawObservation o);

        void issue(IngestIssue i);
    }

    private static final int TITLE_ROWS_SCANNED = 40;

    private final String path;
    private final String sha256;
    private final long submittedAt;
    private final Function<TitleBlock, ReportIdentity> identify;
    private final Sink sink;
    private final TitleBlock title = new TitleBlock();

    private ReportIdentity identity;
    private String sheet;
    private boolean sheetHidden;
    private int rowsBeforeHeader;
    private List<SheetRow> headerRows;
    private Integer headerLabelCol;
    private TableHeader header;
    private String currentGoal;
    private String currentLabel;
    private String currentNumber;
    private String currentUnit;
    private int sheets;
    private int tables;
    private int observations;

    TableExtractor(String path, String sha256, long submittedAt, Function<TitleBlock, ReportIdentity> identify,
                   Sink sink) {
        this.path = path;
        this.sha256 = sha256;
        this.submittedAt = submittedAt;
        this.identify = identify;
        this.sink = sink;
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        sheet = name;
        sheetHidden = hidden;
        sheets++;
        rowsBeforeHeader = 0;
        header = null;
        headerRows = null;
        currentGoal = null;
        currentLabel = null;
    }

    @Override
    public void row(SheetRow row) {
        if (sheetHidden || row.isEmpty()) {
            return;
        }
        if (headerRows != null) {
            if (headerRows.size() < HeaderDetector.MAX_HEADER_ROWS && HeaderDetector.continuesHeader(row, headerLabelCol)) {
                headerRows.add(row);
                return;
            }
            startTable();
        }
        Integer labelCol = HeaderDetector.labelColumn(row);
        if (labelCol != null) {
            headerRows = new ArrayList<>(List.of(row));
            headerLabelCol = labelCol;
            return;
        }
        if (header == null) {
            if (rowsBeforeHeader++ < TITLE_ROWS_SCANNED) {
                row.cells().forEach(c -> title.add(c.text(), ref(c)));
            }
            return;
        }
        if (row.hidden()) {
            return;
        }
        dataRow(row);
    }

    private void startTable() {
        header = HeaderDetector.build(headerRows, headerLabelCol);
        headerRows = null;
        tables++;
        if (identity == null) {
            identity = identify.apply(title);
        }
        for (ValueColumn v : header.valueColumns()) {
            if (v.year() == null) {
                sink.issue(new IngestIssue(path, sheet, SheetCell.columnName(v.col()) + (header.lastRow() + 1),
                        IngestIssue.WARNING, "column_without_year", "column '" + v.header()
                        + "' names no year, so its values are not read: write the year in the heading"));
            }
        }
    }

    private void dataRow(SheetRow row) {
        String label = VietText.clean(row.text(header.labelCol()));
        boolean hasValues = header.valueColumns().stream().anyMatch(v -> row.at(v.col()) != null);
        if (label.isEmpty()) {
            if (hasValues) {
                sink.issue(new IngestIssue(path, sheet, "A" + (row.index() + 1), IngestIssue.WARNING,
                        "row_without_label", "row " + (row.index() + 1) + " has values but no indicator name"));
            }
            return;
        }
        String goal = RowLabel.goal(label);
        if (goal != null && !hasValues) {
            currentGoal = goal.isEmpty() ? currentGoal : goal;
            return;
        }
        if (!hasValues) {
            return; // section headings and notes
        }
        String rowSex = RowLabel.sexOnly(label);
        if (rowSex == null) {
            currentLabel = label;
            String order = header.orderCol() == null ? "" : row.text(header.orderCol());
            currentNumber = RowLabel.number(order.isBlank() ? label : order, currentGoal);
            if (currentNumber == null && !order.isBlank()) {
                currentNumber = RowLabel.number(label, currentGoal);
            }
            currentUnit = header.unitCol() == null ? null : blankToNull(row.text(header.unitCol()));
        } else if (currentLabel == null) {
            sink.issue(new IngestIssue(path, sheet, "A" + (row.index() + 1), IngestIssue.WARNING, "sex_row_without_indicator",
                    "row '" + label + "' gives a sex but no indicator row comes before it"));
            return;
        }
        for (ValueColumn v : header.valueColumns()) {
            SheetCell cell = row.at(v.col());
            if (cell != null && v.year() != null) {
                value(cell, v, rowSex);
            }
        }
    }

    private void value(SheetCell cell, ValueColumn column, String rowSex) {
        ParsedValue p = cell.number() != null
                ? ValueParser.ofNumber(cell.number(), cell.percentFormat(), cell.text())
                : ValueParser.parse(cell.text());
        if (p.kind() == ParsedValue.Kind.UNREADABLE) {
            sink.issue(new IngestIssue(path, sheet, cell.ref(), IngestIssue.WARNING, "value_unreadable",
                    p.problem() + " (" + currentLabel + ", " + column.header() + "): write a number, or a status"
                            + " such as 'Duy trì' or 'Chưa phát hiện'"));
            return;
        }
        if (!p.isObservation()) {
            return;
        }
        String sex = column.sex() != null ? column.sex() : rowSex != null ? rowSex : "T";
        Integer reportYear = identity == null ? null : identity.reportYear();
        String kind = column.kind() != null ? column.kind()
                : reportYear != null && column.year() > reportYear ? "target" : "actual";
        String[] number = currentNumber == null ? new String[] {null, null} : currentNumber.split("\\.", 2);
        observations++;
        sink.observation(new RawObservation(sha256, path, sheet, cell.ref(), currentLabel, number[0],
                number.length > 1 ? number[1] : null, currentUnit, identity == null ? null : identity.unitCode(),
                identity == null ? null : identity.unitName(), reportYear == null ? 0 : reportYear, column.year(),
                sex, kind, p.value(), p.denominator(), p.text(), p.flags(), submittedAt));
    }

    @Override
    public void endSheet() {
        if (headerRows != null) {
            startTable();
        }
    }

    private String ref(SheetCell c) {
        return sheet + "!" + c.ref();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : VietText.clean(s);
    }

    int sheets() {
        return sheets;
    }

    int tables() {
        return tables;
    }

    int observations() {
        return observations;
    }

    ReportIdentity identity() {
        return identity;
    }

    TitleBlock title() {
        return title;
    }
}
