package org.genstat.layout;

import java.util.ArrayList;
import java.util.List;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.value.ValueParser;
import org.genstat.text.VietText;

/**
 * What a row of a sheet is, from its cells alone: a data row (values right of a row heading), a
 * header of years, or the column numbers some forms print under the header.
 */
final class RowShape {
    private RowShape() {
    }

    /** Values right of a row heading, or several values: not a header of years, not column numbers. */
    static boolean isDataRow(SheetRow r) {
        if (r.cells().isEmpty() || isYearHeader(r) || isColumnNumbers(r)) {
            return false;
        }
        // Values right of a heading, and from the first value on, more values than words: a header with one
        // number in it ("Total | 50000 | 51 000-100 000 | …") is no data row.
        List<SheetCell> cells = r.cells();
        int firstValue = -1;
        for (int i = 1; i < cells.size() && firstValue < 0; i++) {
            firstValue = CellText.isBodyValue(cells.get(i)) ? i : -1;
        }
        if (firstValue < 0) {
            return false;
        }
        long values = cells.subList(firstValue, cells.size()).stream().filter(CellText::isBodyValue).count();
        return values * 2 >= cells.size() - firstValue && !namesGroups(r);
    }

    /**
     * Ranges that name groups ("Age | 15-24 | 25-34 | 35-44", one after another, or one alone among words):
     * a header. Ranges beside numbers, or repeated ("7 to 16 | 7 to 16 | 6 to 17"), are values.
     */
    private static boolean namesGroups(SheetRow r) {
        List<SheetCell> ranges = new ArrayList<>();
        for (SheetCell c : r.cells()) {
            if (CellText.isRange(c)) {
                ranges.add(c);
            } else if (CellText.isNumber(c)) {
                return false;
            }
        }
        // "1,000– 2,499" is a thousand in English and one in Vietnamese: groups in order either way
        return !ranges.isEmpty() && (inOrder(ranges, false) || inOrder(ranges, true));
    }

    private static boolean inOrder(List<SheetCell> ranges, boolean english) {
        double previousHigh = Double.NEGATIVE_INFINITY;
        for (SheetCell c : ranges) {
            double[] bounds = ValueParser.rangeBounds(c.text(), english);
            if (bounds == null || bounds[0] < previousHigh) {
                return false;
            }
            previousHigh = bounds[1];
        }
        return true;
    }

    /** "2016 | 2017 | Sơ bộ 2019": a header of years (typed as numbers or words), not a data row. */
    static boolean isYearHeader(SheetRow r) {
        List<Integer> years = new ArrayList<>();
        boolean words = false;
        for (SheetCell c : r.cells()) {
            Integer year = CellText.year(c);
            Integer y = year != null ? year : CellText.yearWithUnit(c.text());
            if (y != null) {
                years.add(y);
            } else if (CellText.isValue(c)) {
                return false;
            } else {
                words |= !VietText.clean(c.text()).isEmpty();
            }
        }
        if (years.size() == 1 && !words) {
            return true; // one year alone on its row: it heads the columns below, no row is labelled by nothing
        }
        if (years.size() < 2) {
            return false;
        }
        // Years in order, possibly repeated under each spanning heading ("2004 … 2008 | 2004 … 2008").
        boolean up = true;
        boolean down = true;
        int restarts = 0;
        for (int i = 1; i < years.size(); i++) {
            up &= years.get(i) > years.get(i - 1) || years.get(i).equals(years.get(0)) && restarts++ >= 0;
            down &= years.get(i) < years.get(i - 1);
        }
        return up || down;
    }

    /** "(1) | (2) | (3)" or "A | B | 1 | 2 | 3": the column numbers some forms print under the header. */
    static boolean isColumnNumbers(SheetRow r) {
        if (r.cells().size() < 3) {
            return false;
        }
        int expected = -1;
        int numbers = 0;
        for (SheetCell c : r.cells()) {
            String t = VietText.clean(c.text()).replaceAll("[()\\[\\]]", "");
            if (t.matches("[0-9]{1,2}")) {
                int n = Integer.parseInt(t);
                if (expected >= 0 && n != expected) {
                    return false;
                }
                expected = n + 1;
                numbers++;
            } else if (!t.matches("[A-Za-z]|[0-9]{1,2}\\s*=.*|[0-9]{1,2}\\s*[-+x*/].*")) {
                return false;
            }
        }
        return numbers >= 2;
    }
}
