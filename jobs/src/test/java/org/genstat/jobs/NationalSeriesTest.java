package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real public files of ../shared/data/national (31 GSO PX-Web exports, the World Bank Gender
 * Statistics extract) read as they are, beside the sample units' reports. Values checked by hand
 * against the files.
 */
class NationalSeriesTest {
    static final Path NATIONAL = Path.of("../../shared/data/national");

    @TempDir
    static Path tmp;
    static String output;

    @BeforeAll
    static void night() throws IOException {
        boolean shared = Files.isDirectory(NATIONAL);
        if (!shared) {
            System.out.println("SKIPPED NationalSeriesTest: ../shared/data/national is not next to the project");
        }
        assumeTrue(shared, "../shared/data/national is not next to the project");
        Path inbox = tmp.resolve("inbox");
        copy(NightlyJobTest.INBOX, inbox);
        copy(NATIONAL, inbox.resolve("national/shared"));
        output = NightlyJobTest.genstat("nightly", "--inbox", inbox.toString(), "--warehouse",
                tmp.resolve("warehouse").toString());
    }

    @Test
    void nationalSeriesSitBesideTheUnitsUnderTheSameCodes() throws Exception {
        assertTrue(output.contains("genstat nightly: COMPLETED"), output);
        // GSO "Infant mortality rate by province": Kon Tum 38.7 and Quảng Ninh 15.3 in 2014.
        assertEquals(38.7, value("POP.04", "62", 2014, "T"), 1e-9);
        assertEquals(15.3, value("POP.04", "22", 2014, "T"), 1e-9);
        // GSO "Average population by sex and by residence": women 1990, 33,813.9 thousand.
        assertEquals(33_813_900, value("POP.01", "VN", 1990, "F"), 1e-6);
        // World Bank SP.ADO.TFRT, Viet Nam: 35.23 (2010) and 34.277 (2023) births per 1,000 women 15-19.
        assertEquals(35.23, value("HEA.03", "VN", 2010, "T"), 1e-9);
        assertEquals(34.277, value("HEA.03", "VN", 2023, "T"), 1e-9);
        // The sex ratio at birth: the country (GSO) and the sample provinces and town, one code.
        List<String> units = strings("SELECT DISTINCT unit_code FROM observation WHERE indicator_code = 'HEA.01'"
                + " ORDER BY 1");
        assertEquals(List.of("22", "480", "62", "64", "VN"), units);
    }

    @Test
    void unmatchedNationalSeriesAreInformationNotWarnings() throws Exception {
        List<String> severities = strings("SELECT DISTINCT severity FROM ingest_issue WHERE code = 'label_unmatched'"
                + " AND path LIKE 'national/shared/%'");
        assertEquals(List.of("info"), severities);
        List<String> rejected = strings("SELECT path FROM ingest_file WHERE status = 'rejected'");
        assertTrue(rejected.size() <= 1, "at most the age-group table (no year, no unit) is refused: " + rejected);
    }

    private static double value(String code, String unit, int year, String sex) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM observation WHERE indicator_code = '" + code
                     + "' AND unit_code = '" + unit + "' AND year = " + year + " AND sex = '" + sex
                     + "' AND kind = 'actual'")) {
            assertTrue(rs.next(), code + " " + unit + " " + year + " " + sex + " is in the warehouse");
            return rs.getDouble(1);
        }
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("warehouse/genstat.duckdb"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
