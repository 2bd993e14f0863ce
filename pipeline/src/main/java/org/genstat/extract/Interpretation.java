package org.genstat.extract;

import org.genstat.ingest.IngestIssue;
import org.genstat.ingest.Sources;
import org.genstat.vocabulary.Flag;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Kind;
import org.genstat.vocabulary.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.genstat.extract.layout.HeaderWords;
import org.genstat.extract.value.ParsedValue;
import org.genstat.text.StatedUnit;
import org.genstat.extract.value.ValueParser;
import org.genstat.layout.CanonicalCell;
import org.genstat.layout.Heading;
import org.genstat.text.VietText;
import org.genstat.vocabulary.Sex;

/**
 * The second stage: turns canonical cells (a value with its headings) into raw observations. The
 * year, kind and sex come from headings; the indicator from the remaining words with the table's
 * title. For national statistics (GSO PX-Web exports) the unit is a province a row names, else the
 * country, and values are results; for a unit's report the unit and report year are the report's,
 * and the kind must be said by a heading or a title. A value lands only when nothing contradicts
 * its identity: a cell under a breakdown other than sex, under two years or sexes, derived, without
 * a year or without a stated kind is withheld, and the count of each is reported.
 */
final class Interpretation {
    private static final Pattern SERIES_CODE = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+");
    private static final Pattern OTHER_BREAKDOWN = Pattern.compile(
            "(?i).*\\b(urban|rural|thanh thi|nong thon|general|quintile|ngu phan vi|nhom tuoi|age group|region|vung"
                    + "|cong lap|ngoai cong lap|chu ho)\\b.*|.*[0-9]+\\s*(-|–|to)\\s*[0-9]+.*|.*[0-9]+\\s*\\+.*");
    /** Kind words before a year ("TH 2016", "Kế hoạch năm 2020"): the year is still the heading's only year. */
    private static final Pattern KIND_WORDS = Pattern.compile(
            "(?i)^\\s*(thực hiện|kế hoạch|mục tiêu|ước thực hiện|ước|kết quả|chỉ tiêu|th|kh|ưth|uth|kq|ct|mt)\\s+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?[0-9]+\\.[0-9]{1,2}|-?[0-9]{4,}\\.[0-9]+");

    private static final String DERIVED = "derived from other values (a structure in %, an index, a change)";
    private static final String OTHER = "broken down by something other than sex (residence, age group, region,"
            + " sex of the household head)";
    private static final String TWO_YEARS = "under two different years";
    private static final String TWO_SEXES = "under two different sexes";
    private static final String TWO_KINDS = "under headings of two different kinds";
    private static final String NO_YEAR = "without a year";
    private static final String NO_KIND = "whose kind (result, estimate, target) no heading or title states";
    private static final String FUTURE_RESULT = "given as results for a year after the report year";

    /** @param measureUnit the unit of measure the headings and title state ("Nghìn người", "%"), or null */
    private record Cell(CanonicalCell canonical, Integer year, boolean preliminary, String sex, String unit,
                        boolean place, String label, String title, String code, String kind, String measureUnit,
                        String problem) {
    }

    private final String path;
    private final String sha256;
    private final long submittedAt;
    private final UnitLookup units;
    private final Sink sink;
    private final Map<Integer, List<Cell>> byTable = new LinkedHashMap<>();
    private int observations;
    private final Map<String, Integer> withheld = new java.util.TreeMap<>();
    private boolean decimalPoint;

    /** The report whose cells these are (its unit and year), or null for national statistics. */
    private final ReportIdentity report;
    private final String titleKind;

    private Interpretation(String path, String sha256, long submittedAt, UnitLookup units, Sink sink,
                           ReportIdentity report, String titleKind) {
        this.path = path;
        this.sha256 = sha256;
        this.submittedAt = submittedAt;
        this.units = units;
        this.sink = sink;
        this.report = report;
        this.titleKind = titleKind;
    }

    static Interpretation national(String path, String sha256, long submittedAt, UnitLookup units, Sink sink) {
        return new Interpretation(path, sha256, submittedAt, units, sink, null, null);
    }

    /** @param titleKind what the report's title says its values are, or null */
    static Interpretation report(String path, String sha256, long submittedAt, ReportIdentity report,
                                 String titleKind, Sink sink) {
        return new Interpretation(path, sha256, submittedAt, null, sink, report, titleKind);
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
                    withheld.merge(c.problem(), 1, Integer::sum);
                    continue;
                }
                if (c.unit() == null && byPlace) {
                    notUnits++; // a region or a country among provinces: no unit of the register
                    continue;
                }
                emit(c, report != null ? report.unitCode() : c.unit() == null ? "VN" : c.unit());
            }
            if (notUnits > 0) {
                CanonicalCell first = table.get(0).canonical();
                sink.issue(new IngestIssue(path, first.sheet(), null, Severity.INFO, IssueCode.UNIT_UNKNOWN, notUnits
                        + " value(s) in rows that name no province of the register (regions, other countries) were"
                        + " not read"));
            }
        }
        withheld.forEach((why, n) -> sink.issue(new IngestIssue(path, null, null,
                report == null ? Severity.INFO : Severity.WARNING, IssueCode.NOT_READ, n + " value(s) " + why
                + " were not read" + (why.equals(OTHER) ? ": genstat keeps series by sex and year" : ""))));
    }

    private Cell read(CanonicalCell c) {
        if (c.derived()) {
            return problem(c, DERIVED);
        }
        String title = c.on(Heading.Axis.TITLE).findFirst().map(h -> TableExtractor.statisticalTitle(h.text()))
                .orElse(null);
        List<Heading> headings = c.headings().stream()
                .filter(h -> h.axis() == Heading.Axis.COLUMN || h.axis() == Heading.Axis.ROW).toList();
        // First what the headings say of time and sex, so that places are looked up in that year's register.
        Integer year = null;
        boolean preliminary = false;
        String sex = null;
        List<Heading> rest = new ArrayList<>();
        String stated = null; // the kind a heading says: with its year ("TH 2016") or alone ("Kế hoạch")
        for (Heading h : headings) {
            Integer y = HeaderWords.yearAlone(KIND_WORDS.matcher(h.text()).replaceFirst(""));
            String s = y == null ? sexOf(h.text()) : null;
            String k = HeaderWords.kind(h.text());
            boolean kindAlone = y == null && s == null && k != null && VietText.clean(h.text()).length() <= 25;
            if (y != null || kindAlone) {
                if (y != null && year != null && !year.equals(y)) {
                    return problem(c, TWO_YEARS);
                }
                if (k != null && stated != null && !stated.equals(k)) {
                    return problem(c, TWO_KINDS);
                }
                year = y != null ? y : year;
                stated = k != null ? k : stated;
                preliminary |= HeaderWords.preliminary(h.text());
            } else if (s != null) {
                if (sex != null && !sex.equals(s)) {
                    return problem(c, TWO_SEXES);
                }
                sex = s;
                String words = withoutSex(h.text());
                if (!words.isEmpty()) {
                    rest.add(new Heading(h.cell(), words, h.axis(), h.level())); // "Số giáo viên - Nữ (Nghìn người)"
                }
            } else {
                rest.add(h);
            }
        }
        if (year == null && title != null && HeaderWords.year(title) != null
                && title.replaceAll("(19|20)[0-9]{2}", "").length() == title.length() - 4) {
            year = HeaderWords.year(title); // "… in 2015 by region": the title's only year
        }
        if (year == null) {
            return problem(c, NO_YEAR);
        }
        String unit = null;
        boolean place = false;
        String code = null;
        List<String> rowWords = new ArrayList<>();
        List<String> columnWords = new ArrayList<>();
        for (Heading h : rest) {
            String text = h.text();
            boolean row = h.axis() == Heading.Axis.ROW;
            if (row && SERIES_CODE.matcher(text).matches()) {
                code = text;
                continue;
            }
            if (row && !place && report == null) {
                String u = units.code(text, null, null, year);
                if (u != null && u.length() <= 2) { // national statistics name provinces or the country
                    unit = u;
                    place = true;
                    continue;
                }
            }
            if (otherBreakdown(text)) {
                return problem(c, OTHER);
            }
            (row ? rowWords : columnWords).add(text);
        }
        if (!rowWords.isEmpty() && !columnWords.isEmpty() && code == null) {
            return problem(c, OTHER); // indicator down the rows and something else across
        }
        List<String> words = rowWords.isEmpty() ? columnWords : rowWords;
        String label = words.isEmpty() ? (title == null ? "" : title) : String.join(" / ", words);
        // No sex heading: the table is not broken down by sex, so the value is for both sexes.
        // A label's own words ("Chỉ tiêu 1: …", "Mục tiêu 3") never say the kind of its values.
        // A report's titles say its kind ("BÁO CÁO KẾT QUẢ …"); a statistical table's title lists its
        // dimensions ("… chia theo Địa phương, Năm và Chỉ tiêu") and says none.
        String tableKind = report != null && title != null ? HeaderWords.kind(title) : null;
        String kind = stated != null ? stated : tableKind != null ? tableKind
                : titleKind != null ? titleKind : Sources.kindWhenUnstated(path);
        if (kind == null) {
            return problem(c, NO_KIND);
        }
        if (report != null && stated == null && Kind.ACTUAL.code().equals(kind) && report.reportYear() != null
                && year > report.reportYear()) {
            return problem(c, FUTURE_RESULT);
        }
        String measureUnit = StatedUnit.in(c.headings().stream().map(Heading::text).toList());
        return new Cell(c, year, preliminary, sex == null ? Sex.T.code() : sex, unit, place, label, title, code, kind,
                measureUnit, null);
    }

    /**
     * The sex a heading names: the whole heading ("Nữ", "Male", "Tổng số", "Both sexes") or its
     * last dash-separated part ("Số giáo viên - Nữ (Nghìn người)"); null when it names none.
     */
    static String sexOf(String text) {
        String whole = sexWord(text);
        if (whole != null) {
            return whole;
        }
        int dash = text.lastIndexOf(" - ");
        return dash < 0 ? null : sexWord(text.substring(dash + 3).replaceAll("\\(.*\\)", "").strip());
    }

    private static String withoutSex(String text) {
        if (sexWord(text) != null) {
            return "";
        }
        int dash = text.lastIndexOf(" - ");
        String tail = text.substring(dash + 3);
        int paren = tail.indexOf('(');
        return (text.substring(0, dash) + (paren < 0 ? "" : " " + tail.substring(paren))).strip();
    }

    private static boolean otherBreakdown(String text) {
        return OTHER_BREAKDOWN.matcher(VietText.words(text)).matches()
                || OTHER_BREAKDOWN.matcher(VietText.fold(VietText.clean(text))).matches();
    }

    private Cell problem(CanonicalCell c, String why) {
        return new Cell(c, null, false, null, null, false, null, null, null, null, null, why);
    }

    /** A heading that is a sex and nothing else: "Nữ", "Male", "Tổng số", "Both sexes". */
    private static String sexWord(String text) {
        String w = VietText.words(text);
        return switch (w) {
            case "nu", "female", "females", "women" -> Sex.F.code();
            case "male", "males", "men" -> Sex.M.code();
            case "tong so", "total", "both sexes", "chung", "tong" -> Sex.T.code();
            default -> "nam".equals(w) && VietText.lower(text).strip().equals("nam") ? Sex.M.code() : null;
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
        if (c.preliminary() && !flags.contains(Flag.PRELIMINARY.code())) {
            flags.add(Flag.PRELIMINARY.code());
        }
        observations++;
        sink.observation(RawObservation.at(sha256, path, cc.sheet(), cc.value().ref())
                .label(c.label(), c.code(), c.title())
                .measuredIn(c.measureUnit())
                .reportedBy(unit, report == null || report.reportYear() == null ? 0 : report.reportYear())
                .forYear(c.year(), c.sex(), c.kind())
                .value(p.value(), p.denominator(), p.text(), flags)
                .submittedAt(submittedAt)
                .build());
    }

    int observations() {
        return observations;
    }
}
