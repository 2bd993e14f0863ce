package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genstat.csv.CsvReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole night on the sample inbox, as `./genstat nightly` runs it, twice. */
class NightlyJobTest {
    static final Path INBOX = Path.of("../sample-data/inbox");
    static final Path EXPECTED = Path.of("../sample-data/expected/observations.csv");
    /** The tables of CONTRACTS.md §3; the warehouse has these and the ones genstat adds (aggregate). */
    static final List<String> CONTRACT_TABLES = List.of("indicator", "unit", "unit_lineage", "observation",
            "ingest_file", "ingest_issue", "gender_gap", "trend", "target_progress");
    static final List<String> TABLES = org.genstat.publish.WarehouseTable.names();

    @TempDir
    static Path warehouse;
    static String firstNightOutput;
    static Map<String, List<String>> firstNight;

    @BeforeAll
    static void runTheNight() throws Exception {
        firstNightOutput = genstat("nightly", "--inbox", INBOX.toString(), "--warehouse", warehouse.toString());
        firstNight = dump(warehouse.resolve("genstat.duckdb"));
    }

    @Test
    void theNightCompletesAndPrintsItsSummary() {
        assertTrue(firstNightOutput.contains("genstat nightly: COMPLETED"), firstNightOutput);
        assertTrue(firstNightOutput.contains("seen 17 · new 17 · loaded 14"), firstNightOutput);
        assertTrue(firstNightOutput.contains("observations  306"), firstNightOutput);
        for (String step : NightlyJobConfiguration.STEPS) {
            assertTrue(firstNightOutput.contains(step + " "), step + " has a time in the summary");
        }
    }

    @Test
    void everyWarehouseTableExists() {
        assertEquals(TABLES, List.copyOf(firstNight.keySet().stream().filter(TABLES::contains).sorted(
                java.util.Comparator.comparing(TABLES::indexOf)).toList()));
        assertTrue(TABLES.containsAll(CONTRACT_TABLES), TABLES.toString());
        assertTrue(firstNight.get("unit").size() > 14_000);
    }

    @Test
    void observationsAreExactlyTheExpectedOnes() throws Exception {
        assertObservationsAreTheExpectedOnes(warehouse.resolve("genstat.duckdb"));
    }

    /** Every observation of the warehouse is a row of sample-data/expected/observations.csv, and every row is one. */
    static void assertObservationsAreTheExpectedOnes(Path duckdb) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        List<List<String>> rows = CsvReader.readAll(EXPECTED, ',');
        for (List<String> r : rows.subList(1, rows.size())) {
            expected.put(String.join("|", r.subList(0, 6)), r.get(6));
        }
        Map<String, String> actual = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_file, indicator_code, unit_code, year, sex, kind, value,"
                     + " source_sheet, source_cell FROM observation")) {
            while (rs.next()) {
                String key = String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getInt(4)), rs.getString(5), rs.getString(6));
                double v = rs.getDouble(7);
                actual.put(key, rs.wasNull() ? "" : trim(v));
                assertTrue(rs.getString(8) != null && rs.getString(9).matches("[A-Z]+[0-9]+"), key + " has a cell");
            }
        }
        Map<String, String> expectedTrimmed = new TreeMap<>();
        expected.forEach((k, v) -> expectedTrimmed.put(k, v.isEmpty() ? "" : trim(Double.parseDouble(v))));
        assertEquals(expectedTrimmed, actual);
    }

    /** A night with nothing new runs no Spark step and leaves every file of the warehouse as it was. */
    @Test
    void aSecondNightWithNothingNewChangesNothing() throws Exception {
        Map<String, String> before = files(warehouse);
        String again = genstat("nightly", "--inbox", INBOX.toString(), "--warehouse", warehouse.toString());
        assertTrue(again.contains("seen 17 · new 0 · loaded 14"), again);
        assertTrue(again.contains("steps         discover ") && !again.contains("normalise"), again);
        assertTrue(again.contains("nothing new"), again);
        assertEquals(before, files(warehouse), "every file outside state/ (the job repository) is byte-for-byte the same");
        System.out.printf("no-op night: %s; first night: %s%n", jobTime(again), jobTime(firstNightOutput));
    }

    /** Every step is idempotent: normalise, analyse and publish redone on the same inputs give the same tables. */
    @Test
    void aRebuiltWarehouseIsTheSame() throws Exception {
        // An analyst's connection opened before the night keeps working through the swap.
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Connection analyst = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("genstat.duckdb"), readOnly);
        Files.delete(warehouse.resolve("state/published-inputs.sha256")); // as after a change of reference data
        String again = genstat("nightly", "--inbox", INBOX.toString(), "--warehouse", warehouse.toString());
        assertTrue(again.contains("normalise") && !again.contains("nothing new"), again);
        try (analyst; Statement s = analyst.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM observation")) {
            rs.next();
            assertEquals(firstNight.get("observation").size(), rs.getLong(1));
        }
        assertEquals(firstNight, dump(warehouse.resolve("genstat.duckdb")));
    }

    @Test
    void aCorrectedResubmissionSupersedesTheFirstReport() throws Exception {
        assertTrue(firstNightOutput.contains("superseded 1"), firstNightOutput);
        assertTrue(firstNight.get("ingest_file").stream().anyMatch(r -> r.startsWith(
                "quang-ninh/QN-bao-cao-BDG-2022.xlsx|") && r.contains("|superseded|")
                && r.endsWith("|quang-ninh/QN-bao-cao-BDG-2022-sua-doi.xlsx|quảng ninh|")), firstNight.get("ingest_file").toString());
    }

    /** Spark writes the curated observations with the schema of schemas/avro/observation.avsc. */
    @Test
    void curatedParquetReadsBackWithTheAvroSchema() throws Exception {
        Path part;
        try (var files = Files.walk(warehouse.resolve("curated/observation/year=2016"))) {
            part = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        List<org.apache.avro.generic.GenericRecord> records = org.genstat.parquet.ParquetFiles.read(part, r -> r);
        org.apache.avro.Schema expected = org.genstat.parquet.AvroSchemas.get(
                org.genstat.parquet.AvroSchemas.OBSERVATION);
        org.apache.avro.Schema actual = records.get(0).getSchema();
        for (org.apache.avro.Schema.Field f : expected.getFields()) {
            if (!f.name().equals("year")) { // the partition column lives in the folder name
                assertTrue(actual.getField(f.name()) != null, "curated Parquet lacks " + f.name());
            }
        }
        assertEquals(expected.getFields().size() - 1, actual.getFields().size());
    }

    /** One table, one code per concept, across the plan generations and the 2025 reorganisation. */
    @Test
    void bothGenerationsAndTheNationalSeriesShareTheCodes() throws Exception {
        List<String> rows = firstNight.get("observation");
        assertHas(rows, "HEA.01|62|2016|T|actual|105.882353|108/102|[]|boys_per_100_girls|2011-2020|");
        assertHas(rows, "HEA.01|22|2025|T|target|111.0|111|[]|boys_per_100_girls|2021-2030|");
        assertHas(rows, "HEA.01|480|2025|T|target|110.0|110 bé trai/100 bé gái|[]|boys_per_100_girls|2021-2030|");
        assertHas(rows, "HEA.01|VN|2015|T|actual|112.8|112.8|[preliminary]|boys_per_100_girls|2011-2020|");
        assertHas(rows, "ECO.03|62|2016|T|actual|30.91|30.91|[definition_break]|percent|2011-2020|");
        assertHas(rows, "ECO.03|22|2025|T|target|27.0|ít nhất 27%|[lower_bound]|percent|2021-2030|");
        assertHas(rows, "COM.01|10816|2030|T|target|85.0|từ 85% dân số trở lên|[lower_bound]|percent|2021-2030|");
        assertHas(rows, "COM.01|20035|2024|T|actual|180.0|180|[impossible_value]|percent|2021-2030|");
        assertTrue(firstNight.get("trend").stream().noneMatch(r -> r.startsWith("COM.01|20035|")),
                "an impossible value enters no figure");
        // Hương Trà's news items summed over the 6 of its 9 communes and wards that reported.
        assertHas(firstNight.get("aggregate"), "COM.06|480|2024|T|actual|15.0|sum|6|9|false|");
        // ... and carried into the 2025 ward they were merged into whole: Tứ Hạ 4 + Hương Vân 3 + Hương Văn 1.
        assertHas(firstNight.get("aggregate"), "COM.06|19996|2024|T|actual|8.0|rebased_sum|3|3|true|");
    }

    /** Each file's SHA-256 under the warehouse, but for the job repository and the lock, which record every run. */
    static Map<String, String> files(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString();
                if (!name.startsWith("state/jobs") && !name.equals("state/night.lock")) {
                    hashes.put(name, org.genstat.discover.Discovery.sha256(f));
                }
            }
        }
        return hashes;
    }

    private static String jobTime(String summary) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("COMPLETED in ([0-9.]+ s)").matcher(summary);
        return m.find() ? m.group(1) : "?";
    }

    private static void assertHas(List<String> rows, String prefix) {
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(prefix)), "no observation row starts with " + prefix);
    }

    /** The README cannot drift: each of its query examples prints exactly the block under it. */
    @Test
    void everyReadmeQueryPrintsWhatTheReadmeShows() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("../README.md"));
        List<org.genstat.bench.ReadmeQueries.Example> examples = org.genstat.bench.ReadmeQueries.of(readme);
        for (org.genstat.bench.ReadmeQueries.Example e : examples) {
            String out = genstat("query", e.sql(), "--warehouse", warehouse.toString());
            assertEquals(e.output().strip(), out.strip(), "README example: " + e.sql());
        }
        assertTrue(examples.size() >= 8, "the README's query examples were found: " + examples.size());
    }

    @Test
    void queryPrintsTheCount() throws Exception {
        String out = genstat("query", "select count(*) from observation", "--warehouse", warehouse.toString());
        assertTrue(out.contains("306"), out);
    }

    private static String trim(double v) {
        return String.format(java.util.Locale.ROOT, "%.6f", v);
    }

    /** Runs the command line in this JVM and returns what it printed; fails on a non-zero status. */
    static String genstat(String... args) {
        Run r = run(args);
        assertEquals(0, r.status(), r.out());
        return r.out();
    }

    /** What a command line run returned and printed. */
    record Run(int status, String out) {
    }

    static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            status = Genstat.run(args);
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        original.print(out);
        return new Run(status, out);
    }

    /** Every table's rows, sorted, as text. */
    static Map<String, List<String>> dump(Path duckdb) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        assertTrue(Files.exists(duckdb));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb);
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        rows.add(sb.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
