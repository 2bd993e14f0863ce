package org.genstat.extract.layout;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.text.VietText;
import org.genstat.vocabulary.Kind;
import org.genstat.vocabulary.Sex;

/** The words a header cell uses to say what its column holds, in Vietnamese and in English. */
public final class HeaderWords {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    // Compiled once: these run for every header cell of every report (String.matches compiles each time).
    private static final Pattern ESTIMATE_WORDS = Pattern.compile("\\b(uoc|uoc thuc hien|uoc tinh|uth|du kien|estimate)\\b");
    private static final Pattern ACTUAL_WORDS = Pattern.compile("\\b(thuc hien|ket qua|so lieu|actual|dat duoc|th|kq)\\b");
    private static final Pattern TARGET_WORDS = Pattern.compile("\\b(ke hoach|chi tieu|muc tieu|phan dau|target|plan|kh|ct|mt)\\b");
    private static final Pattern BASELINE_WORDS = Pattern.compile("\\b(nam co so|so lieu co so|gia tri co so|muc co so|nam goc|baseline)\\b");
    private static final Pattern NUMBERS_ONLY = Pattern.compile("[0-9 +-]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern A_YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    private static final Pattern LABEL_FILLER = Pattern.compile("\\bprel\\.?|\\(?sơ bộ\\)?|\\bước\\b|ước thực hiện|ước tính"
            + "|thực hiện|kết quả|số liệu|kế hoạch|chỉ tiêu|mục tiêu|phấn đấu|cơ sở|năm gốc|năm|đến|giai đoạn|tổng số|tổng"
            + "|chung|cộng|nữ|nam|\\bkỳ\\b|\\btotal\\b|\\bmale\\b|\\bfemale\\b|\\byear\\b|\\[yr\\]");
    private static final Pattern NOT_LABEL_CHARS = Pattern.compile("[^\\p{L}\\p{N}%]+");
    private static final Pattern YEAR_MARKERS = Pattern.compile("\\[YR\\]|\\bPrel\\.?");
    private static final Pattern YEAR_ALONE = Pattern.compile(
            "(năm|sơ bộ|so bo|prel\\.?|pre\\.?|ước|uoc|dự kiến|du kien|fy)?\\s*((?:19|20)[0-9]{2})\\s*"
                    + "(\\(\\*+\\)|\\*+|\\([a-z]\\)|[a-z]|[0-9]\\))?", Pattern.CASE_INSENSITIVE);
    private static final List<String> LABEL_HEADERS = List.of("chi tieu", "ten chi tieu", "noi dung",
            "noi dung chi tieu", "muc tieu chi tieu", "nhom chi tieu", "ten chi so", "chi so", "indicator",
            "indicators", "series name", "items", "iterms", "item");
    private static final List<String> ORDER_HEADERS = List.of("stt", "tt", "so tt", "so thu tu", "ma so");
    private static final List<String> CODE_HEADERS = List.of("ma chi tieu", "ma so chi tieu", "series code",
            "indicator code", "ma chi so");
    private static final List<String> UNIT_HEADERS = List.of("dvt", "don vi tinh", "don vi do", "unit",
            "unit of measure", "don vi");
    private static final List<String> AREA_HEADERS = List.of("ten don vi", "don vi bao cao", "xa phuong",
            "xa phuong thi tran", "tinh thanh pho", "quan huyen", "dia phuong", "dia ban", "cities provincies",
            "cities provinces", "province", "provinces", "region", "country name", "country", "ten xa", "ten tinh",
            "ten huyen", "don vi hanh chinh");
    private static final List<String> AREA_CODE_HEADERS = List.of("ma don vi", "ma xa", "ma tinh", "ma huyen",
            "country code", "ma dvhc", "ma don vi hanh chinh");
    private static final List<String> YEAR_HEADERS = List.of("nam", "year", "nam bao cao", "ky bao cao", "thoi gian");
    private static final List<String> SEX_HEADERS = List.of("gioi tinh", "sex", "gioi");
    private static final List<String> AGENCY_WORDS = List.of("co quan", "don vi chu tri", "don vi thuc hien",
            "don vi phu trach", "chu tri", "phu trach", "trach nhiem");
    /** Breakdowns other than sex (residence, age): genstat does not read them as series. */
    private static final List<String> OTHER_BREAKDOWNS = List.of("urban", "rural", "thanh thi", "nong thon");
    private static final List<String> ENGLISH = List.of("year", "total", "male", "female", "items", "iterms",
            "indicators", "series name", "cities provincies", "cities provinces", "region", "sex", "country name");

    private HeaderWords() {
    }

    public static boolean isLabelHeader(String text) {
        if (year(text) != null) {
            return false; // "Chỉ tiêu năm 2025" heads a column of targets, not the indicator names
        }
        String w = VietText.words(text);
        return LABEL_HEADERS.contains(w) || w.startsWith("chi tieu ") && w.length() < 40
                || w.startsWith("noi dung ") && w.length() < 40;
    }

    /** The role a header says, or null when it names no role (a first column of a statistical table). */
    public static ColumnRole roleOf(String header) {
        String w = VietText.words(header);
        if (ORDER_HEADERS.contains(w)) {
            return ColumnRole.ORDER;
        }
        if (CODE_HEADERS.contains(w)) {
            return ColumnRole.CODE;
        }
        if (UNIT_HEADERS.contains(w) || w.startsWith("don vi tinh")) {
            return ColumnRole.MEASURE_UNIT;
        }
        if (AREA_HEADERS.contains(w)) {
            return ColumnRole.UNIT;
        }
        if (AREA_CODE_HEADERS.contains(w)) {
            return ColumnRole.UNIT_CODE;
        }
        if (YEAR_HEADERS.contains(w)) {
            return ColumnRole.YEAR;
        }
        if (SEX_HEADERS.contains(w)) {
            return ColumnRole.SEX;
        }
        if (w.startsWith("ghi chu") || w.equals("note") || w.equals("notes")) {
            return ColumnRole.NOTE;
        }
        if (AGENCY_WORDS.stream().anyMatch(w::contains)) {
            return ColumnRole.AGENCY;
        }
        if (isLabelHeader(header)) {
            return ColumnRole.LABEL;
        }
        if (looksLikeYear(header)) {
            return ColumnRole.VALUE;
        }
        if (OTHER_BREAKDOWNS.contains(w) || NUMBERS_ONLY.matcher(w).matches()) {
            return ColumnRole.IGNORED;
        }
        if (year(header) != null || kind(header) != null || sex(header) != null) {
            return ColumnRole.VALUE;
        }
        return null;
    }

    /** A short heading that only says a year, a kind or a sex: what a header cell looks like. */
    public static boolean isPureValueHeading(String header) {
        return VietText.clean(header).length() <= 40 && roleOf(header) == ColumnRole.VALUE;
    }

    public static boolean isEnglish(String header) {
        return ENGLISH.contains(VietText.words(header));
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

    public static boolean preliminary(String text) {
        String w = VietText.words(text);
        return w.startsWith("prel ") || w.startsWith("pre ") || w.contains("so bo") || w.contains("preliminary");
    }

    /** actual, estimate, target or baseline, or null when the header does not say. */
    public static String kind(String text) {
        String w = VietText.words(text);
        // Abbreviations as forms print them: ƯTH/UTH estimate, TH/KQ result, KH/CT/MT plan.
        if (ESTIMATE_WORDS.matcher(w).find()) {
            return Kind.ESTIMATE.code();
        }
        if (ACTUAL_WORDS.matcher(w).find()) {
            return Kind.ACTUAL.code();
        }
        if (TARGET_WORDS.matcher(w).find()) {
            return Kind.TARGET.code();
        }
        // "cơ sở" alone also means grassroots ("thông tin cơ sở"): only the baseline phrases count.
        if (BASELINE_WORDS.matcher(w).find()) {
            return Kind.BASELINE.code();
        }
        return null;
    }

    /**
     * F, M or T from the words "Nữ", "Nam", "Tổng số"/"Chung" (or Female, Male, Total); null when
     * no sex is named. Not folded: "nam" (male) and "năm" (year) differ only by their diacritic.
     */
    public static String sex(String text) {
        String lower = VietText.lower(text).replace("trong đó", " ");
        String found = null;
        for (String token : NON_LETTERS.split(lower)) {
            String s = switch (token) {
                case "nữ", "female", "women", "girls" -> Sex.F.code();
                case "nam", "male", "men", "boys" -> Sex.M.code();
                case "tổng", "chung", "cộng", "total" -> Sex.T.code();
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

    /**
     * What a value header says besides its year, kind, sex and filler words: the indicator, in
     * tables whose columns are indicators ("Crude birth rate 2005" → "Crude birth rate").
     */
    public static String labelPart(String header) {
        String w = LABEL_FILLER.matcher(A_YEAR.matcher(VietText.lower(header)).replaceAll(" ")).replaceAll(" ");
        w = NOT_LABEL_CHARS.matcher(w).replaceAll(" ").trim();
        if (w.isEmpty()) {
            return null;
        }
        String label = YEAR_MARKERS.matcher(A_YEAR.matcher(VietText.clean(header)).replaceAll("")).replaceAll("");
        return label.replaceAll("\\s+", " ").trim();
    }

    /** A heading that is a year and nothing else: "2016", "Năm 2016", "Sơ bộ 2019", "Prel. 2015", "2019 (*)". */
    public static boolean looksLikeYear(String text) {
        return yearAlone(text) != null;
    }

    /** The year a heading names by itself (see {@link #looksLikeYear}), else null. */
    public static Integer yearAlone(String text) {
        Matcher m = YEAR_ALONE.matcher(VietText.clean(text));
        return m.matches() ? Integer.valueOf(m.group(2)) : null;
    }
}
