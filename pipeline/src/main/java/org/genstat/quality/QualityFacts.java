package org.genstat.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the nightly quality report says, read from the published warehouse: each section is a
 * small table (header + rows of text) answered by one SQL query.
 */
public record QualityFacts(List<Section> sections, List<Chart> charts) {

    /** A titled table of the report, with a sentence saying what it shows and what to do. */
    public record Section(String title, String explanation, List<String> header, List<List<String>> rows) {
    }

    /** One headline series for a small trend chart: points are (year, value). */
    public record Chart(String title, String unit, List<double[]> points) {
    }

    static final String FILES = """
            SELECT status, count(*) AS files, string_agg(path || CASE WHEN reason IS NULL THEN '' ELSE ': ' || reason END,
                   '; ' ORDER BY path) AS which
            FROM ingest_file GROUP BY status ORDER BY status""";
    static final String ISSUES = """
            SELECT severity, code, count(*) AS issues, count(DISTINCT path) AS files
            FROM ingest_issue GROUP BY severity, code
            ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, code""";
    static final String UNMATCHED = """
            SELECT path, cell, message FROM ingest_issue WHERE code = 'label_unmatched' AND severity <> 'info'
            ORDER BY path, cell""";
    /** Series of national statistics that are no catalog indicator: information, listed per file. */
    static final String OUTSIDE_CATALOG = """
            SELECT path, count(*) AS series,
                   array_to_string(list(regexp_extract(message, '^''([^'']*)''', 1) ORDER BY cell)[1:5], '; ')
                     || CASE WHEN count(*) > 5 THEN '; …' ELSE '' END AS first_series
            FROM ingest_issue WHERE code = 'label_unmatched' AND severity = 'info'
            GROUP BY path ORDER BY path""";
    /** Units that reported in a year but left out an indicator they reported the year before. */
    static final String COMPLETENESS = """
            WITH reported AS (SELECT DISTINCT unit_code, indicator_code, year FROM v_point),
                 last AS (SELECT unit_code, max(year) AS year FROM reported GROUP BY unit_code)
            SELECT r.unit_code, coalesce(u.name, r.unit_code) AS unit, l.year AS latest_year,
                   string_agg(DISTINCT r.indicator_code, ', ' ORDER BY r.indicator_code) AS missing
            FROM reported r JOIN last l ON l.unit_code = r.unit_code AND r.year = l.year - 1
            LEFT JOIN unit_year u ON u.code = r.unit_code AND l.year BETWEEN u.first_year AND u.last_year
            WHERE NOT EXISTS (SELECT 1 FROM reported x WHERE x.unit_code = r.unit_code
                              AND x.indicator_code = r.indicator_code AND x.year = l.year)
            GROUP BY ALL ORDER BY r.unit_code""";
    /** Counts: female + male should give the total; shares must lie within 0–100. */
    static final String CONSISTENCY = """
            SELECT 'F + M differs from T by more than 1 %' AS check_, g.indicator_code, g.unit_code, g.year,
                   printf('F %.1f + M %.1f = %.1f, T %.1f', g.female, g.male, g.female + g.male, g.total) AS detail
            FROM gender_gap g JOIN indicator i ON i.code = g.indicator_code
            WHERE i.measure IN ('persons', 'count') AND g.total IS NOT NULL
              AND abs(g.female + g.male - g.total) > 0.01 * g.total
            UNION ALL
            SELECT 'share outside 0-100', indicator_code, unit_code, year, value_text || ' in ' || source_file || '!' || source_cell
            FROM observation WHERE list_contains(flags, 'impossible_value')
            ORDER BY 1, 2, 3, 4""";
    /**
     * Robust z-scores across units (median and MAD of the same indicator, year, sex and kind; at
     * least four units), and year-on-year jumps of more than half the previous value.
     */
    static final String OUTLIERS = """
            WITH v AS (SELECT indicator_code, unit_code, year, sex, kind, value FROM observation
                       WHERE value IS NOT NULL AND kind IN ('actual', 'estimate')),
                 s AS (SELECT indicator_code, year, sex, kind, median(value) AS med, count(*) AS n FROM v GROUP BY ALL),
                 m AS (SELECT v.indicator_code, v.year, v.sex, v.kind, median(abs(v.value - s.med)) AS mad
                       FROM v JOIN s USING (indicator_code, year, sex, kind) GROUP BY ALL),
                 z AS (SELECT v.*, (v.value - s.med) / (1.4826 * m.mad) AS z FROM v
                       JOIN s USING (indicator_code, year, sex, kind) JOIN m USING (indicator_code, year, sex, kind)
                       WHERE s.n >= 4 AND m.mad > 0)
            SELECT 'robust z ' || printf('%.1f', z) AS why, indicator_code, unit_code, year, sex, value FROM z
            WHERE abs(z) > 3.5
            UNION ALL
            SELECT printf('jump %+.0f%% from %d', 100 * (b.value - a.value) / abs(a.value), a.year), b.indicator_code,
                   b.unit_code, b.year, b.sex, b.value
            FROM v a JOIN v b ON a.indicator_code = b.indicator_code AND a.unit_code = b.unit_code AND a.sex = b.sex
             AND b.year = a.year + 1 AND a.kind = 'actual' AND b.kind = 'actual'
            WHERE a.value <> 0 AND abs(b.value - a.value) > 0.5 * abs(a.value)
            ORDER BY 2, 3, 4""";
    /** Headline series for the charts: the country's, else the unit with the longest series. */
    static final String HEADLINES = """
            SELECT t.indicator_code, t.unit_code, i.name_en, i.measure
            FROM trend t JOIN indicator i ON i.code = t.indicator_code
            WHERE t.n_years >= 3 AND t.sex = 'T'
            QUALIFY row_number() OVER (PARTITION BY t.indicator_code
                                       ORDER BY (t.unit_code = 'VN') DESC, t.n_years DESC, t.unit_code) = 1
            ORDER BY t.n_years DESC, t.indicator_code LIMIT 6""";

    public static QualityFacts read(Connection c) throws SQLException {
        List<Section> sections = new ArrayList<>();
        sections.add(section(c, "Files by status", "Every file of the inbox and what became of it; a rejected file"
                + " says why, in words to pass on to the unit that sent it.", FILES));
        sections.add(section(c, "Issues by code", "Problems found while reading, by severity.", ISSUES));
        sections.add(section(c, "Labels that match no indicator", "Their values are kept in raw and left out of"
                + " the warehouse. Add the wording to schemas/reference/aliases-local.csv with the right code"
                + " (the nearest codes are suggested) and the next night takes them.", UNMATCHED));
        sections.add(section(c, "Statistical series outside the catalog", "Series of the national files that are no"
                + " indicator of the catalog, kept in raw only. If one is a catalog indicator in other words, add"
                + " its title to schemas/reference/aliases-national.csv.", OUTSIDE_CATALOG));
        sections.add(section(c, "Who has not reported", "Indicators a unit reported the year before its latest"
                + " report and left out of it.", COMPLETENESS));
        sections.add(section(c, "Consistency", "Sexes that do not add up to the total, and values flagged as"
                + " impossible (kept out of every figure).", CONSISTENCY));
        sections.add(section(c, "Outliers", "Values far from the other units' (robust z-score above 3.5) or that"
                + " moved by more than half in a year: check them with the unit.", OUTLIERS));
        return new QualityFacts(sections, charts(c));
    }

    private static Section section(Connection c, String title, String explanation, String sql) throws SQLException {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                header.add(md.getColumnLabel(i).replaceAll("_$", "").replace('_', ' '));
            }
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String v = rs.getString(i);
                    row.add(v == null ? "" : v);
                }
                rows.add(row);
            }
        }
        return new Section(title, explanation, header, rows);
    }

    private static List<Chart> charts(Connection c) throws SQLException {
        List<Chart> charts = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HEADLINES)) {
            while (rs.next()) {
                heads.add(new String[] {rs.getString("indicator_code"), rs.getString("unit_code"), rs.getString("name_en"),
                        rs.getString("measure")});
            }
        }
        for (String[] h : heads) {
            List<double[]> points = new ArrayList<>();
            String sql = "SELECT year, value FROM v_point WHERE indicator_code = ? AND unit_code = ? AND sex = 'T'"
                    + " ORDER BY year";
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, h[0]);
                ps.setString(2, h[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        points.add(new double[] {rs.getInt("year"), rs.getDouble("value")});
                    }
                }
            }
            charts.add(new Chart(h[0] + " · " + h[2] + " · " + h[1], h[3], points));
        }
        return charts;
    }
}
