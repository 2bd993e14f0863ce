package org.genstat.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The figures of the run summary, read back from the published warehouse. */
public record WarehouseCounts(Map<String, Long> filesByStatus, long observations, Map<String, Long> issuesBySeverity,
                              List<String> rejected) {
    private static final String[] STATUSES = {"loaded", "partial", "rejected", "duplicate", "superseded"};
    private static final String[] SEVERITIES = {"error", "warning", "info"};

    public static WarehouseCounts read(Path duckdb) throws SQLException {
        Map<String, Long> files = zeros(STATUSES);
        Map<String, Long> issues = zeros(SEVERITIES);
        if (!Files.isRegularFile(duckdb)) {
            return new WarehouseCounts(files, 0, issues, List.of());
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, props);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT status, count(*) FROM ingest_file GROUP BY status")) {
                while (rs.next()) {
                    files.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT severity, count(*) FROM ingest_issue GROUP BY severity")) {
                while (rs.next()) {
                    issues.put(rs.getString(1), rs.getLong(2));
                }
            }
            List<String> rejected = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT path, reason FROM ingest_file WHERE status = 'rejected' ORDER BY path")) {
                while (rs.next()) {
                    rejected.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM observation")) {
                rs.next();
                return new WarehouseCounts(files, rs.getLong(1), issues, rejected);
            }
        }
    }

    public long files() {
        return filesByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> zeros(String[] keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, 0L);
        }
        return m;
    }
}
