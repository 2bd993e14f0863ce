-- The reference tables of CONTRACTS.md §3. The tables written from Parquet (observation, ingest_file,
-- ingest_issue, gender_gap, trend, target_progress, aggregate) are created from their Avro schemas in
-- schemas/avro (WarehouseTable, DuckDbTables). Every table exists after any successful night, even an empty one.
CREATE TABLE indicator (
  code VARCHAR PRIMARY KEY, domain VARCHAR, name_vi VARCHAR, name_en VARCHAR, measure VARCHAR,
  sex_breakdown VARCHAR, aggregation VARCHAR, g2011_ref VARCHAR, g2021_ref VARCHAR, direction VARCHAR,
  national_2020 DOUBLE, national_2025 DOUBLE, national_2030 DOUBLE, comparability_note VARCHAR);
CREATE TABLE unit (
  code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR, valid_from DATE, valid_to DATE);
CREATE TABLE unit_lineage (
  old_code VARCHAR, new_code VARCHAR, relation VARCHAR, effective_date DATE);
