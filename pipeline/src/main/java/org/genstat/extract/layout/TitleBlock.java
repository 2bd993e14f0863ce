package org.genstat.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.text.VietText;

/**
 * The lines above a table ("UBND TỈNH KON TUM", "BÁO CÁO KẾT QUẢ … NĂM 2023"): who reports and
 * for which year, each with the cell that said it.
 */
public final class TitleBlock {
    private static final Pattern UNIT_MENTION = Pattern.compile(
            "\\b(tinh|thanh pho|tp|thi xa|huyen|quan|xa|phuong|thi tran|dac khu)\\s+([a-z0-9][a-z0-9 ]*)");
    private static final Pattern REPORT_YEAR = Pattern.compile("năm\\s+((?:19|20)[0-9]{2})(?![0-9])");

    /** A place named in the title: prefix and name words, most specific last as written. */
    public record Mention(String prefix, String words, String cell) {
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();
    private String fileName;
    private Integer year;
    private String yearCell;

    public void add(String text, String cell) {
        String lower = VietText.lower(text);
        Matcher y = REPORT_YEAR.matcher(lower);
        while (y.find()) {
            if (year == null) {
                year = Integer.valueOf(y.group(1));
                yearCell = cell;
            }
        }
        // Cut the line where a new clause starts, so "UBND tỉnh Kon Tum năm 2017" names "kon tum".
        String w = VietText.words(text).replaceAll("\\b(nam|ve|cua|thuc hien|bao cao|ke hoach|giai doan)\\b.*$", "");
        Matcher m = UNIT_MENTION.matcher(w);
        while (m.find()) {
            mentions.add(new Mention(m.group(1), m.group(2).trim(), cell));
        }
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

    public Integer year() {
        return year;
    }

    public String yearCell() {
        return yearCell;
    }
}
