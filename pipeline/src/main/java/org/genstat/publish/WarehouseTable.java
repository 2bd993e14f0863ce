package org.genstat.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.genstat.parquet.AvroSchemas;

/**
 * Every table of genstat.duckdb, in the order the publisher builds them: the one list the
 * publisher, the summary and the tests use. A table written from Parquet has its columns from its
 * Avro schema ({@link DuckDbTables}); the reference tables come from schemas/reference.
 */
public enum WarehouseTable {
    INDICATOR("indicator", null),
    UNIT("unit", null),
    UNIT_LINEAGE("unit_lineage", null),
    OBSERVATION("observation", AvroSchemas.OBSERVATION),
    INGEST_FILE("ingest_file", AvroSchemas.INGEST_FILE),
    INGEST_ISSUE("ingest_issue", AvroSchemas.INGEST_ISSUE),
    GENDER_GAP("gender_gap", AvroSchemas.GENDER_GAP),
    TREND("trend", AvroSchemas.TREND),
    TARGET_PROGRESS("target_progress", AvroSchemas.TARGET_PROGRESS),
    AGGREGATE("aggregate", AvroSchemas.AGGREGATE);

    private final String table;
    private final String avro;

    WarehouseTable(String table, String avro) {
        this.table = table;
        this.avro = avro;
    }

    /** The table's name in DuckDB. */
    public String table() {
        return table;
    }

    /** The Avro schema of its rows, for a table written from Parquet. */
    public Optional<Schema> schema() {
        return Optional.ofNullable(avro).map(AvroSchemas::get);
    }

    /** The tables the analyse step writes, one curated Parquet folder each. */
    public static List<WarehouseTable> analysed() {
        return List.of(GENDER_GAP, TREND, TARGET_PROGRESS, AGGREGATE);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(WarehouseTable::table).toList();
    }
}
