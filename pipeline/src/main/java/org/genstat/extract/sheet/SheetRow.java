package org.genstat.extract.sheet;

import java.util.List;

/** A row's non-empty cells in column order; {@code hidden} when the sheet hides the row. */
public record SheetRow(int index, List<SheetCell> cells, boolean hidden) {

    public SheetCell at(int col) {
        for (SheetCell c : cells) {
            if (c.col() == col) {
                return c;
            }
        }
        return null;
    }

    public String text(int col) {
        SheetCell c = at(col);
        return c == null ? "" : c.text();
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
