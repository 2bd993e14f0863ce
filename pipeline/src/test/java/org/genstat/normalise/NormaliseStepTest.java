package org.genstat.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.genstat.catalog.Alias;
import org.genstat.catalog.IndicatorCatalog;
import org.genstat.discover.Manifest;
import org.genstat.extract.RawObservation;
import org.genstat.ingest.IngestFile;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.reference.ReferenceData;
import org.genstat.spark.SparkSessions;
import org.genstat.storage.Warehouse;
import org.genstat.vocabulary.FileStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Normalise resolves each raw pack once: a night with a new report resolves only that report's pack,
 * and its curated observations are exactly those of a warehouse normalised from scratch.
 */
class NormaliseStepTest {
    static final String LABEL = "Tỷ lệ lao động nữ làm công việc hưởng lương"; // ECO.01, percent
    static SparkSession spark;
    static ReferenceData reference = ReferenceData.load(null);

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.create(new SparkSessions.Settings("local[2]", 2, "normalise-test"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aNewReportResolvesOnlyItsPackAndTheResultIsAFullNightsResult() throws Exception {
        Warehouse night = new Warehouse(dir.resolve("incremental"));
        List<IngestFile> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(report(night, sha(i), "0" + (10 + i), 40.0 + i, 1_000L));
        }
        Manifest.write(night.manifest(), files);
        new NormaliseStep(spark, reference).run(night);
        Map<Path, FileTime> before = resolved(night);

        // A correction of unit 010 (a later submission of the same key, in another pack) and its cell
        // that an older report also gives: the later value wins, in the pack of the correction only.
        files.add(report(night, "a" + "7".repeat(63), "010", 55.5, 2_000L));
        Manifest.write(night.manifest(), files);
        NormaliseStep.Result result = new NormaliseStep(spark, reference).run(night);
        Map<Path, FileTime> after = resolved(night);

        List<Path> rewritten = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        assertEquals(2, rewritten.size(), "one pack's observations and issues: " + rewritten);
        assertTrue(rewritten.stream().allMatch(p -> p.getFileName().toString().startsWith("a-")), rewritten.toString());
        assertEquals(before.size(), after.size(), "the pack replaced is removed");

        Warehouse scratch = new Warehouse(dir.resolve("from-scratch"));
        for (IngestFile f : files) {
            Files.createDirectories(scratch.rawObservationsDir());
            Files.copy(night.rawObservations(f.sha256()), scratch.rawObservations(f.sha256()));
        }
        Manifest.write(scratch.manifest(), files);
        new NormaliseStep(spark, reference).run(scratch);

        assertEquals(observations(scratch), observations(night));
        assertEquals(20, result.observations());
        assertEquals("55.5", observations(night).get("ECO.01|010|2024|T|actual"));
    }

    @Test
    void changedAliasesResolveEveryPackAgain() throws Exception {
        Warehouse night = twoReportsNormalised();
        Map<Path, FileTime> before = resolved(night);

        IndicatorCatalog catalog = reference.catalog();
        List<Alias> aliases = new ArrayList<>(catalog.aliases());
        aliases.add(new Alias("ECO.01", null, null, null, "Tỷ lệ nữ làm công ăn lương", "%", "local", null));
        ReferenceData changed = new ReferenceData(catalog.withAliases(aliases), reference.units(),
                reference.denominators());
        new NormaliseStep(spark, changed).run(night);

        Map<Path, FileTime> after = resolved(night);
        assertEquals(before.size(), after.size());
        assertTrue(after.keySet().stream().noneMatch(before::containsKey), "every pack under the new rules: " + after);
    }

    /** A night killed while it kept a pack: rows moved in, issues not yet written, Spark's scratch left. */
    @Test
    void aPackInterruptedBeforeItsIssuesIsResolvedAgainAndTheScratchIsRemoved() throws Exception {
        Warehouse night = twoReportsNormalised();
        Map<String, String> first = observations(night);
        Path issues;
        try (Stream<Path> s = Files.list(night.resolvedPacks())) {
            issues = s.filter(p -> p.getFileName().toString().startsWith("1-")
                    && p.toString().endsWith(".issues.parquet")).findFirst().orElseThrow();
        }
        Files.delete(issues);
        Path scratch = night.resolvedPacks().resolve(".written-999999");
        Files.createDirectories(scratch.resolve(FileResolution.PACK + "=1"));

        new NormaliseStep(spark, reference).run(night);

        assertTrue(Files.isRegularFile(issues), "the pack is resolved again");
        assertTrue(Files.notExists(scratch), "what the killed night left is removed");
        assertEquals(first, observations(night));
    }

    @Test
    void aShareWrittenAsAFractionIsConvertedOnceAndIsNoImpossibleValue() {
        Warehouse night = new Warehouse(dir);
        Manifest.write(night.manifest(), List.of(report(night, sha(3), "013", 3.0, 4.0, 1_000L)));
        new NormaliseStep(spark, reference).run(night);
        Row r = spark.read().parquet(night.curated("observation").toString()).collectAsList().get(0);
        assertEquals(75.0, r.<Double>getAs("value"), "3/4 is 75%");
        assertEquals(List.of(), r.getList(r.fieldIndex("flags")), "judged as 75%, not as 3 × 25 × 25");
    }

    /** Two communes' reports, in two packs, normalised once. */
    private Warehouse twoReportsNormalised() {
        Warehouse night = new Warehouse(dir);
        Manifest.write(night.manifest(), List.of(report(night, sha(1), "011", 41.0, 1_000L),
                report(night, sha(2), "012", 42.0, 1_000L)));
        new NormaliseStep(spark, reference).run(night);
        return night;
    }

    private static Map<Path, FileTime> resolved(Warehouse warehouse) throws Exception {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> s = Files.list(warehouse.resolvedPacks())) {
            for (Path p : s.toList()) {
                times.put(p.getFileName(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    private static Map<String, String> observations(Warehouse warehouse) {
        Map<String, String> out = new TreeMap<>();
        spark.read().parquet(warehouse.curated("observation").toString()).collectAsList().forEach(r -> out.put(
                String.join("|", r.getAs("indicator_code"), r.getAs("unit_code"), String.valueOf(r.<Integer>getAs("year")),
                        r.getAs("sex"), r.getAs("kind")), r.getAs("value") + " " + r.getAs("source_file")));
        out.replaceAll((k, v) -> v.replaceFirst(" .*", ""));
        return out;
    }

    private static String sha(int i) {
        return String.format("%x", i % 16) + String.format("%063d", i);
    }

    /** One report of a commune giving ECO.01 for 2024, as extract leaves it: raw Parquet and a manifest row. */
    private static IngestFile report(Warehouse warehouse, String sha, String unit, double value, long submittedAt) {
        return report(warehouse, sha, unit, value, null, submittedAt);
    }

    private static IngestFile report(Warehouse warehouse, String sha, String unit, double value, Double denominator,
                                     long submittedAt) {
        String path = "r-" + sha.substring(0, 8) + ".xlsx";
        RawObservation row = RawObservation.at(sha, path, "Sheet1", "C5").label(LABEL, null, null).measuredIn("%")
                .reportedBy(unit, 2024).forYear(2024, "F", "actual")
                .value(value, denominator, String.valueOf(value), List.of()).submittedAt(submittedAt).build();
        ParquetFiles.write(warehouse.rawObservations(sha), AvroSchemas.get(AvroSchemas.RAW_OBSERVATION), List.of(row),
                Records::raw);
        return IngestFile.pending(path, sha, 1, submittedAt, submittedAt).identified(unit, 2024, "xã " + unit)
                .counted(1, 1, 0).withStatus(FileStatus.LOADED, null, null);
    }
}
