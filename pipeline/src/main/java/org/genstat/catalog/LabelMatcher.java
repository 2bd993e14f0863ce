package org.genstat.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genstat.text.VietText;

/**
 * Resolves a row label to an indicator code through the catalog's aliases, never through a
 * number alone. The goal/indicator number only breaks a tie, together with the generation.
 * A label that matches nothing, or two codes equally, is not guessed.
 */
public final class LabelMatcher {
    private static final int MIN_CONTAINED_LENGTH = 24;

    /** What one wording points at: a code, and the sex when the wording is one sex of it. */
    private record Target(String code, String sex) {
    }

    /**
     * A label no wording equals or contains is accepted by similarity only when its best code scores at
     * least THRESHOLD and leads the second by MARGIN: chosen on wordings the matcher was not built from
     * (UnseenWordingsTest), where these values keep every accepted match right.
     */
    static final double THRESHOLD = 0.4;
    static final double MARGIN = 0.1;

    private final IndicatorCatalog catalog;
    private final WordingIndex index;
    private final Map<String, Set<Target>> byKey = new HashMap<>();
    private final Map<String, Target> byCode = new HashMap<>();

    public LabelMatcher(IndicatorCatalog catalog) {
        this.catalog = catalog;
        for (Alias a : catalog.aliases()) {
            add(LabelKey.of(a.label()), new Target(a.code(), a.sex()));
            if (a.label().matches("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+")) {
                byCode.put(a.label().toUpperCase(Locale.ROOT), new Target(a.code(), a.sex())); // WB series code
            }
        }
        Map<String, List<String>> wordings = new HashMap<>();
        for (Indicator i : catalog.indicators()) {
            add(LabelKey.of(i.nameVi()), new Target(i.code(), null));
            add(LabelKey.of(i.nameEn()), new Target(i.code(), null));
            byCode.put(i.code(), new Target(i.code(), null));
            // Vietnamese wordings only: the English names are one per code, too few to tell rare words from
            // common ones, and on English statistical titles they matched series of other indicators.
            wordings.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i.nameVi());
        }
        for (Alias a : catalog.aliases()) {
            if (a.sex() == null && !a.label().matches("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+") && !VietText.lower(a.label()).equals(VietText.fold(a.label()))) {
                wordings.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(a.label());
            }
        }
        this.index = new WordingIndex(wordings);
    }

    private void add(String key, Target target) {
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(target);
        }
    }

    /** Label alone; see {@link #match(String, String, String, String, String)}. */
    public LabelMatch match(String label, String generation, String number) {
        return match(label, null, null, generation, number);
    }

    /**
     * @param label      the row label as written
     * @param code       an indicator code written beside the label (World Bank series, catalog code), or null
     * @param title      the table's title, for statistical tables whose rows are items of it, or null
     * @param generation {@code 2011-2020} or {@code 2021-2030}, or null if unknown
     * @param number     the goal/indicator number written with the label ("3.2"), or null
     */
    public LabelMatch match(String label, String code, String title, String generation, String number) {
        if (code != null) {
            Target t = byCode.get(code.trim().toUpperCase(Locale.ROOT));
            if (t != null) {
                return LabelMatch.matched(t.code(), "code").withSex(t.sex());
            }
        }
        LabelMatch m = matchLabel(label, generation, number);
        if (!m.isMatched() && title != null && !title.isBlank() && !title.equals(label)) {
            LabelMatch withTitle = matchLabel(title + " / " + label, generation, number);
            if (withTitle.isMatched()) {
                return withTitle;
            }
        }
        return m;
    }

    private LabelMatch matchLabel(String label, String generation, String number) {
        String key = LabelKey.of(label);
        if (key.isEmpty()) {
            return LabelMatch.unmatched("the label is empty", List.of());
        }
        Set<Target> exact = byKey.getOrDefault(key, Set.of());
        if (!exact.isEmpty()) {
            return decide(exact, generation, number, "alias");
        }
        Set<Target> contained = new LinkedHashSet<>();
        for (Map.Entry<String, Set<Target>> e : byKey.entrySet()) {
            String alias = e.getKey();
            boolean labelHoldsAlias = alias.length() >= MIN_CONTAINED_LENGTH && contains(key, alias);
            boolean aliasHoldsLabel = key.length() >= MIN_CONTAINED_LENGTH && contains(alias, key);
            if (labelHoldsAlias || aliasHoldsLabel) {
                contained.addAll(e.getValue());
            }
        }
        if (!contained.isEmpty()) {
            return decide(contained, generation, number, "contains");
        }
        List<WordingIndex.Scored> ranked = index.rank(label);
        if (!ranked.isEmpty() && ranked.get(0).score() >= THRESHOLD
                && ranked.get(0).score() - (ranked.size() > 1 ? ranked.get(1).score() : 0) >= MARGIN
                && !measureContradicts(key, catalog.get(ranked.get(0).code()).measure())) {
            String code = ranked.get(0).code();
            return LabelMatch.matched(code, "similar " + ranked.get(0));
        }
        return LabelMatch.unmatched("no catalog wording matches this label", nearest(ranked));
    }

    /**
     * Evidence beyond words: a label that counts ("Số giáo viên", "(Nghìn người)", "(Cơ sở)") is no
     * share, and a label that is a share ("Tỷ lệ …", "%") is no count of persons.
     */
    static boolean measureContradicts(String key, String measure) {
        boolean share = key.matches(".*(%|\\bty le\\b|\\bty trong\\b|\\bphan tram\\b|\\bshare\\b|\\bpercent).*");
        boolean count = key.matches("^(so|tong so|number)\\b.*|.*\\b(nghin nguoi|nguoi|co so|thous|persons)$");
        boolean percent = "percent".equals(measure);
        boolean persons = "persons".equals(measure) || "count".equals(measure);
        return count && !share && percent || share && persons;
    }

    /** The three nearest codes with their scores, for a person to choose an alias. */
    private static List<String> nearest(List<WordingIndex.Scored> ranked) {
        return ranked.stream().limit(3).map(WordingIndex.Scored::toString).toList();
    }

    private static boolean contains(String haystack, String needle) {
        return (" " + haystack + " ").contains(" " + needle + " ");
    }

    private LabelMatch decide(Set<Target> targets, String generation, String number, String how) {
        Map<String, Set<String>> sexesByCode = new LinkedHashMap<>();
        for (Target t : targets) {
            sexesByCode.computeIfAbsent(t.code(), k -> new HashSet<>()).add(t.sex());
        }
        Set<String> codes = sexesByCode.keySet();
        String chosen = null;
        String chosenHow = how;
        if (codes.size() == 1) {
            chosen = codes.iterator().next();
        } else if (generation != null && number != null) {
            List<String> byNumber = new ArrayList<>();
            for (String code : codes) {
                Indicator i = catalog.get(code);
                if (number.equals("2011-2020".equals(generation) ? i.g2011Ref() : i.g2021Ref())) {
                    byNumber.add(code);
                }
            }
            if (byNumber.size() == 1) {
                chosen = byNumber.get(0);
                chosenHow = how + "+number";
            }
        }
        if (chosen == null) {
            return LabelMatch.unmatched("the label fits " + String.join(" and ", codes)
                    + " equally; add the exact wording to schemas/reference/aliases-local.csv", List.copyOf(codes));
        }
        Set<String> sexes = sexesByCode.get(chosen);
        String sex = sexes.size() == 1 ? sexes.iterator().next() : null;
        return LabelMatch.matched(chosen, chosenHow).withSex(sex);
    }
}
