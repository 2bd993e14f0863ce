package org.genstat.layout;

/**
 * A heading cell that qualifies a value: where it is, what it says, and on which axis.
 * {@code level} orders headings on one axis, outermost first.
 */
public record Heading(String cell, String text, Axis axis, int level) {
    /** Where a heading stands relative to the value. */
    public enum Axis {
        /** above the value, in the table's header rows */
        COLUMN,
        /** left of the value, in the stub, or a section row above it */
        ROW,
        /** the name of the stub column the row heading stands in ("Chỉ tiêu", "Tỉnh") */
        STUB_HEAD,
        /** a title line above the table */
        TITLE,
        /** the sheet's name */
        SHEET
    }
}
