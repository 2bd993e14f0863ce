package org.genstat.indicatorset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the indicator set for a year from the warehouse: every catalog indicator for the country
 * and each province valid in that year, by sex where the indicator has sexes; the value of the
 * year, else the latest earlier one (a point of {@code v_point}: a number, the actual value else the
 * estimate); and, for the country, the sum or weighted mean of the
 * provinces' reports beside the reported value.
 */
final class SetQuery {
    private SetQuery() {
    }

    static final String SQL = """
            WITH areas AS (
              SELECT code, name FROM unit WHERE code = 'VN'
              UNION ALL
              SELECT code, name FROM unit WHERE level = 'province'
                AND unit_valid_on(valid_from, valid_to, make_date(?, 12, 31))),
            sexes AS (SELECT 'T' AS sex UNION ALL SELECT 'F' UNION ALL SELECT 'M'),
            grid AS (
              SELECT i.*, a.code AS area, a.name AS area_name, s.sex FROM indicator i CROSS JOIN areas a
              JOIN sexes s ON s.sex = 'T' OR i.sex_breakdown = 'F_M_T'),
            latest AS (
              SELECT indicator_code, unit_code, sex, year, kind, value, flags, source_file FROM v_point
              WHERE year <= ?
              QUALIFY row_number() OVER (PARTITION BY indicator_code, unit_code, sex ORDER BY year DESC) = 1),
            files AS (
              SELECT indicator_code, unit_code, sex, count(DISTINCT source_file) AS n FROM observation
              WHERE year <= ? GROUP BY ALL),
            status AS (
              SELECT indicator_code, unit_code, status FROM target_progress WHERE target_source = 'national'
              QUALIFY row_number() OVER (PARTITION BY indicator_code, unit_code ORDER BY target_year) = 1),
            agg AS (
              SELECT indicator_code, unit_code, sex, value, n_units, n_children FROM aggregate
              WHERE year = ? AND method NOT LIKE 'rebased%')
            SELECT g.code, g.domain, g.name_vi, g.name_en, g.measure, g.area, g.area_name, g.sex,
                   l.year, l.kind, l.value, l.flags, g.national_2025, g.national_2030, st.status,
                   coalesce(f.n, 0) AS files, ag.value AS aggregated, ag.n_units, ag.n_children
            FROM grid g
            LEFT JOIN latest l ON l.indicator_code = g.code AND l.unit_code = g.area AND l.sex = g.sex
            LEFT JOIN files f ON f.indicator_code = g.code AND f.unit_code = g.area AND f.sex = g.sex
            LEFT JOIN status st ON st.indicator_code = g.code AND st.unit_code = g.area AND g.sex = 'T'
            LEFT JOIN agg ag ON ag.indicator_code = g.code AND ag.unit_code = g.area AND ag.sex = g.sex
            ORDER BY g.code, g.area = 'VN' DESC, g.area, CASE g.sex WHEN 'T' THEN 0 WHEN 'F' THEN 1 ELSE 2 END""";

    static List<SetRow> read(Connection c, int year) throws SQLException {
        List<SetRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            for (int i = 1; i <= 4; i++) {
                ps.setInt(i, year);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> flags = new ArrayList<>();
                    java.sql.Array a = rs.getArray("flags");
                    if (a != null) {
                        for (Object o : (Object[]) a.getArray()) {
                            flags.add(String.valueOf(o));
                        }
                    }
                    if (rs.getObject("n_units") != null) {
                        flags.add("aggregated_from_" + rs.getInt("n_units") + "_of_" + rs.getInt("n_children"));
                    }
                    Integer y = (Integer) rs.getObject("year");
                    if (y != null && y < year) {
                        flags.add("earlier_year");
                    }
                    var indicator = new SetRow.Indicator(rs.getString("code"), rs.getString("domain"),
                            rs.getString("name_vi"), rs.getString("name_en"), rs.getString("measure"),
                            (Double) rs.getObject("national_2025"), (Double) rs.getObject("national_2030"));
                    var area = new SetRow.Area(rs.getString("area"), rs.getString("area_name"));
                    var point = new SetRow.Point(y, rs.getString("kind"), (Double) rs.getObject("value"), flags);
                    rows.add(new SetRow(indicator, area, rs.getString("sex"), point, rs.getString("status"),
                            rs.getInt("files"), (Double) rs.getObject("aggregated")));
                }
            }
        }
        return rows;
    }
}
