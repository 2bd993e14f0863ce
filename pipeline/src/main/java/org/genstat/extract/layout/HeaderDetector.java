package org.genstat.extract.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.value.VietNumber;

/**
 * Finds a table's header from the cells themselves. A header row has at least one value heading
 * (a year, a kind, a sex) and either a named dimension (an indicator, unit, year or sex column) or,
 * before any table, a first text column followed by two or more value headings (statistical
 * exports). Up to two sub-header rows may follow (year → kind → sex). Merged header cells are
 * read by carrying a heading over the empty cells to its right, so no merge information is
 * needed (streaming readers do not have it).
 */
public final class HeaderDetector {
    public static final int MAX_HEADER_ROWS = 3;

    private HeaderDetector() {
    }

    /** Whether this row can start a table header; {@code inTable} asks for a named dimension. */
    public static boolean startsHeader(SheetRow row, boolean inTable) {
        int values = 0;
        int cells = 0;
        boolean namedDimension = false;
        boolean yearDimension = false;
        boolean unitDimension = false;
        SheetCell first = null;
        for (SheetCell c : row.cells()) {
            String text = headingText(c);
            if (text == null) {
                return false; // a number that is not a year: a data row
            }
            ColumnRole role = HeaderWords.roleOf(text);
            if (first == null) {
                first = c;
            }
            cells++;
            yearDimension |= role == ColumnRole.YEAR;
            unitDimension |= role == ColumnRole.UNIT;
            if (role == ColumnRole.VALUE && HeaderWords.isPureValueHeading(text)) {
                values++;
            } else if (role == ColumnRole.VALUE && HeaderWords.year(text) != null || text.length() > 160) {
                return false; // long prose with a year in it: a note or a data row, not a heading
            } else if (role == ColumnRole.LABEL || role == ColumnRole.UNIT || role == ColumnRole.YEAR
                    || role == ColumnRole.SEX) {
                namedDimension = true;
            }
        }
        if (values >= 1 && namedDimension) {
            return true;
        }
        if (!inTable && (yearDimension || unitDimension) && cells >= 3) {
            return true; // years or units down the rows, indicators across the columns
        }
        return !inTable && values >= 2 && first != null && HeaderWords.roleOf(first.text()) == null;
    }

    /** Whether a row right under the header continues it (sub-headings, no label, no values). */
    public static boolean continuesHeader(SheetRow row, Map<ColumnRole, Integer> dims) {
        if (row.isEmpty()) {
            return false;
        }
        for (ColumnRole role : List.of(ColumnRole.LABEL, ColumnRole.UNIT, ColumnRole.YEAR)) {
            Integer col = dims.get(role);
            if (col != null && !row.text(col).isBlank()) {
                return false;
            }
        }
        for (SheetCell c : row.cells()) {
            if (headingText(c) == null || VietNumber.parse(c.text()) != null && !HeaderWords.looksLikeYear(c.text())) {
                return false;
            }
        }
        return true;
    }

    /** The dimension columns named by the first header row. */
    public static Map<ColumnRole, Integer> dimensions(SheetRow first) {
        Map<ColumnRole, Integer> dims = new EnumMap<>(ColumnRole.class);
        boolean firstCell = true;
        for (SheetCell c : first.cells()) {
            ColumnRole role = HeaderWords.roleOf(headingTextOrEmpty(c));
            if (role == null && firstCell) {
                role = ColumnRole.LABEL; // a statistical export names its first column after the table
            }
            firstCell = false;
            if (role != null && role != ColumnRole.VALUE && role != ColumnRole.IGNORED) {
                dims.putIfAbsent(role, c.col());
            }
        }
        return dims;
    }

    /** Builds the header from its rows (the first names the dimensions). */
    public static TableHeader build(List<SheetRow> rows, Map<ColumnRole, Integer> dims, String title) {
        Map<Integer, StringBuilder> paths = new TreeMap<>();
        int lastCol = rows.stream().flatMap(r -> r.cells().stream()).mapToInt(SheetCell::col).max().orElse(0);
        boolean english = false;
        for (int i = 0; i < rows.size(); i++) {
            boolean carry = i < rows.size() - 1;
            String carried = null;
            for (int col = 0; col <= lastCol; col++) {
                SheetCell cell = rows.get(i).at(col);
                String text = cell == null ? "" : headingTextOrEmpty(cell);
                english |= HeaderWords.isEnglish(text);
                if (!text.isBlank()) {
                    carried = !dims.containsValue(col) && HeaderWords.roleOf(text) == ColumnRole.VALUE ? text : null;
                } else if (carry && carried != null) {
                    text = carried;
                }
                if (!text.isBlank()) {
                    StringBuilder sb = paths.computeIfAbsent(col, k -> new StringBuilder());
                    sb.append(sb.length() == 0 ? "" : " / ").append(text.strip());
                }
            }
        }
        // Years or units down the rows and no indicator column: the other named columns are indicators.
        boolean yearsDown = dims.containsKey(ColumnRole.YEAR)
                || dims.containsKey(ColumnRole.UNIT) && !dims.containsKey(ColumnRole.LABEL);
        List<ValueColumn> values = new ArrayList<>();
        for (Map.Entry<Integer, StringBuilder> e : paths.entrySet()) {
            int col = e.getKey();
            String path = e.getValue().toString();
            if (dims.containsValue(col)) {
                continue;
            }
            ColumnRole role = HeaderWords.roleOf(path);
            // With years down the rows, every other named column is a value: columns are indicators.
            if (role == ColumnRole.VALUE || role == null && yearsDown) {
                values.add(new ValueColumn(col, path, HeaderWords.year(path), HeaderWords.kind(path),
                        HeaderWords.sex(path), HeaderWords.preliminary(path), HeaderWords.labelPart(path)));
            }
        }
        return new TableHeader(rows.get(0).index(), rows.get(rows.size() - 1).index(), Map.copyOf(dims),
                List.copyOf(values), english, title);
    }

    /** A header cell's text: numbers count only when they are years (2016 typed as a number). */
    private static String headingText(SheetCell c) {
        if (c.number() == null) {
            return c.text();
        }
        double v = c.number();
        return v == Math.rint(v) && v >= 1900 && v <= 2100 ? Long.toString((long) v) : null;
    }

    private static String headingTextOrEmpty(SheetCell c) {
        String t = headingText(c);
        return t == null ? "" : t;
    }
}
