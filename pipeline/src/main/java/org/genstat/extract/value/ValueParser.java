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
    /** A phrase that makes the number next to it a bound (or an approximation), and the flag it sets. */
    private record Bound(String phrase, Flag flag) {
        static List<Bound> of(Flag flag, String... phrases) {
            return java.util.Arrays.stream(phrases).map(p -> new Bound(p, flag)).toList();
        }
    }

    /** Before the number; longer phrases first where one begins another ("xuống dưới ", "dưới "). */
    private static final List<Bound> BOUNDS = concat(
            Bound.of(Flag.UPPER_BOUND, "xuống dưới ", "thấp hơn ", "dưới ", "<=", "≤", "<"),
            Bound.of(Flag.LOWER_BOUND, "ít nhất ", "tối thiểu ", "trên ", ">=", "≥", ">"),
            Bound.of(Flag.APPROXIMATE, "khoảng ", "xấp xỉ ", "~"));
    /** The same in an English export: only there, where "under 5" is no Vietnamese clerk's heading. */
    private static final List<Bound> BOUNDS_IN_ENGLISH = concat(BOUNDS,
            Bound.of(Flag.UPPER_BOUND, "less than ", "fewer than ", "under ", "below ", "at most ", "up to "),
            Bound.of(Flag.LOWER_BOUND, "at least ", "more than ", "over ", "above "),
            Bound.of(Flag.APPROXIMATE, "about ", "around ", "approximately "));
    /** After the number and its unit words: "75% trở lên", and in English "300 pupils or more". */
    private static final List<Bound> TRAILING_BOUNDS = concat(
            Bound.of(Flag.LOWER_BOUND, " trở lên"), Bound.of(Flag.UPPER_BOUND, " trở xuống"));
    private static final List<Bound> TRAILING_BOUNDS_IN_ENGLISH = concat(TRAILING_BOUNDS,
            Bound.of(Flag.LOWER_BOUND, " or more", " or over", " or above", " and over", " and above"),
            Bound.of(Flag.UPPER_BOUND, " or less", " or fewer", " or below", " or under", " and under"));
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
    /**
     * What offices write for "no value": Vietnamese clerks ("k/c": không có) and statistical exports
     * ("." and ":" not available, "(x)" confidential, "///" not applicable). One list: layout uses it too.
     */
    private static final java.util.Set<String> MISSING = java.util.Set.of("", ".", "..", "...", "…", "#", "-", "–", "—",
            "x", ":", "n/a", "na", "(x)", "(..)", "///", "-0-", "_", "k/c");

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

    /** A missing-value mark ("..", "-", "x", "k/c"), whatever its case. */
    public static boolean isMissingMark(String raw) {
        return MISSING.contains(VietText.clean(raw).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Marks that stand for a value though no number is read from them: "#" (rounds to zero, as NCES and
     * others print it) and a capital "X" (a check mark). A lower-case "x" is "confidential": no value.
     */
    private static final java.util.Set<String> SYMBOL_VALUES = java.util.Set.of("#", "X");

    /** A written mark that says there is no value at all: a missing-value mark that stands for no value. */
    public static boolean isNoValueMark(String raw) {
        String t = VietText.clean(raw);
        return !t.isEmpty() && isMissingMark(t) && !SYMBOL_VALUES.contains(t);
    }

    /** The two bounds of a range ("15 - 24", "từ 5 đến 10", "7 to 16"), else null. */
    public static double[] rangeBounds(String raw, boolean english) {
        Matcher m = RANGE.matcher(VietText.clean(raw).toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        Double low = VietNumber.parse(m.group(1), english);
        Double high = VietNumber.parse(m.group(2), english);
        return low == null || high == null ? null : new double[] {low, high};
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
        for (Bound bound : english ? TRAILING_BOUNDS_IN_ENGLISH : TRAILING_BOUNDS) {
            if (t.endsWith(bound.phrase())) {
                flags.add(bound.flag().code());
                t = t.substring(0, t.length() - bound.phrase().length()).replaceFirst("^(?:từ|from)\\s+", "").trim();
                break;
            }
        }
        for (Bound bound : english ? BOUNDS_IN_ENGLISH : BOUNDS) {
            if (t.startsWith(bound.phrase())) {
                flags.add(bound.flag().code());
                t = t.substring(bound.phrase().length()).trim();
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

    @SafeVarargs
    private static List<Bound> concat(List<Bound>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
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
