package org.genstat.extract.value;

import org.genstat.vocabulary.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.text.VietText;

/**
 * Reads what people write in a report cell: {@code 44,5} {@code 1.000} {@code 90%}
 * {@code 38,4/100.000} {@code < 86/100.000} {@code 112/100} {@code 1,3 lần} {@code 27*}
 * {@code 94,5 - 95} {@code dưới 30%} {@code Duy trì} {@code Chưa phát hiện} {@code ..} {@code -}.
 * Every reading is exact or refused: a range has no single value, words keep their text.
 */
public final class ValueParser {
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*(\\(\\*+\\)|\\*+)\\s*$");
    private static final Pattern PRELIMINARY = Pattern.compile("(?i)\\s*\\((sơ bộ|ước|prel\\.?)\\)\\s*$|^(prel\\.?|sơ bộ)\\s+");
    private static final String NUM = "([0-9][0-9.,]*)";
    private static final Pattern RANGE = Pattern.compile("^(?:từ\\s+|from\\s+|between\\s+)?" + NUM
            + "\\s*%?\\s*(?:-|–|—|đến|to|and)\\s*" + NUM + "\\s*%?$");
    /** number, optional unit words, optional "/ denominator" with optional words after it. */
    private static final Pattern QUANTITY = Pattern.compile(
            "^" + NUM + "\\s*(%?\\s*[\\p{L} ]*?)\\s*(?:/\\s*" + NUM + "\\s*([\\p{L} .]*))?$");
    private static final List<String[]> BOUNDS = List.of(
            new String[] {"xuống dưới ", Flag.UPPER_BOUND.code()}, new String[] {"thấp hơn ", Flag.UPPER_BOUND.code()},
            new String[] {"dưới ", Flag.UPPER_BOUND.code()}, new String[] {"<=", Flag.UPPER_BOUND.code()},
            new String[] {"≤", Flag.UPPER_BOUND.code()}, new String[] {"<", Flag.UPPER_BOUND.code()},
            new String[] {"ít nhất ", Flag.LOWER_BOUND.code()}, new String[] {"tối thiểu ", Flag.LOWER_BOUND.code()},
            new String[] {"trên ", Flag.LOWER_BOUND.code()}, new String[] {">=", Flag.LOWER_BOUND.code()},
            new String[] {"≥", Flag.LOWER_BOUND.code()}, new String[] {">", Flag.LOWER_BOUND.code()},
            new String[] {"khoảng ", Flag.APPROXIMATE.code()}, new String[] {"xấp xỉ ", Flag.APPROXIMATE.code()},
            new String[] {"~", Flag.APPROXIMATE.code()});
    /** The same in an English export: only there, where "under 5" is no Vietnamese clerk's heading. */
    private static final List<String[]> BOUNDS_EN = List.of(
            new String[] {"less than ", Flag.UPPER_BOUND.code()}, new String[] {"fewer than ", Flag.UPPER_BOUND.code()},
            new String[] {"under ", Flag.UPPER_BOUND.code()}, new String[] {"below ", Flag.UPPER_BOUND.code()},
            new String[] {"at most ", Flag.UPPER_BOUND.code()}, new String[] {"up to ", Flag.UPPER_BOUND.code()},
            new String[] {"at least ", Flag.LOWER_BOUND.code()}, new String[] {"more than ", Flag.LOWER_BOUND.code()},
            new String[] {"over ", Flag.LOWER_BOUND.code()}, new String[] {"above ", Flag.LOWER_BOUND.code()},
            new String[] {"about ", Flag.APPROXIMATE.code()}, new String[] {"around ", Flag.APPROXIMATE.code()},
            new String[] {"approximately ", Flag.APPROXIMATE.code()});
    /** A bound written after the number, and its unit words: "75% trở lên", "300 pupils or more" (English). */
    private static final List<String[]> TRAILING_BOUNDS = List.of(
            new String[] {" trở lên", Flag.LOWER_BOUND.code()}, new String[] {" trở xuống", Flag.UPPER_BOUND.code()});
    private static final List<String[]> TRAILING_BOUNDS_EN = List.of(
            new String[] {" or more", Flag.LOWER_BOUND.code()}, new String[] {" or over", Flag.LOWER_BOUND.code()},
            new String[] {" or above", Flag.LOWER_BOUND.code()}, new String[] {" and over", Flag.LOWER_BOUND.code()},
            new String[] {" and above", Flag.LOWER_BOUND.code()}, new String[] {" or less", Flag.UPPER_BOUND.code()},
            new String[] {" or fewer", Flag.UPPER_BOUND.code()}, new String[] {" or below", Flag.UPPER_BOUND.code()},
            new String[] {" or under", Flag.UPPER_BOUND.code()}, new String[] {" and under", Flag.UPPER_BOUND.code()});
    /**
     * Words that, among the words after a number, say it is not simply that number ("5 hoặc hơn",
     * "300 to 400 pupils"): such a cell is refused, never read as its first number.
     */
    private static final java.util.Set<String> QUALIFYING_WORDS = java.util.Set.of("or", "and", "to", "than", "more",
            "less", "over", "under", "above", "below", "least", "most", "plus", "hoặc", "hơn", "trở", "đến", "từ",
            "khoảng", "trên", "dưới", "tối", "ít", "và");
    /** Words that report a status, not a number (folded prefixes). */
    private static final List<String> STATUS_WORDS = List.of("duy tri", "chua phat hien", "duoc thuc hien long ghep",
            "thuc hien long ghep", "bo tri du", "hang quy", "hang thang", "hang nam", "hoan thanh", "chua hoan thanh",
            "dat", "chua dat", "khong dat", "dang thuc hien", "chua thuc hien", "khong phat sinh", "chua co so lieu");
    private static final List<String> MISSING = List.of("", "-", "–", "—", "..", "...", "…", "x", "n/a", "na", "k/c");

    private ValueParser() {
    }

    /** A numeric cell: the number as stored; {@code percentFormat} when Excel shows it as a percentage. */
    public static ParsedValue ofNumber(double number, boolean percentFormat, String shown) {
        if (percentFormat) {
            return new ParsedValue(ParsedValue.Kind.NUMBER, round(number * 100), null, shown,
                    List.of(Flag.PERCENT_FORMAT.code()), null);
        }
        return new ParsedValue(ParsedValue.Kind.NUMBER, number, null, shown, List.of(), null);
    }

    public static ParsedValue parse(String raw) {
        return parse(raw, false);
    }

    /** @param english the table writes numbers the English way (a statistical export in English) */
    public static ParsedValue parse(String raw, boolean english) {
        String text = VietText.clean(raw);
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (MISSING.contains(t)) {
            return ParsedValue.empty(text);
        }
        List<String> flags = new ArrayList<>();
        Matcher foot = FOOTNOTE.matcher(t);
        if (foot.find()) {
            flags.add(Flag.FOOTNOTE.code());
            t = t.substring(0, foot.start()).trim();
        }
        Matcher prel = PRELIMINARY.matcher(t);
        if (prel.find()) {
            flags.add(Flag.PRELIMINARY.code());
            t = prel.replaceFirst("").trim();
        }
        t = t.replaceFirst("^(đạt|còn|giảm còn|tăng lên|là)\\s+", "");
        for (String[] bound : english ? concat(TRAILING_BOUNDS, TRAILING_BOUNDS_EN) : TRAILING_BOUNDS) {
            if (t.endsWith(bound[0])) {
                flags.add(bound[1]);
                t = t.substring(0, t.length() - bound[0].length()).replaceFirst("^(?:từ|from)\\s+", "").trim();
                break;
            }
        }
        for (String[] bound : english ? concat(BOUNDS, BOUNDS_EN) : BOUNDS) {
            if (t.startsWith(bound[0])) {
                flags.add(bound[1]);
                t = t.substring(bound[0].length()).trim();
                break;
            }
        }
        if (RANGE.matcher(t).matches()) {
            flags.add(Flag.RANGE.code());
            return new ParsedValue(ParsedValue.Kind.TEXT, null, null, text, List.copyOf(flags), null);
        }
        Matcher q = QUANTITY.matcher(t);
        if (q.matches() && !qualified(q.group(2)) && !qualified(q.group(4))) {
            Double number = VietNumber.parse(q.group(1), english);
            Double denominator = q.group(3) == null ? null : VietNumber.parse(q.group(3), english);
            if (number != null && (q.group(3) == null || (denominator != null && denominator > 0))) {
                return new ParsedValue(ParsedValue.Kind.NUMBER, number, denominator, text, List.copyOf(flags), null);
            }
        }
        Double spelled = numberWord(t);
        if (spelled != null) {
            return new ParsedValue(ParsedValue.Kind.NUMBER, spelled, null, text, List.copyOf(flags), null);
        }
        String folded = VietText.fold(t);
        if (folded.startsWith("khong co ")) {
            // "không có trẻ vị thành niên sinh con": there is none, which is a count of zero.
            flags.add(Flag.TEXT_STATUS.code());
            return new ParsedValue(ParsedValue.Kind.NUMBER, 0.0, null, text, List.copyOf(flags), null);
        }
        for (String word : STATUS_WORDS) {
            if (folded.equals(word) || folded.startsWith(word + " ")) {
                flags.add(Flag.TEXT_STATUS.code());
                return new ParsedValue(ParsedValue.Kind.TEXT, null, null, text, List.copyOf(flags), null);
            }
        }
        return ParsedValue.unreadable(text, "'" + text + "' is neither a number nor a known status");
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        List<String[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean qualified(String unitWords) {
        if (unitWords == null) {
            return false;
        }
        for (String w : unitWords.trim().split("[\\s.]+")) {
            if (QUALIFYING_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "một" … "mười" written alone in a value cell ("ít nhất một cơ sở" is written "ít nhất một"). */
    private static Double numberWord(String t) {
        int i = List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười").indexOf(t);
        return i < 0 ? null : (double) (i + 1);
    }

    private static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}
