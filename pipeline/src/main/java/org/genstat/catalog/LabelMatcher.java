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

    private LabelMatch matchLabel(String label, String unit, String generation, String number) {
        String key = keys.of(label);
        String measured = unit == null || unit.isBlank() ? key : key + " " + keys.of(unit);
        Set<String> unitMeasures = measuresOfUnit(unit == null ? "" : keys.of(unit));
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
        if (statesSeveralTargets(key)) {
            return LabelMatch.unmatched("the label states more than one target (several shares with no year"
                    + " between them): write one row per indicator", nearest(index.rank(label)));
        }
        List<WordingIndex.Scored> ranked = index.rank(label, code -> unitMeasures.isEmpty()
                || unitMeasures.contains(catalog.get(code).measure()) ? prior(code, measured, generation) : 0);
        if (!ranked.isEmpty() && ranked.get(0).score() >= THRESHOLD
                && ranked.get(0).score() - (ranked.size() > 1 ? ranked.get(1).score() : 0) >= MARGIN
                && statesTheMeasure(measured, catalog.get(ranked.get(0).code()).measure())) {
            String code = ranked.get(0).code();
            return LabelMatch.matched(code, "similar " + ranked.get(0));
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
     * (the 2011–2020 strategy has no adolescent birth rate, the 2021–2030 one no abortion ratio).
     */
    private double prior(String code, String key, String generation) {
        Indicator i = catalog.get(code);
        boolean otherGeneration = Generation.G2011.equals(generation) && i.g2011Ref() == null && i.g2021Ref() != null
                || Generation.G2021.equals(generation) && i.g2021Ref() == null && i.g2011Ref() != null;
        if (otherGeneration || measureContradicts(key, i.measure())) {
            return 0;
        }
        return statesTheMeasure(key, i.measure()) ? 1 : UNSTATED_SHARE;
    }

    /** A share whose label states no share is less likely than a count or ratio that fits as well. */
    static final double UNSTATED_SHARE = 0.85;

    /** The comparable form of a label, as this matcher reads it. */
    public LabelKey keys() {
        return keys;
    }

    /**
     * Evidence beyond words: a label that counts ("Số giáo viên", "(Nghìn người)", "(Cơ sở)") is no
     * share, and a label that is a share ("Tỷ lệ …", "%") is no count of persons.
     */
    /**
     * The measures a written unit of measure allows: "/100.000" a rate per 100,000, "bé trai/100 bé gái"
     * boys per 100 girls, "%" a share. A unit that names none ("người", "tin, bài") allows any; so does
     * "lần", which is a ratio in times (FAM.01) but also a count of occurrences ("5 lần kiểm tra").
     */
    static Set<String> measuresOfUnit(String unitKey) {
        String u = " " + unitKey + " ";
        if (u.contains("%") || u.contains(" phan tram ")) {
            return Set.of("percent");
        }
        if (u.matches(".*\\b100 ?000\\b.*")) {
            return Set.of("per_100k_live_births");
        }
        if (u.matches(".*\\b1 ?000\\b.*")) {
            return Set.of("per_1000_live_births", "per_1000_women_15_19");
        }
        if (u.matches(".*\\b100 (be gai|nu|female).*")) {
            return Set.of("boys_per_100_girls", "males_per_100_females");
        }
        return Set.of();
    }

    /**
     * "80% cán bộ … được nâng cao nhận thức; 100% huyện tổ chức …" names two indicators, and
     * "đến năm 2025 đạt 60% và đến năm 2030 đạt 75%" one with two targets: shares without a year within
     * four words of them belong to different indicators, and no one code is the label's.
     */
    static boolean statesSeveralTargets(String key) {
        String[] w = key.replace("%", " % ").trim().split(" +");
        int shares = 0;
        boolean withoutYear = false;
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("%")) {
                shares++;
                boolean dated = false;
                for (int j = Math.max(0, i - 5); j < Math.min(w.length, i + 6); j++) {
                    dated |= w[j].matches("(?:19|20)\\d\\d");
                }
                withoutYear |= !dated;
            }
        }
        return shares >= 2 && withoutYear;
    }

    /**
     * A label read as a share by its words alone says so: a share word or a per cent sign. A
     * veto on the best code, not a filter, so that the runner-up never wins by the best one's absence.
     */
    static boolean statesTheMeasure(String key, String measure) {
        return !"percent".equals(measure) || SHARE.matcher(key).find();
    }

    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile(
            "%|\\bty le\\b|\\bty trong\\b|\\bphan tram\\b|\\bshare\\b|\\bpercent");

    static boolean measureContradicts(String key, String measure) {
        boolean share = SHARE.matcher(key).find();
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
