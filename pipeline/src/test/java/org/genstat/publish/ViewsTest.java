package org.genstat.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.genstat.reference.ReferenceData;
import org.genstat.units.Unit;
import org.genstat.units.UnitRegistry;
import org.genstat.vocabulary.Flag;
import org.junit.jupiter.api.Test;

/**
 * The analysts' views never repeat a row of their table: a unit code reused across 1 July 2025
 * (10816 was Xã Hồng Lạc, then Xã Hà Bắc) means one unit in each year.
 */
class ViewsTest {

    @Test
    void aReusedUnitCodeMeansOneUnitInEachYear() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            DuckDbPublisher.createTables(c);
            run(s, "views.sql");
            s.execute("INSERT INTO indicator (code, name_en) VALUES ('POL.03', 'Women deputies')");
            s.execute("INSERT INTO unit VALUES ('10816', 'Xã Hồng Lạc', 'commune', '288', NULL, DATE '2025-06-30'),"
                    + " ('10816', 'Xã Hà Bắc', 'commune', '01', DATE '2025-07-01', NULL),"
                    + " ('62', 'Tỉnh Kon Tum', 'province', 'VN', NULL, DATE '2025-06-30')");
            for (String unitYear : List.of("10816,2024", "10816,2025", "10816,2026", "62,2025")) {
                String[] uy = unitYear.split(",");
                s.execute("INSERT INTO observation (indicator_code, unit_code, year, sex, kind, value) VALUES ('POL.03', '"
                        + uy[0] + "', " + uy[1] + ", 'T', 'actual', 30)");
                s.execute("INSERT INTO target_progress (indicator_code, unit_code, target_year, latest_year) VALUES"
                        + " ('POL.03', '" + uy[0] + "', 2030, " + uy[1] + ")");
            }
            assertEquals(List.of("10816 2024 Xã Hồng Lạc", "10816 2025 Xã Hà Bắc", "10816 2026 Xã Hà Bắc",
                    "62 2025 Tỉnh Kon Tum"), rows(s, "SELECT unit_code || ' ' || year || ' ' || unit_name FROM v_observation"
                    + " ORDER BY 1"));
            assertEquals(count(s, "observation"), count(s, "v_observation"));
            assertEquals(count(s, "observation"), count(s, "v_point"), "one actual point per unit and year here");
            assertEquals(count(s, "target_progress"), count(s, "v_target_progress"));
        }
    }

    /** A value flagged wrong or not comparable is no point of a series, in DuckDB as in Spark: the one list. */
    @Test
    void aPointIsAValueThatMayEnterAFigure() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            DuckDbPublisher.createTables(c);
            run(s, "views.sql");
            s.execute("INSERT INTO indicator (code, name_en) VALUES ('POL.03', 'Women deputies')");
            int year = 2000;
            for (Flag f : Flag.values()) {
                s.execute("INSERT INTO observation (indicator_code, unit_code, year, sex, kind, value, flags) VALUES"
                        + " ('POL.03', 'VN', " + year++ + ", 'T', 'actual', 30, ['" + f.code() + "'])");
            }
            List<String> kept = rows(s, "SELECT flags[1] FROM observation WHERE year NOT IN (SELECT year FROM v_point)"
                    + " ORDER BY 1");
            assertEquals(Flag.KEEP_OUT_OF_FIGURES.stream().map(Flag::code).sorted().toList(), kept);
        }
    }

    /**
     * "The unit a code means in a year" is written twice, for Java (UnitRegistry.inYear: extract,
     * analyse) and for SQL (unit_year: the views, the quality report): on every code of the real
     * register and every year of the plans they give the same unit, and SQL never two.
     */
    @Test
    void unitYearAndTheRegisterAgreeOnEveryCodeAndYear() throws Exception {
        ReferenceData reference = ReferenceData.load(null);
        UnitRegistry units = reference.units();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            DuckDbPublisher.createTables(c);
            new DuckDbPublisher(reference).loadReference((DuckDBConnection) c);
            run(s, "views.sql");
            Map<String, String> sql = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT u.code, y.year, count(*) AS n, min(u.name) AS name"
                    + " FROM unit_year u JOIN range(2011, 2031) y(year) ON y.year BETWEEN u.first_year AND u.last_year"
                    + " GROUP BY ALL")) {
                while (rs.next()) {
                    String key = rs.getString("code") + " " + rs.getInt("year");
                    assertEquals(1, rs.getInt("n"), "unit_year gives one unit per code and year: " + key);
                    sql.put(key, rs.getString("name"));
                }
            }
            Map<String, String> java = new HashMap<>();
            for (String code : units.units().stream().map(Unit::code).distinct().toList()) {
                for (int year = 2011; year <= 2030; year++) {
                    int y = year;
                    units.inYear(code, year).ifPresent(u -> java.put(code + " " + y, u.name()));
                }
            }
            assertTrue(java.size() > 100_000, "the whole register: " + java.size() + " code-years");
            assertEquals(java, sql);
        }
    }

    /** The publisher's own scripts, run as it runs them. */
    private static void run(Statement s, String resource) throws Exception {
        try (InputStream in = ViewsTest.class.getResourceAsStream("/genstat/publish/" + resource)) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static long count(Statement s, String table) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
