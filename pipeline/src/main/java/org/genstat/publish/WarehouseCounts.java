package org.genstat.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The figures of the run summary that only the published warehouse knows: observations and issues. */
public record WarehouseCounts(long observations, Map<String, Long> issuesBySeverity) {
    private static final String[] SEVERITIES = {"error", "warning", "info"};

    public static WarehouseCounts read(Path duckdb) throws SQLException {
        Map<String, Long> issues = new LinkedHashMap<>();
        for (String k : SEVERITIES) {
            issues.put(k, 0L);
        }
        if (!Files.isRegularFile(duckdb)) {
            return new WarehouseCounts(0, issues);
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, props);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT severity, count(*) FROM ingest_issue GROUP BY severity")) {
                while (rs.next()) {
                    issues.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM observation")) {
                rs.next();
                return new WarehouseCounts(rs.getLong(1), issues);
            }
        }
    }
}
