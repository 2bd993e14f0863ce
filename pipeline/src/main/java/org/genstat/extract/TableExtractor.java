package org.genstat.extract;

import org.genstat.ingest.IngestIssue;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.genstat.extract.layout.ColumnRole;
import org.genstat.extract.layout.HeaderDetector;
import org.genstat.extract.layout.HeaderWords;
import org.genstat.extract.layout.RowLabel;
import org.genstat.extract.layout.TableHeader;
import org.genstat.extract.layout.TitleBlock;
import org.genstat.extract.layout.ValueColumn;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.sheet.SheetVisitor;
import org.genstat.text.VietText;

/**
 * Reads the tables of a workbook as its rows stream by: title lines until a header, the header
 * rows, then data rows handed to a {@link RowReader}. A sheet may hold several tables, each
 * under its own header. Only the current header is kept in memory.
 */
final class TableExtractor implements SheetVisitor {
    private static final int TITLE_ROWS_SCANNED = 40;

    private final String path;
    private final String sha256;
    private final long submittedAt;
    private final Function<TitleBlock, ReportIdentity> identify;
    private final UnitLookup units;
    private final Sink sink;
    private final TitleBlock title = new TitleBlock();

    private ReportIdentity identity;
    private String sheet;
    private boolean sheetHidden;
    private String sheetSex;
    private int rowsBeforeHeader;
    private String tableTitle;
    private List<SheetRow> headerRows;
    private Map<ColumnRole, Integer> headerDims;
    private RowReader reader;
    private int sheets;
    private int tables;
    private int observations;
    private int maxActualYear;

    TableExtractor(String path, String sha256, long submittedAt, Function<TitleBlock, ReportIdentity> identify,
                   UnitLookup units, Sink sink) {
        this.path = path;
        this.sha256 = sha256;
        this.submittedAt = submittedAt;
        this.identify = identify;
        this.units = units;
        this.sink = sink;
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        sheet = name;
        sheetHidden = hidden;
        sheetSex = RowLabel.sexOnly(name);
        sheets++;
        rowsBeforeHeader = 0;
        tableTitle = null;
        headerRows = null;
        reader = null;
        title.addSheetName(name);
    }

    @Override
    public void row(SheetRow row) {
        if (sheetHidden || row.isEmpty()) {
            return;
        }
        if (headerRows != null) {
            if (headerRows.size() < HeaderDetector.MAX_HEADER_ROWS && HeaderDetector.continuesHeader(row, headerDims)) {
                headerRows.add(row);
                return;
            }
            startTable();
        }
        if (HeaderDetector.startsHeader(row, reader != null)) {
            closeTable();
            headerRows = new ArrayList<>(List.of(row));
            headerDims = HeaderDetector.dimensions(row);
            return;
        }
        if (reader == null) {
            if (rowsBeforeHeader++ < TITLE_ROWS_SCANNED) {
                row.cells().forEach(c -> title.add(c.text(), sheet + "!" + c.ref()));
            }
            rememberTitle(row);
            return;
        }
        if (!row.hidden()) {
            rememberTitle(row); // a title line inside a sheet names the next table
            reader.read(row);
        }
    }

    private void startTable() {
        TableHeader header = HeaderDetector.build(headerRows, headerDims, tableTitle);
        headerRows = null;
        tables++;
        if (identity == null) {
            identity = identify.apply(title);
            if (identity.toldBy() != null) {
                sink.issue(new IngestIssue(path, sheet, null, Severity.INFO, IssueCode.REPORT_IDENTITY,
                        "read as the report of " + identity.toldBy()));
            }
        }
        // Columns without a year ("Nam", "Nữ") hold the year the table's title or the report names; a
        // title that names a period ("giai đoạn 2021 - 2025") names no one year.
        boolean titleYear = tableTitle != null && HeaderWords.year(tableTitle) != null
                && !TitleBlock.PERIOD.matcher(tableTitle).find();
        Integer defaultYear = titleYear ? HeaderWords.year(tableTitle) : identity != null ? identity.reportYear() : null;
        if (!header.has(ColumnRole.YEAR) && defaultYear == null) {
            for (ValueColumn v : header.valueColumns()) {
                if (v.year() == null) {
                    sink.issue(new IngestIssue(path, sheet, SheetCell.columnName(v.col()) + (header.lastRow() + 1),
                            Severity.WARNING, IssueCode.COLUMN_WITHOUT_YEAR, "column '" + v.header()
                            + "' names no year, so its values are not read: write the year in the heading"));
                }
            }
        }
        reader = new RowReader(new RowReader.Context(path, sha256, submittedAt, identity, units, sheet, sheetSex,
                defaultYear, title.kind(), sink), header);
    }

    private void closeTable() {
        if (reader != null) {
            reader.finish();
            observations += reader.observations();
            maxActualYear = Math.max(maxActualYear, reader.maxActualYear());
            reader = null;
        }
    }

    @Override
    public void endSheet() {
        if (headerRows != null) {
            startTable();
        }
        closeTable();
    }

    /** The last one-cell text line before a header is that table's title. */
    private void rememberTitle(SheetRow row) {
        if (row.cells().size() == 1 && row.cells().get(0).number() == null) {
            tableTitle = statisticalTitle(row.cells().get(0).text());
        }
    }

    /**
     * A statistical export's title without its list of dimensions and footnote marks:
     * "Average population by sex and by residence (*) by Items, Year and Sex, residence" →
     * "Average population by sex and by residence".
     */
    static String statisticalTitle(String text) {
        String t = VietText.clean(text).replace("(*)", "").replaceAll("\\s+", " ").trim();
        int chia = t.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" chia theo ");
        if (chia > 0) {
            t = t.substring(0, chia).trim(); // "… phân theo địa phương chia theo Địa phương, Năm và Chỉ tiêu"
        }
        int by = t.lastIndexOf(" by ");
        if (by > 0 && t.substring(by).matches(" by .*\\b(Year|Sex|Items|Iterms|Indicators|provincies|provinces)\\b.*")) {
            t = t.substring(0, by).trim();
        }
        return t;
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

    int maxActualYear() {
        return maxActualYear;
    }

    /** What the report's title says its values are, or null. */
    String titleKind() {
        return title.kind();
    }

    /** Who sent the file and for which year, from the title, even when no table was found. */
    ReportIdentity identify() {
        if (identity == null) {
            identity = identify.apply(title);
        }
        return identity;
    }

    ReportIdentity identity() {
        return identity;
    }
}
