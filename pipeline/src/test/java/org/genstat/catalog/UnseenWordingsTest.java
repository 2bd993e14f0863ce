package org.genstat.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.genstat.reference.ReferenceData;
import org.genstat.text.VietText;
import org.junit.jupiter.api.Test;

/**
 * How the label matcher does on wordings it was not built from: leave-one-seed-out (each seed's
 * wordings in aliases.csv matched with only the other seeds' aliases and the catalog), the same
 * wordings without diacritics, and with a goal heading glued in front. Prints precision (right among
 * accepted) and recall (right among all), and holds them where they stand, so a change shows.
 */
class UnseenWordingsTest {

    @Test
    void wordingsOfASeedTheMatcherHasNotSeen() {
        ReferenceData reference = ReferenceData.load(null);
        List<Alias> all = reference.catalog().aliases();
        Set<String> seeds = new TreeSet<>();
        all.stream().map(Alias::source).filter(s -> s != null && s.matches("0\\d\\d_.*")).forEach(seeds::add);
        Map<String, UnaryOperator<String>> forms = new LinkedHashMap<>();
        forms.put("as written", s -> s);
        forms.put("without diacritics", VietText::fold);
        forms.put("goal heading glued in front", s -> "Mục tiêu 1: Tăng cường sự tham gia của phụ nữ " + s);
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (Map.Entry<String, UnaryOperator<String>> form : forms.entrySet()) {
            int total = 0;
            int accepted = 0;
            int right = 0;
            List<String> wrongOnes = new ArrayList<>();
            for (String seed : seeds) {
                List<Alias> others = all.stream().filter(a -> !seed.equals(a.source())).toList();
                LabelMatcher matcher = new LabelMatcher(new IndicatorCatalog(List.copyOf(reference.catalog().indicators()), others));
                for (Alias a : all) {
                    if (!seed.equals(a.source())) {
                        continue;
                    }
                    String number = a.goalNo() == null || a.indicatorNo() == null ? null : a.goalNo() + "." + a.indicatorNo();
                    LabelMatch m = matcher.match(form.getValue().apply(a.label()), a.generation(), number);
                    total++;
                    if (m.isMatched()) {
                        accepted++;
                        if (m.code().equals(a.code())) {
                            right++;
                        } else {
                            wrongOnes.add(a.code() + " read as " + m.code() + ": " + a.label());
                        }
                    }
                }
            }
            double precision = accepted == 0 ? 1 : right / (double) accepted;
            double recall = right / (double) total;
            figures.put(form.getKey(), new double[] {precision, recall});
            System.out.printf("Unseen wordings, %s: %d wordings of %d seeds, %d accepted, %d right: precision %.3f,"
                    + " recall %.3f%n", form.getKey(), total, seeds.size(), accepted, right, precision, recall);
            wrongOnes.stream().limit(5).forEach(w -> System.out.println("  WRONG " + w));
        }
        // Thresholds chosen here: 0.4 / 0.1 gave precision 1.000; 0.35 / 0.08 read ECO.03 as POL.05.
        // The issue asks recall 0.95 at precision 1.0: not reached yet.
        assertTrue(figures.get("as written")[0] >= FLOOR_PRECISION, "precision as written");
        assertTrue(figures.get("as written")[1] >= FLOOR_RECALL, "recall as written");
    }

    static final double FLOOR_PRECISION = 1.0;
    static final double FLOOR_RECALL = 0.87; // measured 0.875 with THRESHOLD 0.4, MARGIN 0.1 (0.341 before the similarity stage)
}
