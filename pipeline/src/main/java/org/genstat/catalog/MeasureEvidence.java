package org.genstat.catalog;

import org.genstat.vocabulary.Measure;
import java.util.Set;

/**
 * Evidence of a label's measure beyond its words: a label that counts ("Số giáo viên", "(Nghìn
 * người)", "(Cơ sở)") is no share, a label that is a share ("Tỷ lệ …", "%") is no count of persons,
 * and a written unit ("/100.000", "bé trai/100 bé gái") names a rate. Keys are {@link LabelKey} forms.
 */
final class MeasureEvidence {
    private MeasureEvidence() {
    }

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

    /**
     * The label names the measure of the code, not merely allows it, where an indicator names it: in its
     * first words or its unit. A share word for a share, "lần" or "so với" for a ratio, the rate's unit
     * for a rate, a count's words for a count. A plan's tasks name none there ("Các cơ quan … rà soát …
     * để đảm bảo tỷ lệ nữ"), however close their words come to an indicator's.
     */
    static boolean namesTheMeasure(String key, String unitKey, String measure) {
        String[] words = key.split(" ");
        String measured = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 3))) + " " + unitKey;
        return switch (measure) {
            case "percent" -> SHARE.matcher(measured).find();
            case "ratio_times" -> measured.matches(".*\\b(lan|so voi)\\b.*");
            case "persons", "count" -> counts(measured);
            default -> measuresOfUnit(measured).contains(measure);
        };
    }

    private static boolean counts(String key) {
        return key.matches("^(so|tong so|number)\\b.*|.*\\b(nghin nguoi|nguoi|co so|thous|persons)$");
    }

    static boolean measureContradicts(String key, String measure) {
        boolean share = SHARE.matcher(key).find();
        boolean count = counts(key);
        boolean percent = "percent".equals(measure);
        boolean persons = Measure.isCount(measure);
        return count && !share && percent || share && persons;
    }
}
