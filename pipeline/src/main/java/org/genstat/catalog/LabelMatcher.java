package org.genstat.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a row label to an indicator code through the catalog's aliases, never through a
 * number alone. The goal/indicator number only breaks a tie, together with the generation.
 * A label that matches nothing, or two codes equally, is not guessed.
 */
public final class LabelMatcher {
    private static final int MIN_CONTAINED_LENGTH = 24;

    private final IndicatorCatalog catalog;
    private final Map<String, Set<String>> codesByKey = new HashMap<>();
    private final List<Map.Entry<String, String>> keyedAliases = new ArrayList<>();

    public LabelMatcher(IndicatorCatalog catalog) {
        this.catalog = catalog;
        for (Alias a : catalog.aliases()) {
            add(LabelKey.of(a.label()), a.code());
        }
        for (Indicator i : catalog.indicators()) {
            add(LabelKey.of(i.nameVi()), i.code());
            add(LabelKey.of(i.nameEn()), i.code());
        }
    }

    private void add(String key, String code) {
        if (key.isEmpty()) {
            return;
        }
        if (codesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code)) {
            keyedAliases.add(Map.entry(key, code));
        }
    }

    /**
     * @param label      the row label as written
     * @param generation {@code 2011-2020} or {@code 2021-2030}, or null if unknown
     * @param number     the goal/indicator number written with the label ("3.2"), or null
     */
    public LabelMatch match(String label, String generation, String number) {
        String key = LabelKey.of(label);
        if (key.isEmpty()) {
            return LabelMatch.unmatched("the label is empty", List.of());
        }
        Set<String> exact = codesByKey.getOrDefault(key, Set.of());
        if (!exact.isEmpty()) {
            return decide(exact, generation, number, "alias", label);
        }
        Set<String> contained = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : keyedAliases) {
            String alias = e.getKey();
            boolean labelHoldsAlias = alias.length() >= MIN_CONTAINED_LENGTH && contains(key, alias);
            boolean aliasHoldsLabel = key.length() >= MIN_CONTAINED_LENGTH && contains(alias, key);
            if (labelHoldsAlias || aliasHoldsLabel) {
                contained.add(e.getValue());
            }
        }
        if (!contained.isEmpty()) {
            return decide(contained, generation, number, "contains", label);
        }
        return LabelMatch.unmatched("no catalog wording matches this label", suggest(key));
    }

    private static boolean contains(String haystack, String needle) {
        return (" " + haystack + " ").contains(" " + needle + " ");
    }

    private LabelMatch decide(Set<String> codes, String generation, String number, String how, String label) {
        if (codes.size() == 1) {
            return LabelMatch.matched(codes.iterator().next(), how);
        }
        if (generation != null && number != null) {
            Set<String> byNumber = new HashSet<>();
            for (String code : codes) {
                Indicator i = catalog.get(code);
                String ref = "2011-2020".equals(generation) ? i.g2011Ref() : i.g2021Ref();
                if (number.equals(ref)) {
                    byNumber.add(code);
                }
            }
            if (byNumber.size() == 1) {
                return LabelMatch.matched(byNumber.iterator().next(), how + "+number");
            }
        }
        return LabelMatch.unmatched("the label fits " + String.join(" and ", codes)
                + " equally; add the exact wording to schemas/reference/aliases-local.csv", List.copyOf(codes));
    }

    /** The three catalog codes whose wordings share the most words with the label. */
    public List<String> suggest(String key) {
        Set<String> words = new HashSet<>(List.of(key.split(" ")));
        Map<String, Double> best = new HashMap<>();
        for (Map.Entry<String, String> e : keyedAliases) {
            Set<String> other = new HashSet<>(List.of(e.getKey().split(" ")));
            long common = other.stream().filter(words::contains).count();
            double score = common / (double) (words.size() + other.size() - common);
            best.merge(e.getValue(), score, Math::max);
        }
        return best.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }
}
