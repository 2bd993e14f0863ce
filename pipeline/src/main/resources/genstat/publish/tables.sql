-- The warehouse tables of CONTRACTS.md §3. Every table exists after any successful night, even an empty one.
CREATE TABLE indicator (
  code VARCHAR PRIMARY KEY, domain VARCHAR, name_vi VARCHAR, name_en VARCHAR, measure VARCHAR,
  sex_breakdown VARCHAR, aggregation VARCHAR, g2011_ref VARCHAR, g2021_ref VARCHAR, direction VARCHAR,
  national_2020 DOUBLE, national_2025 DOUBLE, national_2030 DOUBLE, comparability_note VARCHAR);
CREATE TABLE unit (
  code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR, valid_from DATE, valid_to DATE);
CREATE TABLE unit_lineage (
  old_code VARCHAR, new_code VARCHAR, relation VARCHAR, effective_date DATE);
CREATE TABLE observation (
  indicator_code VARCHAR, unit_code VARCHAR, year INTEGER, sex VARCHAR, kind VARCHAR, value DOUBLE,
  value_text VARCHAR, flags VARCHAR[], measure VARCHAR, generation VARCHAR, source_file VARCHAR,
  source_sheet VARCHAR, source_cell VARCHAR, file_sha256 VARCHAR, submitted_at TIMESTAMP);
CREATE TABLE ingest_file (
  path VARCHAR, sha256 VARCHAR, size_bytes BIGINT, unit_code VARCHAR, report_year INTEGER, status VARCHAR,
  reason VARCHAR, sheets INTEGER, observations INTEGER, issues INTEGER, submitted_at TIMESTAMP,
  ingested_at TIMESTAMP, superseded_by VARCHAR);
CREATE TABLE ingest_issue (
  path VARCHAR, sheet VARCHAR, cell VARCHAR, severity VARCHAR, code VARCHAR, message VARCHAR);
CREATE TABLE gender_gap (
  indicator_code VARCHAR, unit_code VARCHAR, year INTEGER, kind VARCHAR, female DOUBLE, male DOUBLE,
  total DOUBLE, gap_f_minus_m DOUBLE, parity_f_over_m DOUBLE, female_share DOUBLE);
CREATE TABLE trend (
  indicator_code VARCHAR, unit_code VARCHAR, sex VARCHAR, first_year INTEGER, last_year INTEGER,
  n_years INTEGER, latest_value DOUBLE, yoy_change DOUBLE, avg_annual_change DOUBLE, slope_per_year DOUBLE);
CREATE TABLE target_progress (
  indicator_code VARCHAR, unit_code VARCHAR, target_year INTEGER, target_source VARCHAR, target_value DOUBLE,
  baseline_year INTEGER, baseline_value DOUBLE, latest_year INTEGER, latest_value DOUBLE,
  required_per_year DOUBLE, projected_value DOUBLE, status VARCHAR);
-- Beyond CONTRACTS.md §3: counts summed one level up the unit hierarchy, with their coverage.
CREATE TABLE aggregate (
  indicator_code VARCHAR, unit_code VARCHAR, year INTEGER, sex VARCHAR, kind VARCHAR, value DOUBLE,
  method VARCHAR, n_units INTEGER, n_children INTEGER, complete BOOLEAN);
