package org.genstat.extract.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.text.VietText;
import org.genstat.vocabulary.Sex;

/**
 * What a row's label says besides the indicator: a goal heading ("3. Mục tiêu 3: …"), a sex
 * sub-row ("- Nữ", "Trong đó: Nam"), and the goal/indicator numbering ("3.1. Chỉ tiêu 1:").
 */
public final class RowLabel {
    private static final Pattern GOAL = Pattern.compile(
            "^(?:[ivx]+[.)]?\\s*|\\d+[.)]?\\s*|[a-z][.)]\\s*)?muc tieu\\s*(\\d+)?\\b.*");
    private static final Pattern LEADING_GOAL_NUMBER = Pattern.compile("^(\\d+)[.)]");
    private static final Pattern DOTTED = Pattern.compile("^(\\d+)\\.(\\d+)\\.?(?!\\d)");
    private static final Pattern INDICATOR_NUMBER = Pattern.compile("^(?:[-+•]\\s*)?chi tieu\\s*(\\d+)");
    private static final Pattern SECTION = Pattern.compile("^[ivx]+[.)]\\s+\\S.*");

    private RowLabel() {
    }

    /** The goal number when the label is a goal heading, "" for an unnumbered one, else null. */
    public static String goal(String label) {
        String raw = VietText.fold(label.replaceAll("^\\s*[-+•]\\s*", "")).trim();
        Matcher m = GOAL.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            return m.group(1);
        }
        Matcher lead = LEADING_GOAL_NUMBER.matcher(raw);
        return lead.find() ? lead.group(1) : "";
    }

    /** A roman-numbered section heading ("I. KẾT QUẢ …"). */
    public static boolean isSection(String label) {
        return SECTION.matcher(VietText.fold(label)).matches();
    }

    /** F, M or T when the label is only a sex ("- Nữ", "Trong đó: nữ", "Tổng số"), else null. */
    public static String sexOnly(String label) {
        String l = VietText.lower(label).replaceAll("^[-+•*\\s]+", "").replace("trong đó", "")
                .replaceAll("[:.,()\\-\\s]+", " ").trim();
        return switch (l) {
            case "nữ", "nữ giới", "phụ nữ" -> Sex.F.code();
            case "nam", "nam giới" -> Sex.M.code();
            case "tổng số", "tổng", "chung", "cộng" -> Sex.T.code();
            default -> null;
        };
    }

    /** "goal.indicator" from the label's numbering, with the current goal for "Chỉ tiêu N". */
    public static String number(String label, String currentGoal) {
        String f = VietText.fold(label).trim();
        Matcher d = DOTTED.matcher(f);
        if (d.find()) {
            return d.group(1) + "." + d.group(2);
        }
        if (f.matches("\\d+[.)]?") && currentGoal != null && !currentGoal.isEmpty()) {
            return currentGoal + "." + f.replaceAll("\\D", ""); // "1" in the order column under goal 2
        }
        Matcher i = INDICATOR_NUMBER.matcher(f);
        if (i.find() && currentGoal != null && !currentGoal.isEmpty()) {
            return currentGoal + "." + i.group(1);
        }
        return null;
    }
}
