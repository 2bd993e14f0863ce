package org.genstat.extract.sheet;

/**
 * One non-empty cell as the sheet shows it: its text, and its number when the cell holds one
 * (a formula's cached result counts; formulas are never evaluated); its indentation and
 * boldness, which say a heading's level where the format keeps them.
 */
public record SheetCell(int row, int col, String text, Double number, boolean percentFormat, int indent,
                        boolean bold) {

    public SheetCell(int row, int col, String text, Double number, boolean percentFormat) {
        this(row, col, text, number, percentFormat, 0, false);
    }

    /** The A1 reference a person finds the cell by ("C12"). */
    public String ref() {
        return columnName(col) + (row + 1);
    }

    public static String columnName(int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
