package org.genstat.publish;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Runs one read-only SQL statement on the warehouse and prints the result as a table. */
public final class QueryRunner {
    private static final int MAX_ROWS = 10_000;
    private static final int MAX_WIDTH = 60;

    private QueryRunner() {
    }

    public static void run(Path duckdb, String sql, PrintStream out) throws SQLException {
        if (!Files.exists(duckdb)) {
            throw new IllegalArgumentException("there is no warehouse at " + duckdb + ": run ./genstat nightly first");
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, props);
             Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                out.println("(no result)");
                return;
            }
            try (ResultSet rs = s.getResultSet()) {
                print(rs, out);
            }
        }
    }

    static void print(ResultSet rs, PrintStream out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[n];
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            header[i] = md.getColumnLabel(i + 1);
            width[i] = header[i].length();
        }
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == MAX_ROWS) {
                truncated = true;
                break;
            }
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = rs.getObject(i + 1);
                String text = v == null ? "NULL" : v instanceof java.sql.Array a ? arrayText(a) : v.toString();
                row[i] = text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 1) + "…" : text;
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
            rows.add(row);
        }
        line(out, header, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(rule);
        rows.forEach(r -> line(out, r, width));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row" : " rows") + (truncated ? ", truncated" : "") + ")");
    }

    private static String arrayText(java.sql.Array a) throws SQLException {
        Object[] items = (Object[]) a.getArray();
        List<String> parts = new ArrayList<>();
        for (Object o : items) {
            parts.add(String.valueOf(o));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static void line(PrintStream out, String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            sb.append(i == 0 ? "" : " | ").append(c).append(" ".repeat(width[i] - c.codePointCount(0, c.length())));
        }
        out.println(sb.toString().stripTrailing());
    }
}
