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
    /** The key of a severity's issue count in a step's results ("issues_error"). */
    public static String key(Severity severity) {
        return "issues_" + severity.code();
    }

    /** The counts of a published warehouse file; zero when there is none yet. */
    public static WarehouseCounts read(Path duckdb) throws SQLException {
        if (!Files.isRegularFile(duckdb)) {
            return of(0, s -> 0L);
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, props)) {
            return read(c);
        }
    }

    /** The counts of the warehouse open on {@code c}. */
    public static WarehouseCounts read(Connection c) throws SQLException {
        Map<Severity, Long> issues = new EnumMap<>(Severity.class);
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT severity, count(*) AS n FROM ingest_issue GROUP BY severity")) {
                while (rs.next()) {
                    issues.put(Coded.of(Severity.class, rs.getString("severity")), rs.getLong("n"));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) AS n FROM observation")) {
                rs.next();
                return of(rs.getLong("n"), k -> issues.getOrDefault(k, 0L));
            }
        }
    }

    /** Counts as a step returned them. */
    public static WarehouseCounts of(long observations, java.util.function.Function<Severity, Long> issues) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity k : Severity.values()) {
            bySeverity.put(k, issues.apply(k));
        }
        return new WarehouseCounts(observations, bySeverity);
    }
}
