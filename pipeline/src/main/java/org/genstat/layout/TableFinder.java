package org.genstat.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.text.VietText;

/**
 * Finds the next table in a window of rows from the cells alone: its first data row (values
 * right of a row heading), the header rows right above it, the title lines above those, the stub
 * columns on its left (words, numbering or years down the rows) and the value columns. Column
 * headings are carried right over the blank cells of a spanning heading, within its parent's span.
 */
final class TableFinder {
    /** Rows above a table read as its title at most. */
    static final int MAX_TITLE_ROWS = 12;
    static final int MAX_HEADER_ROWS = 6;

    /** A table and the row of the window its body starts at. */
    record Found(Table table, int bodyStart, int titleStart) {
    }

    private TableFinder() {
    }

    /** The first table whose body starts at or after {@code from}, or null. */
    static Found next(String sheet, int number, List<SheetRow> rows, int from) {
        for (int d = from; d < rows.size(); d++) {
            if (!RowShape.isDataRow(rows.get(d)) || yearsOverHeadings(rows, d)) {
                continue;
            }
            Found f = build(sheet, number, rows, from, d);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Found build(String sheet, int number, List<SheetRow> rows, int from, int d) {
        // The body as far as the window shows it: data rows and section rows until a gap or words over values.
        List<SheetRow> data = new ArrayList<>();
        Set<Integer> valueSeen = new HashSet<>();
        int last = rows.get(d).index();
        for (int i = d; i < rows.size() && data.size() < 2000; i++) {
            SheetRow r = rows.get(i);
            if (r.index() - last > 2 || i > d && (RowShape.isYearHeader(r) || RowShape.isColumnNumbers(r))) {
                break;
            }
            if (RowShape.isDataRow(r)) {
                data.add(r);
                SheetCell first = r.cells().get(0);
                r.cells().stream().filter(c -> c != first && CellText.isBodyValue(c)).forEach(c -> valueSeen.add(c.col()));
            } else if (r.cells().stream().anyMatch(c -> valueSeen.contains(c.col()) && !CellText.isBodyValue(c))) {
                break;
            }
            last = r.index();
        }
        List<Integer> stub = Stub.columns(data);
        int stubEnd = stub.isEmpty() ? -1 : stub.get(stub.size() - 1);
        NavigableSet<Integer> valueCols = new TreeSet<>();
        for (SheetRow r : data) {
            r.cells().stream().filter(c -> c.col() > stubEnd && CellText.isBodyValue(c)).forEach(c -> valueCols.add(c.col()));
        }
        if (valueCols.isEmpty()) {
            return null;
        }
        int minValue = valueCols.first();
        // Columns left of the values that only section rows use (a group heading in column A) are stub too.
        List<Integer> stubAll = new ArrayList<>(stub);
        for (int k = Math.max(from, d - 3); k < rows.size() && rows.get(k).index() <= last; k++) {
            for (SheetCell c : rows.get(k).cells()) {
                if (c.col() < minValue && !stubAll.contains(c.col()) && (k >= d || isSectionLike(rows.get(k), minValue))) {
                    stubAll.add(c.col());
                }
            }
        }
        java.util.Collections.sort(stubAll);
        stub.clear();
        stub.addAll(stubAll);
        // Header rows: contiguous rows right above the body with cells over the value columns.
        int bodyStart = d;
        List<SheetRow> header = new ArrayList<>();
        int below = rows.get(d).index();
        int i = d - 1;
        for (; i >= from && header.size() < MAX_HEADER_ROWS; i--) {
            SheetRow r = rows.get(i);
            // Blank rows inside a header are the lower halves of cells merged down.
            int gap = below - r.index();
            if (gap > (header.isEmpty() ? 1 : 3) && !(gap <= 3 && isHeaderLike(r, minValue))
                    || RowShape.isDataRow(r) && !yearsOverHeadings(rows, i)
                    || gap > 1 && !header.isEmpty() && !nestsOver(r, header, minValue)) {
                break;
            }
            boolean overValues = r.cells().stream().anyMatch(c -> c.col() >= minValue);
            if (!overValues && header.isEmpty() && r.cells().stream().allMatch(c -> stub.contains(c.col()))) {
                bodyStart = i; // a section row above the first values
            } else if (overValues) {
                header.add(0, r);
            } else {
                break;
            }
            below = r.index();
        }
        // A lone sentence over the values is the table's title, not a heading of its columns.
        while (header.size() > 1 && isTitleLine(header.get(0), minValue)) {
            header.remove(0);
        }
        int titleEnd = header.isEmpty() ? bodyStart : rows.indexOf(header.get(0));
        int titleStart = Math.max(from, titleEnd - MAX_TITLE_ROWS);
        List<Heading> titles = new ArrayList<>();
        for (int t = titleStart; t < titleEnd; t++) {
            for (SheetCell c : rows.get(t).cells()) {
                if (!CellText.isNumber(c)) {
                    titles.add(new Heading(c.ref(), VietText.clean(c.text()), Heading.Axis.TITLE, t - titleStart));
                }
            }
        }
        Map<Integer, List<Heading>> paths = columnPaths(header, valueCols, stub);
        List<Heading> stubHeads = new ArrayList<>();
        for (int h = 0; h < header.size(); h++) {
            for (SheetCell c : header.get(h).cells()) {
                if (stub.contains(c.col()) && !RowShape.isColumnNumbers(header.get(h))) {
                    stubHeads.add(new Heading(c.ref(), VietText.clean(c.text()), Heading.Axis.STUB_HEAD, h));
                }
            }
        }
        Table table = new Table(sheet, number, titles, stub, Stub.labelColumn(data, stub), valueCols, paths, stubHeads);
        return new Found(table, bodyStart, titleStart);
    }

    /**
     * Across blank rows, a row is the header's upper level only if its headings nest over the ones below:
     * none starts inside a heading that spans sub-headings in the row under it. Else it is a title line.
     */
    private static boolean nestsOver(SheetRow upper, List<SheetRow> header, int minValue) {
        SheetRow top = header.get(0);
        List<SheetRow> under = header.subList(1, header.size());
        for (SheetCell c : upper.cells()) {
            if (c.col() <= minValue || top.at(c.col()) != null) {
                continue;
            }
            boolean insideSpan = top.cells().stream().anyMatch(t -> t.col() >= minValue && t.col() < c.col())
                    && under.stream().anyMatch(u -> u.at(c.col()) != null);
            if (insideSpan) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Industry groups | 2004" over "Establishments | Revenues | Sales": a row whose values are all years,
     * right above a row of headings, heads the columns; a body starts with values, not with headings.
     */
    private static boolean yearsOverHeadings(List<SheetRow> rows, int d) {
        SheetRow r = rows.get(d);
        if (d + 1 >= rows.size() || rows.get(d + 1).index() != r.index() + 1 || RowShape.isDataRow(rows.get(d + 1))) {
            return false;
        }
        int firstYear = Integer.MAX_VALUE;
        for (SheetCell c : r.cells()) {
            if (CellText.isBodyValue(c)) {
                if (CellText.year(c) == null) {
                    return false;
                }
                firstYear = Math.min(firstYear, c.col());
            }
        }
        int fromCol = firstYear;
        return rows.get(d + 1).cells().stream().filter(c -> c.col() >= fromCol && !CellText.isBodyValue(c)).count() >= 2;
    }

    /** Words in the columns left of the values only: a group heading, not a header. */
    private static boolean isSectionLike(SheetRow r, int minValue) {
        return r.cells().stream().allMatch(c -> c.col() < minValue && !CellText.isValue(c));
    }

    private static boolean isHeaderLike(SheetRow r, int minValue) {
        return r.cells().stream().filter(c -> c.col() >= minValue).count() >= 2
                && r.cells().stream().noneMatch(c -> CellText.isValue(c) && CellText.year(c) == null);
    }

    /** One line of words (after a table number) that reads as a sentence: a title. */
    private static boolean isTitleLine(SheetRow r, int minValue) {
        List<SheetCell> words = r.cells().stream().filter(c -> !CellText.isNumber(c)).toList();
        return words.size() == 1 && VietText.clean(words.get(0).text()).length() >= 25
                && r.cells().stream().filter(c -> c.col() >= minValue).count() <= 1
                && r.cells().stream().noneMatch(c -> c.col() > words.get(0).col()); // "Industry | 2004": a year heading
    }

    /** Each value column's headings, outermost first: a blank cell takes the spanning heading on its left. */
    private static Map<Integer, List<Heading>> columnPaths(List<SheetRow> header, NavigableSet<Integer> valueCols,
                                                          List<Integer> stub) {
        Map<Integer, List<Heading>> paths = new HashMap<>();
        int stubEnd = stub.isEmpty() ? -1 : stub.get(stub.size() - 1);
        int right = valueCols.last();
        // spans[h]: for each column, the start column of the heading that covers it in header row h
        List<Map<Integer, SheetCell>> cover = new ArrayList<>();
        for (int h = 0; h < header.size(); h++) {
            SheetRow row = header.get(h);
            Map<Integer, SheetCell> covered = new HashMap<>();
            boolean leaf = h == header.size() - 1;
            if (!RowShape.isColumnNumbers(row)) {
                SheetCell current = null;
                for (int col = stubEnd + 1; col <= right; col++) {
                    SheetCell c = row.at(col);
                    boolean parentBreak = h > 0 && cover.get(h - 1).get(col) != null
                            && cover.get(h - 1).get(col) != cover.get(h - 1).get(col - 1);
                    if (c != null) {
                        current = c;
                    } else if (leaf || parentBreak || h > 0 && cover.get(h - 1).get(col) == null) {
                        current = null;
                    } else if (current != null && !spanAllowed(header, h, col)) {
                        current = null;
                    }
                    if (current != null) {
                        covered.put(col, current);
                    }
                }
            }
            cover.add(covered);
        }
        for (int col : valueCols) {
            List<Heading> path = new ArrayList<>();
            for (int h = 0; h < header.size(); h++) {
                SheetCell c = cover.get(h).get(col);
                if (c != null && (path.isEmpty() || !path.get(path.size() - 1).cell().equals(c.ref()))) {
                    path.add(new Heading(c.ref(), VietText.clean(c.text()), Heading.Axis.COLUMN, h));
                }
            }
            paths.put(col, List.copyOf(path));
        }
        return paths;
    }

    /** A heading spans right over a blank cell only when a row below has a sub-heading there. */
    private static boolean spanAllowed(List<SheetRow> header, int h, int col) {
        for (int below = h + 1; below < header.size(); below++) {
            if (header.get(below).at(col) != null && !RowShape.isColumnNumbers(header.get(below))) {
                return true;
            }
        }
        return false;
    }
}
