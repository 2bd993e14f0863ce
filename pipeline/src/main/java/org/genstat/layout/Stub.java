package org.genstat.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.text.VietText;

/**
 * The stub of a table: the leftmost columns that name its rows (words, or numbering or years down the
 * rows), and the one of them whose cells are the row labels.
 */
final class Stub {
    private Stub() {
    }

    /** Leftmost columns that hold words, or only numbering or years, down the data rows. */
    static List<Integer> columns(List<SheetRow> data) {
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
    static int labelColumn(List<SheetRow> data, List<Integer> stub) {
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
}
