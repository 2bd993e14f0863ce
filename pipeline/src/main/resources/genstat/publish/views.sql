-- Labelled views for analysts (documented in the README).
-- The unit a value belongs to is the one valid in its year (codes are reused after 1 July 2025).
CREATE VIEW v_observation AS
SELECT o.indicator_code, i.name_en AS indicator_name, i.name_vi AS indicator_name_vi, i.domain,
       o.unit_code, u.name AS unit_name, u.level AS unit_level, o.year, o.sex, o.kind, o.value, o.measure,
       o.value_text, o.flags, o.generation, o.source_file, o.source_sheet, o.source_cell, o.submitted_at
FROM observation o
JOIN indicator i ON i.code = o.indicator_code
LEFT JOIN unit u ON u.code = o.unit_code
  AND (u.valid_from IS NULL OR u.valid_from <= make_date(o.year, 12, 31))
  AND (u.valid_to IS NULL OR u.valid_to >= make_date(o.year, 1, 1));

-- The latest actual (else estimate) value of each series.
CREATE VIEW v_latest AS
SELECT * FROM v_observation
WHERE kind IN ('actual', 'estimate') AND value IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY indicator_code, unit_code, sex
                           ORDER BY year DESC, CASE kind WHEN 'actual' THEN 0 ELSE 1 END) = 1;

-- Each series with its trend, across plan generations.
CREATE VIEW v_series AS
SELECT t.*, i.name_en AS indicator_name, i.measure, i.direction
FROM trend t JOIN indicator i ON i.code = t.indicator_code;

-- Target progress with indicator and unit names (the unit as it stood in the latest year reported).
CREATE VIEW v_target_progress AS
SELECT p.*, i.name_en AS indicator_name, i.direction, u.name AS unit_name, u.level AS unit_level
FROM target_progress p
JOIN indicator i ON i.code = p.indicator_code
LEFT JOIN unit u ON u.code = p.unit_code
  AND (u.valid_from IS NULL OR u.valid_from <= make_date(coalesce(p.latest_year, p.target_year), 12, 31))
  AND (u.valid_to IS NULL OR u.valid_to >= make_date(coalesce(p.latest_year, p.target_year), 1, 1));
