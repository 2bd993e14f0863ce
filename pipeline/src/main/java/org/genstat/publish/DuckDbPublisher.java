package org.genstat.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.genstat.catalog.Indicator;
import org.genstat.io.AtomicFiles;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.ParquetPacks;
import org.genstat.reference.ReferenceData;
import org.genstat.units.LineageLink;
import org.genstat.units.Unit;
import org.genstat.storage.Warehouse;

/**
 * Step 5: builds warehouse/genstat.duckdb from the Parquet files and the reference data, in a
 * new file that then replaces the old one by rename: an analyst's open connection keeps the old
 * file, and a failed night leaves the old warehouse as it was.
 */
public final class DuckDbPublisher {
    private final ReferenceData reference;

    public DuckDbPublisher(ReferenceData reference) {
        this.reference = reference;
    }

    /** Rows per table in the new warehouse, and issues per severity ({@link WarehouseCounts#key}). */
    public Map<String, Long> run(Warehouse warehouse) {
        Map<String, Long> counts = new LinkedHashMap<>();
        AtomicFiles.write(warehouse.duckdb(), tmp -> {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp)) {
                execute(c, "SET TimeZone = 'UTC'");
                createTables(c);
                loadReference((DuckDBConnection) c);
                loadParquet(c, warehouse);
                execute(c, resource("views.sql"));
                for (WarehouseTable t : WarehouseTable.values()) {
                    counts.put(t.table(), count(c, t.table()));
                }
                WarehouseCounts published = WarehouseCounts.read(c);
                published.issuesBySeverity().forEach((k, n) -> counts.put(WarehouseCounts.key(k), n));
                execute(c, "CHECKPOINT");
            } catch (SQLException e) {
                throw new IOException("could not build the DuckDB warehouse: " + e.getMessage(), e);
            }
        });
        return counts;
    }

    /** Every table of {@link WarehouseTable}, empty. */
    static void createTables(Connection c) throws SQLException {
        execute(c, resource("tables.sql"));
        for (WarehouseTable t : WarehouseTable.values()) {
            if (t.schema().isPresent()) {
                execute(c, DuckDbTables.create(t.table(), t.schema().get()));
            }
        }
    }

    /** Columns by name: a Parquet file from an older genstat that lacks a newer column gives NULL there. */
    private void loadParquet(Connection c, Warehouse w) throws SQLException {
        insert(c, WarehouseTable.OBSERVATION, w.curated("observation"),
                "FROM read_parquet(%s, hive_partitioning = true) ORDER BY indicator_code, unit_code, year, sex, kind");
        insert(c, WarehouseTable.INGEST_FILE, w.manifest(), "FROM read_parquet(%s) ORDER BY path, sha256");
        // One small issues file per report: DuckDB took 6.4 s to read the 33,550 of ten national years.
        ParquetPacks.of(w.rawIssuePacks(), ParquetFiles.in(w.rawIssuesDir()), AvroSchemas.get(AvroSchemas.INGEST_ISSUE));
        insert(c, WarehouseTable.INGEST_ISSUE, w.rawIssuePacks(), "FROM read_parquet(%s)");
        insert(c, WarehouseTable.INGEST_ISSUE, w.normaliseIssues(), "FROM read_parquet(%s)");
        for (WarehouseTable t : WarehouseTable.analysed()) {
            insert(c, t, w.curated(t.table()), "FROM read_parquet(%s) ORDER BY ALL");
        }
    }

    /** Inserts from the Parquet files at {@code location} (a file, or every .parquet below a folder). */
    private static void insert(Connection c, WarehouseTable table, Path location, String from) throws SQLException {
        if (!ParquetFiles.exists(location)) {
            return;
        }
        String glob = Files.isDirectory(location) ? location + "/**/*.parquet" : location.toString();
        execute(c, "INSERT INTO " + table.table() + " BY NAME SELECT * "
                + String.format(from, "'" + glob.replace("'", "''") + "'"));
    }

    /** The catalog, the unit register and its lineage, as the tables indicator, unit and unit_lineage. */
    void loadReference(DuckDBConnection c) throws SQLException {
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "indicator")) {
            for (Indicator i : reference.catalog().indicators()) {
                a.beginRow();
                text(a, i.code(), i.domain(), i.nameVi(), i.nameEn(), i.measure(), i.sexBreakdown(), i.aggregation(),
                        i.g2011Ref(), i.g2021Ref(), i.direction());
                number(a, i.national2020());
                number(a, i.national2025());
                number(a, i.national2030());
                text(a, i.comparabilityNote());
                a.endRow();
            }
        }
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "unit")) {
            for (Unit u : reference.units().units()) {
                a.beginRow();
                text(a, u.code(), u.name(), u.level().code(), u.parentCode());
                date(a, u.validFrom());
                date(a, u.validTo());
                a.endRow();
            }
        }
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "unit_lineage")) {
            for (LineageLink l : reference.units().lineage()) {
                a.beginRow();
                text(a, l.oldCode(), l.newCode(), l.relation().code());
                date(a, l.effectiveDate());
                a.endRow();
            }
        }
    }

    private static void text(DuckDBAppender a, String... values) throws SQLException {
        for (String v : values) {
            if (v == null) {
                a.appendNull();
            } else {
                a.append(v);
            }
        }
    }

    private static void number(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
    }

    private static void date(DuckDBAppender a, java.time.LocalDate d) throws SQLException {
        if (d == null) {
            a.appendNull();
        } else {
            a.append(d);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) AS n FROM " + table)) {
            rs.next();
            return rs.getLong("n");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DuckDbPublisher.class.getResourceAsStream("/genstat/publish/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
