package org.genstat.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.text.VietText;
import org.genstat.units.UnitResolver;

/**
 * The lines above a table ("UBND TỈNH KON TUM", "BÁO CÁO KẾT QUẢ … NĂM 2023"): who reports and
 * for which year, each with the cell that said it.
 */
public final class TitleBlock {
    private static final Pattern UNIT_MENTION = Pattern.compile(
            "\\b(tinh|thanh pho|tp|thi xa|huyen|quan|xa|phuong|thi tran|dac khu)\\s+([a-z0-9][a-z0-9 ]*)");
    private static final Pattern PREFIX_WORD = Pattern.compile(
            "(?<![\\p{L}])(tỉnh|thành phố|tp\\.|thị xã|thị trấn|huyện|quận|xã|phường|đặc khu)(?![\\p{L}])");
    private static final Pattern CLAUSE = Pattern.compile(
            "(?<![\\p{L}])(năm\\s+(19|20)[0-9]{2}|về|của|thực hiện|báo cáo|kế hoạch|giai đoạn)(?![\\p{L}]).*$");
    private static final Pattern CLAUSE_ASCII = Pattern.compile(
            "(?<![a-z])(nam\\s+(19|20)[0-9]{2}|bao cao|ke hoach|thuc hien|giai doan)(?![a-z]).*$");
    /** A line that titles the report, as opposed to a preamble ("Căn cứ Kế hoạch số …"). */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "^(bao cao|tong hop|ket qua|ke hoach|bieu|phu luc|chi tieu|muc tieu|so lieu)\\b.*");
    /** "năm 2023", but not the first year of a period ("năm 2021 - 2025" is a plan's span, not its year). */
    private static final Pattern REPORT_YEAR = Pattern.compile(
            "năm\\s+((?:19|20)[0-9]{2})(?![0-9])(?!\\s*[-–—]\\s*(?:19|20)?[0-9]{2}(?![0-9]))");

    /** "2021 - 2025", "2016–2020", "2021-30": the span a plan covers. */
    public static final Pattern PERIOD = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})\\s*[-–—_]\\s*((?:19|20)?[0-9]{2})(?![0-9])");

    /** A place named in the title: prefix and name words, most specific last as written. */
    public record Mention(String prefix, String words, String written, String cell) {
        /** The place as the resolver takes it. */
        public UnitResolver.Place place() {
            return new UnitResolver.Place(prefix, words, written);
        }
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();
    private String fileName;
    private Integer year;
    private String kind;
    private String kindCell;
    private String yearCell;
    private Integer periodStart;
    private String periodWritten;

    /** What the report's own title says its values are ("BÁO CÁO KẾT QUẢ …" results, "KẾ HOẠCH …" targets). */
    public String kind() {
        return kind;
    }

    public String kindCell() {
        return kindCell;
    }

    public void add(String text, String cell) {
        if (kind == null && REPORT_TITLE.matcher(VietText.words(text)).matches()) {
            kind = HeaderWords.kind(text);
            kindCell = kind == null ? null : cell;
        }
        String lower = VietText.lower(text);
        Matcher period = PERIOD.matcher(lower);
        if (periodStart == null && period.find()) {
            periodStart = Integer.valueOf(period.group(1));
            periodWritten = period.group() + " (" + cell + ")";
        }
        Matcher y = REPORT_YEAR.matcher(lower);
        while (y.find()) {
            if (year == null) {
                year = Integer.valueOf(y.group(1));
                yearCell = cell;
            }
        }
        for (String part : places(text)) {
            // Cut where a new clause starts, so "UBND tỉnh Kon Tum năm 2017" names "kon tum"; with
            // diacritics "năm" (year) and "của" (of) are told from the names "Nam" and "Cửa".
            String lowerPart = VietText.lower(part);
            boolean ascii = VietText.fold(lowerPart).equals(lowerPart);
            String kept = (ascii ? CLAUSE_ASCII : CLAUSE).matcher(lowerPart).replaceFirst("");
            String w = VietText.words(kept);
            Matcher m = UNIT_MENTION.matcher(w);
            if (m.find()) {
                String words = m.group(2).trim();
                mentions.add(new Mention(m.group(1), words, ascii ? null : written(kept, w, m.start(2), words), cell));
            }
        }
    }

    /**
     * The line cut before each place it names: "UBND XÃ HÀ BẮC, HUYỆN A, TỈNH B" is three places. Commas
     * cut (not dashes: "Phường Văn Miếu - Quốc Tử Giám" is one name); so do the prefixes themselves where diacritics tell them from name words ("huyện"
     * is a prefix, "Huyền" a name). Without diacritics only the punctuation cuts.
     */
    static List<String> places(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split("[,;\\n]")) {
            String lower = VietText.lower(piece);
            if (VietText.fold(lower).equals(lower)) {
                out.add(piece);
                continue;
            }
            Matcher p = PREFIX_WORD.matcher(lower);
            int start = 0;
            while (p.find()) {
                if (!lower.substring(p.end()).matches("\\s+\\p{L}.*")
                        || PREFIX_WORD.matcher(lower.substring(start, p.start()).trim()).matches()) {
                    continue; // "Xã Tân Xã", "Phường Phường Đúc": a prefix word inside the name is part of it
                }
                if (p.start() > start) {
                    out.add(piece.substring(start, p.start()));
                }
                start = p.start();
            }
            out.add(piece.substring(start));
        }
        return out;
    }

    /** The same words with their diacritics ("minh quán" for "minh quan"), which tell some names apart. */
    private static String written(String kept, String folded, int start, String words) {
        String[] tokens = kept.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ");
        int from = folded.substring(0, start).trim().isEmpty() ? 0 : folded.substring(0, start).trim().split(" ").length;
        int n = words.split(" ").length;
        if (from + n > tokens.length || !VietText.fold(String.join(" ", java.util.Arrays.copyOfRange(tokens, from,
                from + n))).equals(words)) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, from, from + n));
    }

    /** A sheet's name may name the unit ("Xa Ha Bac") or the year ("2023"): weaker than a title line. */
    public void addSheetName(String name) {
        sheetNames.add(name);
    }

    /** The file name, weakest of all: "UBND-xa-Ha-Bac-bao-cao-2026.xlsx". */
    public void addFileName(String name) {
        fileName = name.replaceFirst("\\.[A-Za-z0-9]+$", "").replaceAll("[-_.]+", " ");
    }

    /** Places named by the title lines, else by the sheet names, else by the file name. */
    public List<Mention> mentionsWithFallbacks() {
        if (!mentions.isEmpty()) {
            return mentions;
        }
        TitleBlock weaker = new TitleBlock();
        sheetNames.forEach(n -> weaker.add(n, "sheet name '" + n + "'"));
        if (weaker.mentions.isEmpty() && fileName != null) {
            weaker.add(fileName, "file name");
        }
        return weaker.mentions;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** The first year of the period the title names, or null: where the report's units are looked up. */
    public Integer periodStart() {
        return periodStart;
    }

    public String periodWritten() {
        return periodWritten;
    }

    public Integer year() {
        return year;
    }

    public String yearCell() {
        return yearCell;
    }
}
