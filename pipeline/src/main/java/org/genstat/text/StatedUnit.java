package org.genstat.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of measure a table states for a value, from its headings and title: a bracket
 * ("Số giáo viên (Nghìn người)", "Tỷ lệ (%)"), a dash tail that is a unit ("Tổng số - Nghìn Người")
 * or an "Đơn vị tính:" line. Only those parts, and a bracket only when it reads as a unit (one rule,
 * {@link #trailingUnit}, for headings and labels): the words of an indicator ("Số lao động", "Cán bộ
 * ngành y") or a qualifier ("(trừ hộ bảo trợ xã hội)") are no unit, and read as one they made a count
 * in thousands look like a count of persons.
 */
public final class StatedUnit {
    /** A bracket at the end of a heading or label; a footnote mark ("(*)", "(1)") is none. */
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]*[\\p{L}%‰][^()]*)\\)\\s*[*]*\\s*$");
    private static final Pattern UNIT_LINE = Pattern.compile("(?iu)(?:đơn vị tính|đvt|don vi tinh|dvt|unit)\\s*[:.]\\s*(.+)");
    /** Words a unit of measure starts with (folded). */
    private static final Pattern UNIT_WORD = Pattern.compile(
            "^(?:%|‰|phan tram|nghin|trieu|ty|nguoi|luot|co so|dong|usd|ha|tan|km|lan|tuoi|thous|million|persons?|per cent|percent|years?)\\b.*"
                    + "|^[%‰]$");

    private StatedUnit() {
    }

    /** The units the texts state, joined with "; " in the order found, or null when none states one. */
    public static String in(Collection<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String raw : texts) {
            if (raw == null) {
                continue;
            }
            String text = VietText.clean(raw);
            Matcher line = UNIT_LINE.matcher(text);
            String bracket = trailingUnit(text);
            int dash = text.lastIndexOf(" - ");
            if (line.find()) {
                found.add(line.group(1).strip());
            } else if (bracket != null) {
                found.add(bracket);
            } else if (dash > 0 && isUnit(text.substring(dash + 3))) {
                found.add(text.substring(dash + 3).strip());
            }
        }
        return found.isEmpty() ? null : String.join("; ", found);
    }

    /**
     * The unit a label states in a bracket at its end ("Tỷ lệ nữ (%)", "Sex ratio (Males per 100
     * females)", "Số lao động (Nghìn người)"), or null: a bracket that is a unit, not a qualifier
     * ("(trừ …)", "(*)"). A label is compared without it and the unit kept as evidence of the measure.
     */
    public static String trailingUnit(String label) {
        Matcher m = unitBracket(label);
        return m == null ? null : m.group(1).strip();
    }

    /** The label without the unit bracket {@link #trailingUnit} finds. */
    public static String withoutTrailingUnit(String label) {
        Matcher m = unitBracket(label);
        return m == null ? label : VietText.clean(label).substring(0, m.start()).strip();
    }

    /** The match of a unit bracket at the label's end, or null. */
    private static Matcher unitBracket(String label) {
        Matcher m = BRACKET.matcher(label == null ? "" : VietText.clean(label));
        if (!m.find()) {
            return null;
        }
        String inside = m.group(1).strip();
        String folded = VietText.fold(inside).toLowerCase(java.util.Locale.ROOT);
        return inside.length() <= 40 && (isUnit(inside) || RATE.matcher(folded).find()) ? m : null;
    }

    /** A rate or ratio written as one: "/100.000", "per 100 females", "%". */
    private static final Pattern RATE = Pattern.compile("[/%‰]|\\bper\\b|\\btren\\b");

    private static boolean isUnit(String text) {
        String t = text.strip();
        return t.length() <= 30 && UNIT_WORD.matcher(VietText.fold(t).toLowerCase(java.util.Locale.ROOT)).matches();
    }
}
