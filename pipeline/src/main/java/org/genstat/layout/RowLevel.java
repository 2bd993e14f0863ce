package org.genstat.layout;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.text.VietText;

/**
 * How deep a row heading sits in the stub's hierarchy, from what a reader sees: numbering (I, 1,
 * 1.1, a), -, +), indentation (the format's or leading spaces), boldness, and the words that open a
 * sub-row ("Trong đó", "- Nữ"). Smaller is outer. Numbered levels sit above unnumbered ones.
 */
final class RowLevel {
    /** A level that says "child of the row right above", whatever that row's level. */
    static final int SUB_ROW = Integer.MAX_VALUE;
    private static final int DASH = 50;
    private static final int PLUS = 60;

    /** Numbering, outermost first: I. → 1. → 1.1 → 1.1.1 → a) → - → +. */
    private static final List<Map.Entry<Pattern, Integer>> NUMBERING = List.of(
            Map.entry(Pattern.compile("^[IVX]{1,5}[.)]?\\s.*|^[IVX]{1,5}[.)]$"), 0),
            Map.entry(Pattern.compile("^[0-9]+\\.[0-9]+\\.[0-9]+.*"), 30),
            Map.entry(Pattern.compile("^[0-9]+\\.[0-9]+(?![0-9]).*"), 20),
            Map.entry(Pattern.compile("^[0-9]{1,2}\\s*[.)](\\s.*|$)|^[0-9]{1,2}$"), 10),
            Map.entry(Pattern.compile("^[a-zđ][.)](\\s.*|$)"), 40),
            Map.entry(Pattern.compile("^[-–•]\\s*\\S.*"), DASH),
            Map.entry(Pattern.compile("^[+*]\\s*\\S.*"), PLUS));
    private static final Pattern SUB_WORDS = Pattern.compile(
            "^(trong do|trong so|of which|in which|thereof)\\b.*|^(nu|nam|nu gioi|nam gioi|phu nu|tre em gai|tre em trai"
                    + "|be gai|be trai|males?|females?|men|women|boys|girls|tong so|total|both sexes|chung)$");
    /**
     * A row label that says "all of the list": Vietnamese and English, and the words the statistics
     * offices of Europe print (i alt, totalt, insgesamt, ensemble, totaal, yhteensä, samtliga).
     */
    private static final Pattern TOTAL_WORDS = Pattern.compile("^(tong so|tong cong|tong|total|all|both sexes|chung|cong"
            + "|i alt|totalt|insgesamt|zusammen|ensemble|totaal|yhteensa|samtliga)$");

    private RowLevel() {
    }

    /** 1 for a dash or sub-row, 2 for a plus: levels that mean "under the row above"; 0 otherwise. */
    static int bullet(int level) {
        return level == DASH || level == SUB_ROW ? 1 : level == PLUS ? 2 : 0;
    }

    static int of(SheetCell c) {
        String raw = c.text();
        String t = VietText.clean(raw);
        for (Map.Entry<Pattern, Integer> n : NUMBERING) {
            if (n.getKey().matcher(t).matches()) {
                return n.getValue();
            }
        }
        if (SUB_WORDS.matcher(folded(t)).matches() && t.length() < 60) {
            return SUB_ROW;
        }
        return indented(c);
    }

    /**
     * "Total", "Tổng số": a sub-row under a heading that has no values of its own (or beside the sex
     * sub-rows under it), but the sum of a list when it follows a row of values, so a sibling of that row.
     */
    static boolean isTotal(SheetCell c) {
        return TOTAL_WORDS.matcher(folded(VietText.clean(c.text()))).matches();
    }

    private static String folded(String t) {
        return VietText.fold(t).replaceAll("[:.,]", " ").replaceAll("\\s+", " ").trim();
    }

    /** The level indentation and boldness give, numbering and sub-row words aside. */
    static int indented(SheetCell c) {
        String raw = c.text();
        int spaces = 0;
        while (spaces < raw.length() && (raw.charAt(spaces) == ' ' || raw.charAt(spaces) == '\u00A0')) {
            spaces++;
        }
        return 100 + 10 * (c.indent() + spaces / 2) + (c.bold() ? 0 : 5);
    }
}
