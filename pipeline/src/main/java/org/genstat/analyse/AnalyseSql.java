package org.genstat.analyse;

import java.util.stream.Collectors;
import org.genstat.vocabulary.Flag;

/** The Spark SQL of the analyse step, one statement per figure, over temp views. */
final class AnalyseSql {
    private AnalyseSql() {
    }

    /** Values that may enter a figure: a number, and no flag that says it is wrong or not comparable. */
    static final String USABLE = "SELECT * FROM observation WHERE value IS NOT NULL"
            + Flag.KEEP_OUT_OF_FIGURES.stream().map(f -> String.format(" AND NOT array_contains(flags, %s)", "'" + f.code() + "'"))
            .collect(Collectors.joining());

    /** One point per series and year: the actual value, else the estimate (in DuckDB: views.sql v_point). */
    static final String SERIES_POINTS = """
            SELECT indicator_code, unit_code, sex, year, value FROM (
              SELECT *, row_number() OVER (PARTITION BY indicator_code, unit_code, sex, year
                                           ORDER BY CASE kind WHEN 'actual' THEN 0 ELSE 1 END) AS rn
              FROM usable WHERE kind IN ('actual', 'estimate')
            ) WHERE rn = 1
            """;

    static final String TREND = """
            WITH s AS (
              SELECT indicator_code, unit_code, sex,
                     min(year) AS first_year, max(year) AS last_year, count(*) AS n_years,
                     regr_slope(value, year) AS slope_per_year
              FROM points GROUP BY indicator_code, unit_code, sex
            )
            SELECT s.indicator_code, s.unit_code, s.sex, s.first_year, s.last_year, CAST(s.n_years AS INT) AS n_years,
                   l.value AS latest_value,
                   l.value - p.value AS yoy_change,
                   CASE WHEN s.last_year > s.first_year
                        THEN (l.value - f.value) / (s.last_year - s.first_year) END AS avg_annual_change,
                   s.slope_per_year
            FROM s
            JOIN points l ON l.indicator_code = s.indicator_code AND l.unit_code = s.unit_code
                         AND l.sex = s.sex AND l.year = s.last_year
            JOIN points f ON f.indicator_code = s.indicator_code AND f.unit_code = s.unit_code
                         AND f.sex = s.sex AND f.year = s.first_year
            LEFT JOIN points p ON p.indicator_code = s.indicator_code AND p.unit_code = s.unit_code
                         AND p.sex = s.sex AND p.year = s.last_year - 1
            """;

    static final String GENDER_GAP = """
            SELECT g.*, g.female - g.male AS gap_f_minus_m,
                   CASE WHEN g.male <> 0 THEN g.female / g.male END AS parity_f_over_m,
                   CASE WHEN i.measure IN ('persons', 'count') AND g.female + g.male > 0
                        THEN 100 * g.female / (g.female + g.male) END AS female_share
            FROM (
              SELECT indicator_code, unit_code, year, kind,
                     max(CASE WHEN sex = 'F' THEN value END) AS female,
                     max(CASE WHEN sex = 'M' THEN value END) AS male,
                     max(CASE WHEN sex = 'T' THEN value END) AS total
              FROM usable GROUP BY indicator_code, unit_code, year, kind
            ) g JOIN indicator i ON i.code = g.indicator_code
            WHERE g.female IS NOT NULL AND g.male IS NOT NULL
            """;

    /**
     * Each target (the unit's own, and the national 2020/2025/2030 ones for every unit series of
     * the indicator) against the series' first and latest actual values and its linear trend.
     * "Met" follows the direction: at least the target (higher_better), at most (lower_better),
     * or for a band no further from the balanced value (50 % for shares, 105 boys per 100 girls
     * at birth) than the target is.
     */
    static final String TARGET_PROGRESS = """
            WITH targets AS (
              SELECT indicator_code, unit_code, year AS target_year, 'unit' AS target_source, value AS target_value
              FROM usable WHERE kind = 'target' AND sex = 'T'
              UNION ALL
              SELECT t.indicator_code, t.unit_code, n.target_year, 'national', n.target_value
              FROM (SELECT DISTINCT indicator_code, unit_code FROM usable WHERE sex = 'T') t
              JOIN (SELECT code, 2020 AS target_year, national_2020 AS target_value FROM indicator
                    UNION ALL SELECT code, 2025, national_2025 FROM indicator
                    UNION ALL SELECT code, 2030, national_2030 FROM indicator) n
                ON n.code = t.indicator_code AND n.target_value IS NOT NULL
            ),
            joined AS (
              SELECT t.*, i.direction,
                     CASE WHEN i.measure = 'boys_per_100_girls' THEN 105.0 ELSE 50.0 END AS balance,
                     tr.first_year AS baseline_year, f.value AS baseline_value,
                     tr.last_year AS latest_year, tr.latest_value, tr.slope_per_year
              FROM targets t
              JOIN indicator i ON i.code = t.indicator_code
              LEFT JOIN trend tr ON tr.indicator_code = t.indicator_code AND tr.unit_code = t.unit_code AND tr.sex = 'T'
              LEFT JOIN points f ON f.indicator_code = t.indicator_code AND f.unit_code = t.unit_code
                                AND f.sex = 'T' AND f.year = tr.first_year
              WHERE i.direction <> 'info'
            ),
            projected AS (
              SELECT *,
                     CASE WHEN target_year > latest_year
                          THEN round((target_value - latest_value) / (target_year - latest_year), 6)
                     END AS required_per_year,
                     CASE WHEN slope_per_year IS NOT NULL AND target_year >= latest_year
                          THEN round(latest_value + slope_per_year * (target_year - latest_year), 6)
                     END AS projected_value
              FROM joined
            )
            SELECT indicator_code, unit_code, target_year, target_source, target_value,
                   baseline_year, baseline_value, latest_year, latest_value, required_per_year, projected_value,
                   CASE
                     WHEN latest_value IS NULL THEN 'no_data'
                     WHEN (direction = 'higher_better' AND latest_value >= target_value)
                       OR (direction = 'lower_better' AND latest_value <= target_value)
                       OR (direction = 'target_band' AND abs(latest_value - balance) <= abs(target_value - balance))
                       THEN 'achieved'
                     WHEN target_year <= latest_year THEN 'off_track'
                     WHEN projected_value IS NULL THEN 'no_data'
                     WHEN (direction = 'higher_better' AND projected_value >= target_value)
                       OR (direction = 'lower_better' AND projected_value <= target_value)
                       OR (direction = 'target_band' AND abs(projected_value - balance) <= abs(target_value - balance))
                       THEN 'on_track'
                     ELSE 'off_track'
                   END AS status
            FROM projected
            """;
}
