package org.genstat.extract.layout;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.text.VietText;

/** The words a header cell uses to say what its column holds. */
public final class HeaderWords {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final List<String> LABEL_HEADERS = List.of("chi tieu", "ten chi tieu", "noi dung",
            "noi dung chi tieu", "muc tieu chi tieu", "nhom chi tieu", "ten chi so", "chi so", "indicator",
            "series name");
    private static final List<String> ORDER_HEADERS = List.of("stt", "tt", "so tt", "so thu tu", "ma so");
    private static final List<String> UNIT_HEADERS = List.of("dvt", "don vi tinh", "don vi do", "unit");
    private static final List<String> AGENCY_WORDS = List.of("co quan", "don vi chu tri", "don vi thuc hien",
            "don vi phu trach", "chu tri", "phu trach", "trach nhiem");

    private HeaderWords() {
    }

    public static boolean isLabelHeader(String text) {
        String w = VietText.words(text);
        return LABEL_HEADERS.contains(w) || w.startsWith("chi tieu ") && w.length() < 40
                || w.startsWith("noi dung ") && w.length() < 40;
    }

    public static ColumnRole roleOf(String header) {
        String w = VietText.words(header);
        if (ORDER_HEADERS.contains(w)) {
            return ColumnRole.ORDER;
        }
        if (UNIT_HEADERS.contains(w) || w.startsWith("don vi tinh")) {
            return ColumnRole.MEASURE_UNIT;
        }
        if (w.startsWith("ghi chu")) {
            return ColumnRole.NOTE;
        }
        if (AGENCY_WORDS.stream().anyMatch(w::contains)) {
            return ColumnRole.AGENCY;
        }
        if (year(header) != null || kind(header) != null) {
            return ColumnRole.VALUE;
        }
        return ColumnRole.IGNORED;
    }

    /** The last four-digit year in the header ("2021-2025" is the end of the period). */
    public static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        Integer last = null;
        while (m.find()) {
            last = Integer.valueOf(m.group(1));
        }
        return last;
    }

    /** actual, estimate, target or baseline, or null when the header does not say. */
    public static String kind(String text) {
        String w = VietText.words(text);
        if (w.matches(".*\\b(uoc|uoc thuc hien|uoc tinh|estimate)\\b.*")) {
            return "estimate";
        }
        if (w.matches(".*\\b(thuc hien|ket qua|so lieu|actual|dat duoc)\\b.*")) {
            return "actual";
        }
        if (w.matches(".*\\b(ke hoach|chi tieu|muc tieu|phan dau|target|plan)\\b.*")) {
            return "target";
        }
        if (w.matches(".*\\b(co so|nam goc|baseline)\\b.*")) {
            return "baseline";
        }
        return null;
    }

    /**
     * F, M or T from the words "Nữ", "Nam", "Tổng số"/"Chung"; null when no sex is named. Not
     * folded: "nam" (male) and "năm" (year) differ only by their diacritic.
     */
    public static String sex(String text) {
        String lower = VietText.lower(text).replace("trong đó", " ");
        String found = null;
        for (String token : lower.split("[^\\p{L}]+")) {
            String s = switch (token) {
                case "nữ", "female", "women", "girls" -> "F";
                case "nam", "male", "men", "boys" -> "M";
                case "tổng", "chung", "cộng", "total" -> "T";
                default -> null;
            };
            if (s != null) {
                if (found != null && !found.equals(s)) {
                    return null; // "Nam và nữ": both sexes together, not one of them
                }
                found = s;
            }
        }
        return found;
    }

    public static boolean looksLikeYear(String text) {
        return VietText.clean(text).toLowerCase(Locale.ROOT).matches("(năm\\s*)?(19|20)[0-9]{2}");
    }
}
