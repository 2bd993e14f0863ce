-- Labelled views for analysts (documented in the README).

-- A unit on a day (Unit.validOn in Java).
CREATE MACRO unit_valid_on(valid_from, valid_to, day) AS
  (valid_from IS NULL OR valid_from <= day) AND (valid_to IS NULL OR valid_to >= day);

-- The one rule for "the unit a code means in a year" (codes are reused after 1 July 2025): the unit
-- valid at the year's end, else the one valid at its start (UnitRegistry.inYear in Java; ViewsTest
-- holds the two together). unit_year gives each unit the years it owns by that rule, so that a join
-- on code and year finds one unit and never two.
CREATE VIEW unit_year AS
SELECT u.*, coalesce(year(u.valid_from), 1900) AS first_year,
       CASE WHEN u.valid_to IS NULL THEN 9999
            WHEN month(u.valid_to) = 12 AND day(u.valid_to) = 31 THEN year(u.valid_to)
            WHEN EXISTS (SELECT 1 FROM unit n WHERE n.code = u.code AND n.valid_from > u.valid_to
                         AND year(n.valid_from) = year(u.valid_to)) THEN year(u.valid_to) - 1
            ELSE year(u.valid_to) END AS last_year
FROM unit u;

CREATE VIEW v_observation AS
SELECT o.indicator_code, i.name_en AS indicator_name, i.name_vi AS indicator_name_vi, i.domain,
       o.unit_code, u.name AS unit_name, u.level AS unit_level, o.year, o.sex, o.kind, o.value, o.measure,
       o.value_text, o.flags, o.generation, o.source_file, o.source_sheet, o.source_cell, o.submitted_at
FROM observation o
JOIN indicator i ON i.code = o.indicator_code
LEFT JOIN unit_year u ON u.code = o.unit_code AND o.year BETWEEN u.first_year AND u.last_year;

-- The one rule "actual, else estimate": one point per series and year, the actual value when there is
-- one, else the estimate, and only values that may enter a figure: a number, and no flag that says it
-- is wrong or not comparable (Flag.KEEP_OUT_OF_FIGURES; the Spark side: AnalyseSql.SERIES_POINTS).
CREATE VIEW v_point AS
SELECT * FROM v_observation
WHERE kind IN ('actual', 'estimate') AND value IS NOT NULL
  AND NOT list_has_any(coalesce(flags, []), ['impossible_value', 'unit_mismatch', 'range'])
QUALIFY row_number() OVER (PARTITION BY indicator_code, unit_code, sex, year
                           ORDER BY CASE kind WHEN 'actual' THEN 0 ELSE 1 END) = 1;

-- The latest point of each series.
CREATE VIEW v_latest AS
SELECT * FROM v_point
QUALIFY row_number() OVER (PARTITION BY indicator_code, unit_code, sex ORDER BY year DESC) = 1;

-- Each series with its trend, across plan generations.
CREATE VIEW v_series AS
SELECT t.*, i.name_en AS indicator_name, i.measure, i.direction
FROM trend t JOIN indicator i ON i.code = t.indicator_code;

-- Target progress with indicator and unit names (the unit as it stood in the latest year reported).
CREATE VIEW v_target_progress AS
SELECT p.*, i.name_en AS indicator_name, i.direction, u.name AS unit_name, u.level AS unit_level
FROM target_progress p
JOIN indicator i ON i.code = p.indicator_code
LEFT JOIN unit_year u ON u.code = p.unit_code
  AND coalesce(p.latest_year, p.target_year) BETWEEN u.first_year AND u.last_year;
