package org.genstat.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.sheet.SheetVisitor;

/**
 * The layout stage: reads the rows of a workbook as they stream by and hands out every value cell
 * with its headings. A table's structure is inferred from a window of at most
 * {@code windowRows} rows; the rest of a long table streams through that structure, so memory
 * stays bounded whatever the sheet's length. Hidden sheets and hidden rows are no part of a report.
 * Budgets of cells and time are the caller's ({@code ReadLimits} in extraction).
 */
public final class LayoutReader implements SheetVisitor {
    /** How many rows a table's structure is inferred from; {@link #defaults()} explains the number. */
    public record Settings(int windowRows) {
        /**
         * 2,000 rows hold every header and several screens of body of any report seen (the longest
         * header block in the corpora is 6 rows) and cost a few MB at most.
         */
        public static Settings defaults() {
            return new Settings(2_000);
        }
    }

    private final Settings settings;
    private final Consumer<CanonicalCell> out;
    private final List<SheetRow> window = new ArrayList<>();
    private String sheet;
    private boolean hidden;
    private Table open;
    private int tables;
    private int sheets;

    public LayoutReader(Settings settings, Consumer<CanonicalCell> out) {
        this.settings = settings;
        this.out = out;
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        this.sheet = name;
        this.hidden = hidden;
        sheets++;
        window.clear();
        open = null;
    }

    @Override
    public void row(SheetRow row) {
        if (hidden || row.hidden() || row.isEmpty()) {
            return;
        }
        if (open != null) {
            if (open.accept(row, out)) {
                return;
            }
            open = null;
        }
        window.add(row);
        if (window.size() >= settings.windowRows()) {
            drain(false);
        }
    }

    @Override
    public void endSheet() {
        drain(true);
        window.clear();
        open = null;
    }

    /** Lays out the tables of the window; at the sheet's end, or when the window is full, keeps the last one open. */
    private void drain(boolean sheetEnded) {
        int from = 0;
        while (from < window.size()) {
            TableFinder.Found f = TableFinder.next(sheet, tables + 1, window, from);
            if (f == null) {
                break;
            }
            tables++;
            int i = f.bodyStart();
            while (i < window.size() && f.table().accept(window.get(i), out)) {
                i++;
            }
            if (i == window.size() && !sheetEnded) {
                open = f.table(); // the table goes on past the window: stream the rest through it
                window.clear();
                return;
            }
            from = Math.max(i, f.bodyStart() + 1);
        }
        if (!sheetEnded) {
            // No table ends in the window: keep only the last rows, which may title the next one.
            List<SheetRow> keep = new ArrayList<>(window.subList(Math.max(from, window.size() - TableFinder.MAX_TITLE_ROWS
                    - TableFinder.MAX_HEADER_ROWS), window.size()));
            window.clear();
            window.addAll(keep);
        }
    }

    public int tables() {
        return tables;
    }

    public int sheets() {
        return sheets;
    }
}
