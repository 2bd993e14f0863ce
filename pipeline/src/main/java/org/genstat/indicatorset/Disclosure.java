package org.genstat.indicatorset;

import org.genstat.vocabulary.Measure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disclosure control for small counts (victims of violence in a commune): a count below the
 * threshold is suppressed, and one more cell is suppressed wherever the hidden one could be
 * recovered by subtraction — the other sex when the total is shown, the next smallest province
 * when the country's total is shown.
 */
final class Disclosure {
    static final String SUPPRESSED = "suppressed";
    static final String COMPLEMENTARY = "suppressed_complementary";

    private Disclosure() {
    }

    static List<SetRow> apply(List<SetRow> rows, double threshold) {
        List<SetRow> out = new ArrayList<>(rows.size());
        for (SetRow r : rows) {
            boolean count = Measure.isCount(r.indicator().measure());
            out.add(count && r.point().value() != null && r.point().value() > 0 && r.point().value() < threshold ? suppress(r, SUPPRESSED) : r);
        }
        bySex(out);
        byArea(out);
        return out;
    }

    /** F hidden, T and M shown: M would give F away. */
    private static void bySex(List<SetRow> rows) {
        Map<String, Map<String, Integer>> cells = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SetRow r = rows.get(i);
            cells.computeIfAbsent(r.indicator().code() + "|" + r.area().code(), k -> new LinkedHashMap<>()).put(r.sex(), i);
        }
        for (Map<String, Integer> s : cells.values()) {
            Integer t = s.get("T");
            Integer f = s.get("F");
            Integer m = s.get("M");
            if (t == null || f == null || m == null || rows.get(t).point().value() == null) {
                continue;
            }
            boolean fHidden = hidden(rows.get(f));
            boolean mHidden = hidden(rows.get(m));
            if (fHidden != mHidden) {
                int other = fHidden ? m : f;
                if (rows.get(other).point().value() != null) {
                    rows.set(other, suppress(rows.get(other), COMPLEMENTARY));
                }
            }
        }
    }

    /** One province hidden and the country's total shown: hide the next smallest province too. */
    private static void byArea(List<SetRow> rows) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SetRow r = rows.get(i);
            groups.computeIfAbsent(r.indicator().code() + "|" + r.sex(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> g : groups.values()) {
            boolean totalShown = g.stream().map(rows::get)
                    .anyMatch(r -> "VN".equals(r.area().code()) && (r.point().value() != null || r.aggregated() != null));
            List<Integer> hiddenProvinces = g.stream().filter(i -> !"VN".equals(rows.get(i).area().code()) && hidden(rows.get(i)))
                    .toList();
            if (totalShown && hiddenProvinces.size() == 1) {
                g.stream().filter(i -> !"VN".equals(rows.get(i).area().code()) && rows.get(i).point().value() != null)
                        .min(Comparator.comparing(i -> rows.get(i).point().value()))
                        .ifPresent(i -> rows.set(i, suppress(rows.get(i), COMPLEMENTARY)));
            }
        }
    }

    private static boolean hidden(SetRow r) {
        return r.point().flags().contains(SUPPRESSED) || r.point().flags().contains(COMPLEMENTARY);
    }

    private static SetRow suppress(SetRow r, String flag) {
        List<String> flags = new ArrayList<>(r.point().flags());
        flags.add(flag);
        return r.withValue(null, flags);
    }
}
