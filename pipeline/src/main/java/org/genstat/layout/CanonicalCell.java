package org.genstat.layout;

import java.util.List;
import java.util.stream.Stream;
import org.genstat.extract.sheet.SheetCell;

/**
 * One value cell of a table with every heading that qualifies it: the "canonical table" row of
 * the table-understanding literature. Knows no indicator; the interpretation stage gives it one.
 *
 * @param derived a heading says the value is computed from others (a comparison in %, an increase)
 */
public record CanonicalCell(String sheet, int table, SheetCell value, List<Heading> headings, boolean derived) {

    public Stream<Heading> on(Heading.Axis axis) {
        return headings.stream().filter(h -> h.axis() == axis);
    }

    /** Column headings, outermost first. */
    public List<Heading> columnPath() {
        return on(Heading.Axis.COLUMN).toList();
    }

    /** Row headings, outermost first. */
    public List<Heading> rowPath() {
        return on(Heading.Axis.ROW).toList();
    }
}
