package org.genstat.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.genstat.extract.layout.HeaderWords;
import org.genstat.extract.value.ParsedValue;
import org.genstat.extract.value.ValueParser;
import org.genstat.layout.CanonicalCell;
import org.genstat.layout.Heading;
import org.genstat.text.VietText;

/**
 * Interprets the canonical cells of national statistics (GSO PX-Web exports, World Bank extracts):
 * the year and sex from headings, the unit from a row that names a province or the country (else
 * the table is national), the indicator from the remaining words with the table's title. A value
 * lands only when nothing contradicts that identity: a cell under a breakdown other than sex
 * (residence, age group, region, household head) or under two different years is withheld.
 */
final class StatisticalTables {
    private static final Pattern SERIES_CODE = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+");
    private static final Pattern OTHER_BREAKDOWN = Pattern.compile(
            "(?i).*\\b(urban|rural|thanh thi|nong thon|general|quintile|ngu phan vi|nhom tuoi|age group|region|vung"
                    + "|cong lap|ngoai cong lap|chu ho)\\b.*|.*[0-9]+\\s*(-|–|to)\\s*[0-9]+.*|.*[0-9]+\\s*\\+.*");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?[0-9]+\\.[0-9]{1,2}|-?[0-9]{4,}\\.[0-9]+");

    private record Cell(CanonicalCell canonical, Integer year, boolean preliminary, String sex, String unit,
                        boolean place, String label, String code, String problem) {
    }

    private final String path;
    private final String sha256;
    private final long submittedAt;
    private final UnitLookup units;
    private final Sink sink;
    private final Map<Integer, List<Cell>> byTable = new LinkedHashMap<>();
    private int observations;
    private int withheld;
    private boolean decimalPoint;

    StatisticalTables(String path, String sha256, long submittedAt, UnitLookup units, Sink sink) {
        this.path = path;
        this.sha256 = sha256;
        this.submittedAt = submittedAt;
        this.units = units;
        this.sink = sink;
    }

    void add(CanonicalCell c) {
        decimalPoint |= c.value().number() == null && DECIMAL_POINT.matcher(c.value().text().strip()).matches();
        byTable.computeIfAbsent(c.sheet().hashCode() * 31 + c.table(), k -> new ArrayList<>()).add(read(c));
    }

    /** Writes what can land and says why the rest does not. */
    void finish() {
        for (List<Cell> table : byTable.values()) {
            boolean byPlace = table.stream().anyMatch(c -> c.place() && !"VN".equals(c.unit()));
            int notUnits = 0;
            for (Cell c : table) {
                if (c.problem() != null) {
                    withheld++;
                    continue;
                }
                if (c.unit() == null && byPlace) {
                    notUnits++; // a region or a country among provinces: no unit of the register
                    continue;
                }
                emit(c, c.unit() == null ? "VN" : c.unit());
            }
            if (notUnits > 0) {
                CanonicalCell first = table.get(0).canonical();
                sink.issue(new IngestIssue(path, first.sheet(), null, IngestIssue.INFO, "unit_unknown", notUnits
                        + " value(s) in rows that name no province of the register (regions, other countries) were"
                        + " not read"));
            }
        }
        if (withheld > 0) {
            sink.issue(new IngestIssue(path, null, null, IngestIssue.INFO, "breakdown_not_read", withheld
                    + " value(s) are broken down by something other than sex (residence, age group, region, sex of the"
                    + " household head), are derived (indices, changes) or have no year; genstat keeps series by sex"
                    + " only, so they were not read"));
        }
    }

    private Cell read(CanonicalCell c) {
        Integer year = null;
        boolean preliminary = false;
        String sex = null;
        String unit = null;
        boolean place = false;
        String code = null;
        List<String> rowWords = new ArrayList<>();
        List<String> columnWords = new ArrayList<>();
        String title = null;
        for (Heading h : c.headings()) {
            String text = h.text();
            if (h.axis() == Heading.Axis.TITLE) {
                title = title == null ? TableExtractor.statisticalTitle(text) : title;
                continue;
            }
            if (h.axis() != Heading.Axis.COLUMN && h.axis() != Heading.Axis.ROW) {
                continue;
            }
            Integer y = HeaderWords.looksLikeYear(text) || text.matches("(?i)(sơ bộ|prel\\.?|pre\\.?)\\s*\\d{4}.*|\\d{4}\\s*\\(.*")
                    ? HeaderWords.year(text) : null;
            if (y != null) {
                if (year != null && !year.equals(y)) {
                    return problem(c, "two years");
                }
                year = y;
                preliminary |= HeaderWords.preliminary(text) || text.toLowerCase(java.util.Locale.ROOT).startsWith("pre");
                continue;
            }
            if (SERIES_CODE.matcher(text).matches() && h.axis() == Heading.Axis.ROW) {
                code = text;
                continue;
            }
            String s = sexWord(text);
            if (s != null) {
                if (sex != null && !sex.equals(s)) {
                    return problem(c, "two sexes");
                }
                sex = s;
                continue;
            }
            if (h.axis() == Heading.Axis.ROW && !place) {
                String u = units.code(text, null, null, year == null ? 2019 : year);
                if (u != null && (u.length() <= 2)) {
                    unit = u;
                    place = true;
                    continue;
                }
                if (u == null && otherBreakdown(text)) {
                    return problem(c, "another breakdown");
                }
            }
            if (otherBreakdown(text) && h.axis() == Heading.Axis.COLUMN) {
                return problem(c, "another breakdown");
            }
            (h.axis() == Heading.Axis.ROW ? rowWords : columnWords).add(text);
        }
        if (c.derived()) {
            return problem(c, "derived");
        }
        if (year == null && title != null && HeaderWords.year(title) != null
                && title.replaceAll("(19|20)[0-9]{2}", "").length() == title.length() - 4) {
            year = HeaderWords.year(title); // "… in 2015 by region": the title's only year
        }
        if (year == null) {
            return problem(c, "no year");
        }
        if (!rowWords.isEmpty() && !columnWords.isEmpty() && code == null) {
            return problem(c, "another breakdown"); // indicator down the rows and something else across
        }
        List<String> words = rowWords.isEmpty() ? columnWords : rowWords;
        String label = words.isEmpty() ? (title == null ? "" : title) : String.join(" / ", words);
        return new Cell(c, year, preliminary, sex == null ? "T" : sex, unit, place, label, code, null);
    }

    private static boolean otherBreakdown(String text) {
        return OTHER_BREAKDOWN.matcher(VietText.words(text)).matches()
                || OTHER_BREAKDOWN.matcher(VietText.fold(VietText.clean(text))).matches();
    }

    private Cell problem(CanonicalCell c, String why) {
        return new Cell(c, null, false, null, null, false, null, null, why);
    }

    /** A heading that is a sex and nothing else: "Nữ", "Male", "Tổng số", "Both sexes". */
    private static String sexWord(String text) {
        String w = VietText.words(text);
        return switch (w) {
            case "nu", "female", "females", "women" -> "F";
            case "male", "males", "men" -> "M";
            case "tong so", "total", "both sexes", "chung", "tong" -> "T";
            default -> "nam".equals(w) && VietText.lower(text).strip().equals("nam") ? "M" : null;
        };
    }

    private void emit(Cell c, String unit) {
        CanonicalCell cc = c.canonical();
        ParsedValue p = cc.value().number() != null
                ? ValueParser.ofNumber(cc.value().number(), cc.value().percentFormat(), cc.value().text())
                : ValueParser.parse(cc.value().text(), decimalPoint);
        if (!p.isObservation()) {
            return; // "..", "-": not published
        }
        List<String> flags = new ArrayList<>(p.flags());
        if (c.preliminary() && !flags.contains(ParsedValue.PRELIMINARY)) {
            flags.add(ParsedValue.PRELIMINARY);
        }
        observations++;
        sink.observation(new RawObservation(sha256, path, cc.sheet(), cc.value().ref(), c.label(), c.code(),
                titleOf(cc), null, null, c.label(), unit, 0, c.year(), c.sex(), "actual", p.value(), p.denominator(),
                p.text(), List.copyOf(flags), submittedAt));
    }

    private static String titleOf(CanonicalCell c) {
        return c.on(Heading.Axis.TITLE).findFirst().map(h -> TableExtractor.statisticalTitle(h.text())).orElse(null);
    }

    int observations() {
        return observations;
    }
}
