package org.genstat.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst queries the README shows ({@code $ ./genstat query "…"} with its output under it),
 * and how long each takes in DuckDB on a warehouse: the query goal is "under 100 ms on ten years of
 * national data", measured on what a night just published, not on a copy of the sample.
 */
public final class ReadmeQueries {
    /** An example as the README writes it: the command line, then what it prints, in one fenced block. */
    public static final Pattern EXAMPLE = Pattern.compile("```\\n\\$ \\./genstat query \"(.*?)\"\\n(.*?)```",
            Pattern.DOTALL);
    private static final int RUNS = 5;

    /** @param sql the query; @param output what the README says it prints (on the sample night) */
    public record Example(String sql, String output) {
    }

    /**
     * The slowest query's median time run to its end inside DuckDB ({@code EXPLAIN ANALYZE}: every
     * row computed, none sent), and the slowest with every row fetched through JDBC, as a client sees
     * it: on ten years of national data two of the examples return tens of thousands of rows.
     */
    public record Timing(double inDuckDb, double fetched, int queries) {
    }

    private ReadmeQueries() {
    }

    public static List<Example> of(String readme) {
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(readme);
        while (m.find()) {
            out.add(new Example(m.group(1), m.group(2)));
        }
        return out;
    }

    /** Runs each query {@value #RUNS} times each way on a read-only connection, as an analyst's client would. */
    public static Timing time(List<Example> examples, Path duckdb) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        double inDuckDb = 0;
        double fetched = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, readOnly);
             Statement s = c.createStatement()) {
            for (Example e : examples) {
                inDuckDb = Math.max(inDuckDb, median(s, "EXPLAIN ANALYZE " + e.sql()));
                fetched = Math.max(fetched, median(s, e.sql()));
            }
        }
        return new Timing(inDuckDb, fetched, examples.size());
    }

    private static double median(Statement s, String sql) throws Exception {
        double[] runs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getObject(1); // every row fetched, as the query command prints them
                }
            }
            runs[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(runs);
        return runs[RUNS / 2];
    }
}
