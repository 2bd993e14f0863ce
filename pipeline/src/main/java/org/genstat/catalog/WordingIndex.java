package org.genstat.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval model over every wording of every code: TF-IDF over words and word pairs of the
 * similarity key ({@link LabelKey#forSimilarity}: near synonyms made one, target phrasing and numbers
 * left out). Rare words that tell codes apart ("thac si" / "tien si", "tieu hoc" / "trung hoc co
 * so") weigh most; words every wording has weigh little; a word no wording has weighs as the rarest,
 * against the match. The score is how much of a wording's weight the label covers and how much of
 * the label's the wording covers, the first weighing more (0 to 1). A code scores as its best wording.
 */
final class WordingIndex {
    /** A code and how close the label is to its nearest wording, 0 to 1. */
    record Scored(String code, double score) {
        @Override
        public String toString() {
            return code + " " + String.format(java.util.Locale.ROOT, "%.2f", score);
        }
    }

    private record Doc(String code, Map<String, Double> weights, double norm) {
    }

    private final Map<String, Double> idf = new HashMap<>();
    private final List<Doc> docs = new ArrayList<>();
    private final LabelKey keys;
    private double unseen;

    WordingIndex(Map<String, ? extends Collection<String>> wordingsByCode, LabelKey keys) {
        this.keys = keys;
        Map<String, Integer> df = new HashMap<>();
        List<Map.Entry<String, Map<String, Integer>>> raw = new ArrayList<>();
        for (Map.Entry<String, ? extends Collection<String>> e : wordingsByCode.entrySet()) {
            for (String w : e.getValue()) {
                Map<String, Integer> tf = terms(w);
                if (!tf.isEmpty()) {
                    raw.add(Map.entry(e.getKey(), tf));
                    tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
                }
            }
        }
        int n = raw.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1.0 + n / (double) d)));
        unseen = Math.log(1.0 + n); // a word no wording has: as rare as can be, so it counts against the match
        for (Map.Entry<String, Map<String, Integer>> r : raw) {
            Map<String, Double> weights = weigh(r.getValue(), 0);
            docs.add(new Doc(r.getKey(), weights, norm(weights)));
        }
    }

    /** Codes by their best wording's similarity to the label, best first. */
    List<Scored> rank(String label) {
        return rank(label, code -> 1);
    }

    /**
     * As {@link #rank(String)}, each code's score weighed by what else is known of it: {@code prior} gives
     * 1 for nothing against it, less for evidence against it, 0 for a code the label cannot have.
     */
    List<Scored> rank(String label, java.util.function.ToDoubleFunction<String> prior) {
        Map<String, Double> q = weigh(terms(label), unseen);
        double qn = norm(q);
        Map<String, Double> best = new HashMap<>();
        if (qn == 0) {
            return List.of();
        }
        for (Doc d : docs) {
            double weight = prior.applyAsDouble(d.code());
            if (weight == 0) {
                continue;
            }
            boolean shared = false;
            double qShared = 0;
            double dShared = 0;
            for (Map.Entry<String, Double> t : q.entrySet()) {
                Double w = d.weights().get(t.getKey());
                if (w != null) {
                    shared = true;
                    qShared += t.getValue() * t.getValue();
                    dShared += w * w;
                }
            }
            if (shared) {
                double wordingCovered = dShared / (d.norm() * d.norm());
                double labelCovered = qShared / (qn * qn);
                best.merge(d.code(), weight * Math.pow(wordingCovered, WORDING_WEIGHT)
                        * Math.pow(labelCovered, 1 - WORDING_WEIGHT), Math::max);
            }
        }
        return best.entrySet().stream().map(e -> new Scored(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::code)).toList();
    }

    /**
     * How much the wording's own words count against the label's. A label states an indicator with more
     * words than the catalog's wording (targets, scope, examples), so what matters most is how much of the
     * wording the label covers; cosine (0.5) was measured two wordings worse on UnseenWordingsTest.
     */
    static final double WORDING_WEIGHT = 0.7;

    /** Words and word pairs of the label's similarity key. */
    Map<String, Integer> terms(String label) {
        String[] words = keys.forSimilarity(label).split(" ");
        Map<String, Integer> tf = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            tf.merge(words[i], 1, Integer::sum);
            if (i + 1 < words.length) {
                tf.merge(words[i] + "_" + words[i + 1], 1, Integer::sum);
            }
        }
        return tf;
    }

    private Map<String, Double> weigh(Map<String, Integer> tf, double unknown) {
        Map<String, Double> w = new HashMap<>();
        tf.forEach((t, f) -> w.put(t, (1 + Math.log(f)) * idf.getOrDefault(t, unknown)));
        w.values().removeIf(v -> v == 0);
        return w;
    }

    private static double norm(Map<String, Double> w) {
        return Math.sqrt(w.values().stream().mapToDouble(v -> v * v).sum());
    }
}
