package org.genstat.indicatorset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The yearly national gender development indicator set, from the published warehouse:
 * gender-indicator-set-Y.xlsx for people, .csv and .sdmx.csv for machines, each written
 * atomically. Small counts are suppressed; a national value reported by a publisher and the sum
 * of the provinces' reports are both shown, and flagged when they differ.
 */
public final class IndicatorSet {
    /** @param threshold counts below it are suppressed; @param tolerance relative difference flagged */
    public record Settings(double threshold, double tolerance) {
        public static Settings defaults() {
            return new Settings(5, 0.05);
        }
    }

    /** What was written, and a sentence for the user when the year has no data. */
    public record Result(List<Path> files, int rows, int withValue, String message) {
    }

    private IndicatorSet() {
    }

    public static Result write(Path duckdb, int year, Path outDir, Settings settings) throws SQLException {
        if (!Files.exists(duckdb)) {
            throw new IllegalArgumentException("there is no warehouse at " + duckdb + ": run ./genstat nightly first");
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        List<SetRow> rows;
        String asOf;
        long sources;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, props)) {
            rows = SetQuery.read(c, year);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT coalesce(strftime(max(submitted_at), '%Y-%m-%d'), '-') AS as_of, count(DISTINCT source_file) AS sources"
                            + " FROM observation WHERE year <= " + year)) {
                rs.next();
                asOf = rs.getString("as_of");
                sources = rs.getLong("sources");
            }
        }
        boolean noData = rows.stream().noneMatch(r -> r.point().year() != null);
        if (noData) {
            rows = List.of();
        }
        rows = flagNationalDifferences(Disclosure.apply(rows, settings.threshold()), settings.tolerance());
        List<String> cover = List.of(
                "Bộ chỉ tiêu thống kê phát triển giới quốc gia năm " + year,
                "National gender development indicator set " + year,
                "Số liệu đến ngày / Data as of: " + asOf + " (latest submission in the warehouse)",
                "Nguồn / Sources: " + sources + " source files (unit reports, GSO and World Bank series) read by genstat",
                "",
                "Ghi chú / Notes on flags:",
                "earlier_year: no value for " + year + "; the latest earlier value is shown with its year",
                "estimate / preliminary: an estimate (ước thực hiện) or preliminary (sơ bộ) figure",
                "definition_break: measured under the 2011–2020 definition, which differs from 2021–2030's",
                "upper_bound / lower_bound / approximate / footnote / text_status: as the source wrote it",
                "suppressed: a count below " + (long) settings.threshold() + " is not published;"
                        + " suppressed_complementary: hidden so the first cannot be recovered by subtraction",
                "aggregated_from_N_of_M: the sum (or weighted mean) of the reports of the units below covers N of M",
                "national_differs_from_sum: the published national value and the sum of the provinces' reports"
                        + " differ by more than " + Math.round(settings.tolerance() * 100) + " %",
                "Tình trạng / Status: progress towards the first national target (achieved, on_track, off_track, no_data)");
        Path xlsx = outDir.resolve("gender-indicator-set-" + year + ".xlsx");
        Path csv = outDir.resolve("gender-indicator-set-" + year + ".csv");
        Path sdmx = outDir.resolve("gender-indicator-set-" + year + ".sdmx.csv");
        SetWorkbook.write(xlsx, year, rows, cover);
        SetFiles.csv(csv, rows);
        SetFiles.sdmx(sdmx, rows);
        int withValue = (int) rows.stream().filter(r -> r.point().value() != null).count();
        String message = noData ? "the warehouse holds no value for " + year + " or any year before it: the files"
                + " are written with their headings and no rows" : null;
        return new Result(List.of(xlsx, csv, sdmx), rows.size(), withValue, message);
    }

    private static List<SetRow> flagNationalDifferences(List<SetRow> rows, double tolerance) {
        List<SetRow> out = new ArrayList<>(rows.size());
        for (SetRow r : rows) {
            if ("VN".equals(r.area().code()) && r.point().value() != null && r.aggregated() != null
                    && Math.abs(r.point().value() - r.aggregated()) > tolerance * Math.abs(r.point().value())) {
                List<String> flags = new ArrayList<>(r.point().flags());
                flags.add("national_differs_from_sum");
                out.add(r.withValue(r.point().value(), flags));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
