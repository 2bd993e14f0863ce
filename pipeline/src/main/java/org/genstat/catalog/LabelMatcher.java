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
import org.genstat.text.StatedUnit;
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
    static final double MARGIN = 0.08;

    private final IndicatorCatalog catalog;
    private final WordingIndex index;
    private final LabelKey keys;
    private final Map<String, Set<Target>> byKey = new HashMap<>();
    private final Map<String, Target> byCode = new HashMap<>();

    public LabelMatcher(IndicatorCatalog catalog) {
        this.catalog = catalog;
        List<String> all = new ArrayList<>();
        catalog.indicators().forEach(i -> all.add(i.nameVi()));
        catalog.aliases().forEach(a -> all.add(a.label()));
        this.keys = new LabelKey(catalog.abbreviations(), all);
        for (Alias a : catalog.aliases()) {
            add(keys.of(a.label()), new Target(a.code(), a.sex()));
            if (a.label().matches("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+")) {
                byCode.put(a.label().toUpperCase(Locale.ROOT), new Target(a.code(), a.sex())); // WB series code
            }
        }
        Map<String, List<String>> wordings = new HashMap<>();
        for (Indicator i : catalog.indicators()) {
            add(keys.of(i.nameVi()), new Target(i.code(), null));
            add(keys.of(i.nameEn()), new Target(i.code(), null));
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
        this.index = new WordingIndex(wordings, keys);
    }

    private void add(String key, Target target) {
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(target);
        }
    }

    /** Label alone; see {@link #match(String, String, String, String, String)}. */
    public LabelMatch match(String label, String generation, String number) {
        return match(label, null, null, null, generation, number);
    }

    /** Without a unit of measure; see {@link #match(String, String, String, String, String, String)}. */
    public LabelMatch match(String label, String code, String title, String generation, String number) {
        return match(label, code, title, null, generation, number);
    }

    /**
     * @param label      the row label as written
     * @param code       an indicator code written beside the label (World Bank series, catalog code), or null
     * @param title      the table's title, for statistical tables whose rows are items of it, or null
     * @param unit       the unit of measure written for the row ("%", "người", "/100.000 trẻ sinh sống"), or
     *                   null: evidence of the measure, never words of the indicator
     * @param generation {@code 2011-2020} or {@code 2021-2030}, or null if unknown
     * @param number     the goal/indicator number written with the label ("3.2"), or null
     */
    public LabelMatch match(String label, String code, String title, String unit, String generation, String number) {
        if (code != null) {
            Target t = byCode.get(code.trim().toUpperCase(Locale.ROOT));
            if (t != null) {
                return LabelMatch.matched(t.code(), "code").withSex(t.sex());
            }
        }
        LabelMatch m = matchLabel(label, unit, generation, number);
        if (!m.isMatched() && title != null && !title.isBlank() && !title.equals(label)) {
            LabelMatch withTitle = matchLabel(title + " / " + label, unit, generation, number);
            if (withTitle.isMatched()) {
                return withTitle;
            }
        }
        return m;
    }

    private LabelMatch matchLabel(String label, String written, String generation, String number) {
        String key = keys.of(label);
        String unit = written == null || written.isBlank() ? StatedUnit.trailingUnit(label) : written;
        String unitKey = unit == null || unit.isBlank() ? "" : keys.of(unit);
        String measured = unitKey.isEmpty() ? key : key + " " + unitKey;
        Set<String> unitMeasures = MeasureEvidence.measuresOfUnit(unitKey);
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
        if (isActivity(label)) {
            return LabelMatch.unmatched("the row is an activity, not an indicator (it starts with what to do"
                    + " and names no measure); if it is one, add its wording to schemas/reference/aliases-local.csv",
                    List.of());
        }
        if (MeasureEvidence.statesSeveralTargets(key)) {
            return LabelMatch.unmatched("the label states more than one target (several shares with no year"
                    + " between them): write one row per indicator", nearest(index.rank(label)));
        }
        Set<String> goalDomains = domainsOfGoal(generation, number);
        List<WordingIndex.Scored> ranked = index.rank(label, code -> unitMeasures.isEmpty()
                || unitMeasures.contains(catalog.get(code).measure()) ? prior(code, measured, generation, goalDomains) : 0);
        if (!ranked.isEmpty() && ranked.get(0).score() >= THRESHOLD
                && ranked.get(0).score() - (ranked.size() > 1 ? ranked.get(1).score() : 0) >= MARGIN
                && MeasureEvidence.statesTheMeasure(measured, catalog.get(ranked.get(0).code()).measure())) {
            String code = ranked.get(0).code();
            return LabelMatch.matched(code, "similar " + ranked.get(0));
        }
        if (corroboratedByNumber(ranked, generation, number)
                && MeasureEvidence.namesTheMeasure(key, unitKey, catalog.get(ranked.get(0).code()).measure())) {
            return LabelMatch.matched(ranked.get(0).code(), "similar+number " + ranked.get(0));
        }
        return LabelMatch.unmatched("no catalog wording matches this label", nearest(ranked));
    }

    /**
     * The verbs a plan's tasks and solutions begin with. An indicator is worded by its measure (tỷ lệ,
     * số, tỷ số) or its target (phấn đấu, 100% …); a row that starts with one of these and names no
     * measure says what to do, and however many words it shares with an indicator it is none.
     */
    private static final java.util.regex.Pattern ACTIVITY = java.util.regex.Pattern.compile(
            "^(?:(?:noi dung|hinh thuc|nhiem vu|giai phap|bien phap|hoat dong) )?"
                    + "(?:tiep tuc |thuong xuyen |hang nam |chu dong |tich cuc )?"
                    + "(?:to chuc|tuyen truyen|day manh|tang cuong|xay dung|trien khai|duy tri|nang cao|dao tao"
                    + "|boi duong|tu van|phoi hop|kien toan|thuc hien|huong dan|kiem tra|long ghep|ra soat|ban hanh"
                    + "|pho bien|van dong|ho tro|nhan rong|cung co|quan tam|chi dao|lanh dao|tham muu|bo tri"
                    + "|dam bao|khuyen khich|tap huan|tham gia|phat dong|danh gia|so ket|tong ket|bao cao)\\b");
    private static final java.util.regex.Pattern MEASURE = java.util.regex.Pattern.compile(
            "\\b(?:ty le|ty suat|so luong|so gio|ty so)\\b|^so\\b");

    private boolean isActivity(String label) {
        if (LabelKey.startsWithGoal(label)) {
            return false; // a goal heading is worded as what to do; the label glued after it may not be
        }
        String key = keys.forSimilarity(label);
        return ACTIVITY.matcher(key).find() && !MEASURE.matcher(key).find();
    }

    /**
     * How likely a code is the label's before words are compared: not at all when its measure contradicts
     * the label's or when the code the catalog numbers in one plan generation only is no candidate in the other
     * (the 2011–2020 strategy has no adolescent birth rate, the 2021–2030 one no abortion ratio); less when
     * it belongs to another domain than the goal the row is numbered under.
     */
    private double prior(String code, String key, String generation, Set<String> goalDomains) {
        Indicator i = catalog.get(code);
        boolean otherGeneration = Generation.G2011.equals(generation) && i.g2011Ref() == null && i.g2021Ref() != null
                || Generation.G2021.equals(generation) && i.g2021Ref() == null && i.g2011Ref() != null;
        if (otherGeneration || MeasureEvidence.measureContradicts(key, i.measure())) {
            return 0;
        }
        double goal = goalDomains.isEmpty() || goalDomains.contains(i.domain()) ? 1 : OTHER_GOAL;
        return goal * (MeasureEvidence.statesTheMeasure(key, i.measure()) ? 1 : UNSTATED_SHARE);
    }

    /**
     * Two signals that agree: the words rank a code first, though not clearly enough alone, and the row
     * is numbered as the plan generation numbers that code ("6.1" in 2011–2020), ahead of any other code
     * of that number by MARGIN. The number never overrides the words; it only vouches for their choice,
     * and only for a row that names the code's measure ({@link MeasureEvidence#namesTheMeasure}).
     */
    private boolean corroboratedByNumber(List<WordingIndex.Scored> ranked, String generation, String number) {
        if (ranked.isEmpty() || generation == null || number == null || ranked.get(0).score() < CORROBORATED) {
            return false;
        }
        WordingIndex.Scored best = ranked.get(0);
        if (!number.equals(refIn(generation, catalog.get(best.code())))) {
            return false;
        }
        return ranked.stream().skip(1).noneMatch(r -> number.equals(refIn(generation, catalog.get(r.code())))
                && best.score() - r.score() < MARGIN);
    }

    /** The lowest score the words may give a code the row's number vouches for. */
    static final double CORROBORATED = 0.2;

    private static String refIn(String generation, Indicator i) {
        return Generation.G2011.equals(generation) ? i.g2011Ref() : Generation.G2021.equals(generation) ? i.g2021Ref() : null;
    }

    /** A code of another domain than the goal the row is numbered under ("2.2": goal 2, the economy). */
    static final double OTHER_GOAL = 0.5;

    /**
     * The domains a plan generation's goal number stands for, from the catalog's own numbering ("2.x" in
     * 2011–2020 is the economy); empty when the number or generation is not known or numbers no code.
     */
    private Set<String> domainsOfGoal(String generation, String number) {
        if (generation == null || number == null || !number.matches("\\d+\\..*")) {
            return Set.of();
        }
        String goal = number.substring(0, number.indexOf('.') + 1);
        Set<String> domains = new HashSet<>();
        for (Indicator i : catalog.indicators()) {
            String ref = refIn(generation, i);
            if (ref != null && ref.startsWith(goal)) {
                domains.add(i.domain());
            }
        }
        return domains;
    }

    /** A share whose label states no share is less likely than a count or ratio that fits as well. */
    static final double UNSTATED_SHARE = 0.85;

    /** The comparable form of a label, as this matcher reads it. */
    public LabelKey keys() {
        return keys;
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
                if (number.equals(Generation.G2011.equals(generation) ? i.g2011Ref() : i.g2021Ref())) {
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
