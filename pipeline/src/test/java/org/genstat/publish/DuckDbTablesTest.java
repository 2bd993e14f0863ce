package org.genstat.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.genstat.parquet.AvroSchemas;
import org.junit.jupiter.api.Test;

/** The warehouse tables written from Parquet take their columns from the Avro schemas. */
class DuckDbTablesTest {

    @Test
    void theObservationTableIsItsAvroSchema() {
        assertEquals("CREATE TABLE observation (indicator_code VARCHAR, unit_code VARCHAR, year INTEGER, sex VARCHAR,"
                + " kind VARCHAR, value DOUBLE, value_text VARCHAR, flags VARCHAR[], measure VARCHAR, generation VARCHAR,"
                + " source_file VARCHAR, source_sheet VARCHAR, source_cell VARCHAR, file_sha256 VARCHAR,"
                + " submitted_at TIMESTAMP)", DuckDbTables.create("observation", AvroSchemas.get(AvroSchemas.OBSERVATION)));
    }

    @Test
    void everyTableFromParquetHasADuckDbType() {
        for (WarehouseTable t : WarehouseTable.values()) {
            t.schema().ifPresent(s -> DuckDbTables.create(t.table(), s));
        }
        assertEquals("BIGINT", DuckDbTables.type(AvroSchemas.get(AvroSchemas.INGEST_FILE).getField("size_bytes").schema(),
                "ingest_file.size_bytes"));
    }

    @Test
    void aTypeWithoutDuckDbEquivalentIsRefusedByName() {
        Schema map = SchemaBuilder.record("R").fields().name("m").type().map().values().stringType().noDefault().endRecord();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DuckDbTables.create("r", map));
        assertEquals("r.m: no DuckDB type for Avro {\"type\":\"map\",\"values\":\"string\"}", e.getMessage());
    }
}
