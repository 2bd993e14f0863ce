package org.genstat.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.genstat.vocabulary.Coded;
import org.genstat.vocabulary.Severity;

/** The figures of the run summary that only the published warehouse knows: observations and issues. */
public record WarehouseCounts(long observations, Map<Severity, Long> issuesBySeverity) {
    public static WarehouseCounts read(Path duckdb) throws SQLException {
        Map<Severity, Long> issues = new EnumMap<>(Severity.class);
        for (Severity k : Severity.values()) {
            issues.put(k, 0L);
        }
        if (!Files.isRegularFile(duckdb)) {
            return new WarehouseCounts(0, issues);
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, props);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT severity, count(*) AS n FROM ingest_issue GROUP BY severity")) {
                while (rs.next()) {
                    issues.put(Coded.of(Severity.class, rs.getString("severity")), rs.getLong("n"));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) AS n FROM observation")) {
                rs.next();
                return new WarehouseCounts(rs.getLong("n"), issues);
            }
        }
    }
}
