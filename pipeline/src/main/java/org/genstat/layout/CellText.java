package org.genstat.layout;

import org.genstat.vocabulary.Flag;
import java.util.regex.Pattern;
import org.genstat.extract.layout.HeaderWords;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.value.ParsedValue;
import org.genstat.extract.value.ValueParser;
import org.genstat.text.VietText;

/** What a cell looks like to the layout: a value, a missing-value mark, a year, or words. */
final class CellText {
    /** Numbers as statistics offices write them: "2 871", "-21 139", "959,4", "1.234,5", "(12)", "12.5%", "7.9*". */
    private static final Pattern NUMBER = Pattern.compile(
            "[-−–—+]?\\(?[0-9][0-9 \u00A0\u202F.,']*\\)?\\s*%?\\s*(\\*{1,3}|\\([a-z*]\\)|[a-z])?", Pattern.CASE_INSENSITIVE);

    private CellText() {
    }

    /** "2003/04", "2022-2023": a school or fiscal year, two consecutive years. */
    private static final Pattern YEAR_SPAN = Pattern.compile("((?:19|20)[0-9]{2})\\s*[/–-]\\s*((?:19|20)?[0-9]{2})");

    /** "2008/1", "2009/12", "06.01.2010", "31/12/2023": a quarter, a month or a date, which heads a column. */
    private static final Pattern PERIOD_OR_DATE = Pattern.compile(
            "(?:19|20)[0-9]{2}\\s*/\\s*(?:0?[1-9]|1[0-2])|[0-3]?[0-9]([./])[01]?[0-9]\\1(?:19|20)?[0-9]{2}");

    /** A number, a missing-value mark or a status word: what a value cell holds. */
    static boolean isValue(SheetCell c) {
        return c.number() != null || !isYearSpan(c.text()) && !PERIOD_OR_DATE.matcher(VietText.clean(c.text())).matches()
                && yearWithUnit(c.text()) == null && (isNumberText(c.text()) || isMissing(c.text()) || isStatus(c.text()));
    }

    /** A heading, though it parses as the fraction 2003/4. */
    static boolean isYearSpan(String text) {
        java.util.regex.Matcher m = YEAR_SPAN.matcher(VietText.clean(text));
        if (!m.matches()) {
            return false;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return second == (m.group(2).length() == 2 ? (first + 1) % 100 : first + 1);
    }

    static boolean isNumber(SheetCell c) {
        return c.number() != null || isNumberText(c.text());
    }

    static boolean isNumberText(String text) {
        String t = VietText.clean(text); // not strip(): statistical exports pad numbers with no-break spaces
        return !t.isEmpty() && t.length() <= 40 && NUMBER.matcher(t).matches() && t.chars().anyMatch(Character::isDigit);
    }

    static boolean isMissing(String text) {
        return !VietText.clean(text).isEmpty() && ValueParser.isMissingMark(text);
    }

    /**
     * A cell that says there is no value ("..", "-", "x", "n/a"): it shapes the table as a value
     * cell does, but is no entry of it, as in the canonical tables of the literature.
     */
    static boolean isNoValue(SheetCell c) {
        return c.number() == null && ValueParser.isNoValueMark(c.text());
    }

    /**
     * What a body cell under a value column holds: a value, or a range ("7 to 16"), which in a
     * header names a group ("15 - 24") but under a heading is the value of its row.
     */
    static boolean isBodyValue(SheetCell c) {
        return isValue(c) || isRange(c);
    }

    static boolean isRange(SheetCell c) {
        return c.number() == null && ValueParser.rangeBounds(c.text(), false) != null;
    }

    /** "Duy trì", "Đạt", "Chưa phát hiện", "1/100.000": values in words that the value parser knows. */
    private static boolean isStatus(String text) {
        if (text.length() > 40) {
            return false;
        }
        ParsedValue p = ValueParser.parse(text);
        // A range ("15 - 24") is left out: in a header it names an age group, not a value.
        return p.kind() == ParsedValue.Kind.TEXT && p.flags().contains(Flag.TEXT_STATUS.code())
                || p.kind() == ParsedValue.Kind.NUMBER && text.chars().anyMatch(Character::isDigit);
    }

    /** The year a cell names by itself ("2016", "Sơ bộ 2019", "2019 (*)", "Prel. 2015"), else null. */
    static Integer year(SheetCell c) {
        if (c.number() != null) {
            double v = c.number();
            return v == Math.rint(v) && v >= 1900 && v <= 2100 ? (int) v : null;
        }
        return HeaderWords.yearAlone(c.text());
    }

    private static final Pattern YEAR_WITH_UNIT = Pattern.compile("((?:19|20)[0-9]{2})\\s+\\p{L}[\\p{L} .]*");

    /** "2004 petajoules", "2005 current dollars": a year over the unit of its column, a heading; else null. */
    static Integer yearWithUnit(String text) {
        java.util.regex.Matcher m = YEAR_WITH_UNIT.matcher(VietText.clean(text));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A row number or code in a stub: "1", "2.", "1.1", "I", "IV.", "a)", "(1)". */
    static boolean isOrdinal(String text) {
        return VietText.clean(text).matches("\\(?([0-9]{1,3}(\\.[0-9]{1,3}){0,3}|[IVXivx]{1,5}|[a-zđ])[.)]?\\)?");
    }
}
