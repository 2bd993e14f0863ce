package org.genstat.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.genstat.storage.Warehouse;

/**
 * The Spark steps' core as DuckDB SQL on the same raw Parquet, for a ratio on the same machine in
 * the same run: read every file's raw observations, keep the latest submission's value per label,
 * unit, year, sex and kind, then the F−M gap per label, unit and year. It leaves out what only
 * genstat does (matching labels to codes, converting measures, flags), so the ratio overstates
 * Spark's share a little, never understates it.
 */
public final class DuckDbFloor {
    private DuckDbFloor() {
    }

    /** @return seconds, and the number of gaps computed */
    public static double[] measure(Warehouse warehouse) throws Exception {
        String raw = warehouse.rawObservationsDir().resolve("*.parquet").toString().replace("'", "''");
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("SET threads TO 2");
            s.execute("CREATE TABLE latest AS SELECT label, unit_code, year, sex, kind,"
                    + " arg_max(value, submitted_at) AS value FROM read_parquet('" + raw + "')"
                    + " WHERE value IS NOT NULL GROUP BY ALL");
            try (ResultSet rs = s.executeQuery("SELECT count(*) AS n FROM (SELECT f.label, f.unit_code, f.year,"
                    + " f.value - m.value AS gap FROM latest f JOIN latest m USING (label, unit_code, year, kind)"
                    + " WHERE f.sex = 'F' AND m.sex = 'M')")) {
                rs.next();
                return new double[] {(System.nanoTime() - start) / 1e9, rs.getLong("n")};
            }
        }
    }
}
