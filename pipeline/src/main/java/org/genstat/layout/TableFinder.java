package org.genstat.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.value.ValueParser;
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
            if (!isDataRow(rows.get(d)) || yearsOverHeadings(rows, d)) {
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
            if (r.index() - last > 2 || i > d && (isYearHeader(r) || isColumnNumbers(r))) {
                break;
            }
            if (isDataRow(r)) {
                data.add(r);
                SheetCell first = r.cells().get(0);
                r.cells().stream().filter(c -> c != first && CellText.isBodyValue(c)).forEach(c -> valueSeen.add(c.col()));
            } else if (r.cells().stream().anyMatch(c -> valueSeen.contains(c.col()) && !CellText.isBodyValue(c))) {
                break;
            }
            last = r.index();
        }
        List<Integer> stub = stubColumns(data);
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
                    || isDataRow(r) && !yearsOverHeadings(rows, i)
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
                if (stub.contains(c.col()) && !isColumnNumbers(header.get(h))) {
                    stubHeads.add(new Heading(c.ref(), VietText.clean(c.text()), Heading.Axis.STUB_HEAD, h));
                }
            }
        }
        Table table = new Table(sheet, number, titles, stub, labelColumn(data, stub), valueCols, paths, stubHeads);
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
        if (d + 1 >= rows.size() || rows.get(d + 1).index() != r.index() + 1 || isDataRow(rows.get(d + 1))) {
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

    /** Leftmost columns that hold words, or only numbering or years, down the data rows. */
    private static List<Integer> stubColumns(List<SheetRow> data) {
        TreeMap<Integer, int[]> counts = new TreeMap<>(); // col → {words, values, ordinals or years, ranges, numbers}
        Map<Integer, Integer> years = new HashMap<>();
        Map<Integer, SheetCell> previous = new HashMap<>();
        for (SheetRow r : data) {
            for (SheetCell c : r.cells()) {
                previous.putIfAbsent(c.col(), null);
                int[] n = counts.computeIfAbsent(c.col(), k -> new int[5]);
                boolean year = CellText.year(c) != null || historicYear(c);
                if (year) {
                    years.merge(c.col(), 1, Integer::sum);
                }
                n[3] += CellText.isRange(c) ? 1 : 0;
                n[4] += CellText.isNumber(c) ? 1 : 0;
                if (!CellText.isValue(c)) {
                    n[0]++;
                } else if (numbering(c, previous.get(c.col())) || year) {
                    n[2]++;
                } else {
                    n[1]++;
                }
                previous.put(c.col(), c);
            }
        }
        List<Integer> stub = new ArrayList<>();
        List<Integer> cols = new ArrayList<>(counts.keySet());
        for (int i = 0; i < cols.size(); i++) {
            int[] n = counts.get(cols.get(i));
            boolean numbering = n[1] == 0 && n[2] > 0 && cols.get(i) < counts.lastKey()
                    && (stub.isEmpty() || years.getOrDefault(cols.get(i), 0) == n[2]);
            if (!stub.isEmpty() && n[3] * 2 > n[0] && cols.subList(i + 1, cols.size()).stream()
                    .allMatch(k -> counts.get(k)[4] == 0)) {
                break; // ranges right of the row labels and no number beside them: the values ("7 to 16")
            }
            if (words(n) || numbering) {
                stub.add(cols.get(i));
            } else if (!stub.isEmpty() && i + 2 < cols.size() && words(counts.get(cols.get(i + 1)))
                    && isValueRun(counts, cols.subList(i + 2, cols.size()))) {
                stub.add(cols.get(i)); // one column of codes among the row headings ("Plant I.D."), values after them
            } else {
                break;
            }
        }
        return stub;
    }

    /** 1875, 1900: years of a long series down the stub, older than the years a heading names. */
    private static boolean historicYear(SheetCell c) {
        String t = VietText.clean(c.text());
        Double v = c.number() != null ? c.number() : t.matches("1[78][0-9]{2}") ? Double.valueOf(t) : null;
        return v != null && v == Math.rint(v) && v >= 1700 && v < 1900;
    }

    private static boolean words(int[] n) {
        return n[0] > 0 && n[0] >= n[1];
    }

    /** Further row headings, then values to the end of the row: what follows a column of codes in the stub. */
    private static boolean isValueRun(TreeMap<Integer, int[]> counts, List<Integer> cols) {
        int k = 0;
        while (k < cols.size() && words(counts.get(cols.get(k)))) {
            k++;
        }
        if (k == cols.size()) {
            return false;
        }
        for (int j = k; j < cols.size(); j++) {
            if (words(counts.get(cols.get(j)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row number rather than a value: "1.1", "IV", "a)", "(3)"; a plain integer only as the next of
     * the numbers above it (1, 2, 3 …), since 50, 80, 943 down a column are values.
     */
    private static boolean numbering(SheetCell c, SheetCell above) {
        String t = VietText.clean(c.text());
        if (!CellText.isOrdinal(t)) {
            return false;
        }
        if (!t.matches("[0-9]+")) {
            return true;
        }
        int n = Integer.parseInt(t);
        if (above == null) {
            return n <= 1;
        }
        String a = VietText.clean(above.text()).replaceAll("[.)]$", "");
        return a.matches("[0-9]+") && n == Integer.parseInt(a) + 1 || !a.matches("[0-9]+") && n <= 1;
    }

    /** The stub column with the most different words: the one whose cells name the rows. */
    private static int labelColumn(List<SheetRow> data, List<Integer> stub) {
        int best = stub.isEmpty() ? -1 : stub.get(stub.size() - 1);
        int bestCount = -1;
        for (int col : stub) {
            Set<String> distinct = new HashSet<>();
            for (SheetRow r : data) {
                SheetCell c = r.at(col);
                if (c != null && !CellText.isOrdinal(c.text())) {
                    distinct.add(c.text());
                }
            }
            if (distinct.size() > bestCount) {
                best = col;
                bestCount = distinct.size();
            }
        }
        return best;
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
            if (!isColumnNumbers(row)) {
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
            if (header.get(below).at(col) != null && !isColumnNumbers(header.get(below))) {
                return true;
            }
        }
        return false;
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
