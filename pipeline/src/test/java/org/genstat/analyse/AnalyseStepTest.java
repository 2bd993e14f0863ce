package org.genstat.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.genstat.parquet.AvroSchemas;
import org.genstat.reference.ReferenceData;
import org.genstat.spark.SparkSchemas;
import org.genstat.spark.SparkSessions;
import org.genstat.storage.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known answers, computed by hand, for the gender gap, trends and target progress. */
class AnalyseStepTest {
    @TempDir
    static Path tmp;
    static SparkSession spark;
    static List<Row> gaps;
    static List<Row> trends;
    static List<Row> progress;
    static List<Row> aggregates;

    @BeforeAll
    static void analyse() {
        spark = SparkSessions.create(new SparkSessions.Settings("local[2]", 2, "analyse-test"));
        List<Row> rows = new ArrayList<>();
        // ECO.07 labour force (persons): women 60, men 40, total 100 in unit 62, 2020.
        rows.add(obs("ECO.07", "62", 2020, "F", "actual", 60));
        rows.add(obs("ECO.07", "62", 2020, "M", "actual", 40));
        rows.add(obs("ECO.07", "62", 2020, "T", "actual", 100));
        // ECO.01 (higher is better): 10, 12, 15 over 2020-2022; unit target 20 in 2025, 12 in 2021.
        rows.add(obs("ECO.01", "22", 2020, "T", "actual", 10));
        rows.add(obs("ECO.01", "22", 2021, "T", "actual", 12));
        rows.add(obs("ECO.01", "22", 2022, "T", "actual", 15));
        rows.add(obs("ECO.01", "22", 2025, "T", "target", 20));
        rows.add(obs("ECO.01", "22", 2030, "T", "target", 40));
        // ECO.02 (lower is better): 30, 28, 27; targets 25 and 20 in 2025.
        rows.add(obs("ECO.02", "22", 2020, "T", "actual", 30));
        rows.add(obs("ECO.02", "22", 2021, "T", "actual", 28));
        rows.add(obs("ECO.02", "22", 2022, "T", "actual", 27));
        rows.add(obs("ECO.02", "480", 2022, "T", "actual", 26));
        rows.add(obs("ECO.02", "480", 2025, "T", "target", 20));
        // HEA.01 sex ratio at birth (a band around 105): 112, 111.8 against 111 (2025).
        rows.add(obs("HEA.01", "22", 2021, "T", "actual", 112));
        rows.add(obs("HEA.01", "22", 2022, "T", "actual", 111.8));
        rows.add(obs("HEA.01", "22", 2025, "T", "target", 111));
        rows.add(obs("HEA.01", "62", 2016, "T", "actual", 105.88));
        rows.add(obs("HEA.01", "62", 2020, "T", "target", 115));
        // Wards of Hương Trà (480) in 2024: wage-worker shares weighted by employed women.
        rows.add(obs("ECO.01", "19996", 2024, "T", "actual", 40));
        rows.add(obs("ECO.01", "20005", 2024, "T", "actual", 60));
        rows.add(obs("ECO.01", "20008", 2024, "T", "actual", 99)); // no weight reported: left out
        rows.add(obs("ECO.08", "19996", 2024, "F", "actual", 100));
        rows.add(obs("ECO.08", "20005", 2024, "F", "actual", 300));
        // A target with no actual value at all.
        rows.add(obs("COM.01", "10816", 2030, "T", "target", 85));
        spark.createDataFrame(rows, SparkSchemas.of(AvroSchemas.OBSERVATION)).write()
                .partitionBy("year").parquet(tmp.resolve("curated/observation").toString());
        new AnalyseStep(spark, ReferenceData.load(null)).run(new Warehouse(tmp));
        gaps = spark.read().parquet(tmp.resolve("curated/gender_gap").toString()).collectAsList();
        trends = spark.read().parquet(tmp.resolve("curated/trend").toString()).collectAsList();
        progress = spark.read().parquet(tmp.resolve("curated/target_progress").toString()).collectAsList();
        aggregates = spark.read().parquet(tmp.resolve("curated/aggregate").toString()).collectAsList();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The statuses target_progress can take are exactly the words of TargetStatus. */
    @Test
    void targetProgressSaysOnlyTheStatusesOfItsVocabulary() {
        java.util.Set<String> said = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("THEN '([a-z_]+)'|ELSE '([a-z_]+)'")
                .matcher(AnalyseSql.TARGET_PROGRESS);
        while (m.find()) {
            said.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertEquals(new java.util.TreeSet<>(org.genstat.vocabulary.Coded.codes(org.genstat.vocabulary.TargetStatus.class)),
                said);
    }

    @Test
    void genderGapParityAndFemaleShare() {
        Row g = find(gaps, "ECO.07", "62");
        assertEquals(60.0, g.getAs("female"));
        assertEquals(40.0, g.getAs("male"));
        assertEquals(20.0, g.getAs("gap_f_minus_m"));
        assertEquals(1.5, g.getAs("parity_f_over_m"));
        assertEquals(60.0, g.getAs("female_share"), "a share of a count: 60 of 100");
    }

    @Test
    void trendSlopeIsLeastSquares() {
        Row t = find(trends, "ECO.01", "22");
        assertEquals(2020, (int) t.getAs("first_year"));
        assertEquals(2022, (int) t.getAs("last_year"));
        assertEquals(3, (int) t.getAs("n_years"));
        assertEquals(15.0, t.getAs("latest_value"));
        assertEquals(3.0, t.getAs("yoy_change"));
        assertEquals(2.5, t.getAs("avg_annual_change"));
        // x̄ = 2021, ȳ = 37/3; Σ(x-x̄)(y-ȳ) = 5, Σ(x-x̄)² = 2 → 2.5
        assertEquals(2.5, t.getAs("slope_per_year"));
        Row single = find(trends, "ECO.02", "480");
        assertNull(single.getAs("slope_per_year"), "one point has no slope");
    }

    @Test
    void projectionAndStatusHigherIsBetter() {
        Row p = progress(progress, "ECO.01", "22", 2025, "unit");
        assertEquals(15.0 + 2.5 * 3, p.getAs("projected_value"));
        assertEquals(1.666667, p.getAs("required_per_year"));
        assertEquals("on_track", p.getAs("status"));
        assertEquals(2020, (int) p.getAs("baseline_year"));
        assertEquals(10.0, p.getAs("baseline_value"));
        assertEquals("off_track", progress(progress, "ECO.01", "22", 2030, "unit").getAs("status"),
                "15 + 2.5 × 8 = 35 < 40");
        // national 2025 target for ECO.01 is 50: 22.5 is far off
        assertEquals("off_track", progress(progress, "ECO.01", "22", 2025, "national").getAs("status"));
    }

    @Test
    void lowerIsBetterAndAchieved() {
        // 30, 28, 27 → slope −1.5 → 27 − 4.5 = 22.5 in 2025: at most 25 yes, at most 20 no.
        Row national = progress(progress, "ECO.02", "22", 2025, "national"); // national 2025 target: 30
        assertEquals("achieved", national.getAs("status"), "27 is already under 30");
        Row own = progress(progress, "ECO.02", "480", 2025, "unit");
        assertEquals("no_data", own.getAs("status"), "26 against 20 with one point: no trend to project");
    }

    @Test
    void aBandIsJudgedByTheDistanceFromTheBalancedValue() {
        // 111.8 is 6.8 from 105, the target 111 is 6 from it: not achieved; the trend (−0.2/yr) gives 111.2.
        Row qn = progress(progress, "HEA.01", "22", 2025, "unit");
        assertEquals(111.2, qn.getAs("projected_value"));
        assertEquals("off_track", qn.getAs("status"));
        // Kon Tum's 105.88 is closer to 105 than the ceiling 115: achieved.
        assertEquals("achieved", progress(progress, "HEA.01", "62", 2020, "unit").getAs("status"));
    }

    @Test
    void aTargetWithoutActualsHasNoData() {
        Row p = progress(progress, "COM.01", "10816", 2030, "unit");
        assertEquals("no_data", p.getAs("status"));
        assertNull(p.getAs("latest_value"));
    }

    @Test
    void ratesAreAveragedWeightedByTheirDenominatorAndCountsSummed() {
        Row share = find(aggregates, "ECO.01", "480");
        // (40 × 100 + 60 × 300) / 400 = 55, not the unweighted 50; the ward without a weight is left out.
        assertEquals(55.0, share.getAs("value"));
        assertEquals("weighted_mean:ECO.08", share.getAs("method"));
        assertEquals(2, (int) share.getAs("n_units"));
        assertEquals(9, (int) share.getAs("n_children"), "Hương Trà had 9 communes and wards in 2024");
        assertEquals(false, share.getAs("complete"));
        Row women = find(aggregates, "ECO.08", "480");
        assertEquals(400.0, women.getAs("value"));
        assertEquals("sum", women.getAs("method"));
    }

    private static Row obs(String code, String unit, int year, String sex, String kind, double value) {
        return RowFactory.create(code, unit, year, sex, kind, value, String.valueOf(value),
                scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toSeq(), "x", "2021-2030", "f.xlsx",
                "s", "A1", "sha", new Timestamp(0));
    }

    private static Row find(List<Row> rows, String code, String unit) {
        return rows.stream().filter(r -> code.equals(r.getAs("indicator_code")) && unit.equals(r.getAs("unit_code")))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + code + " " + unit));
    }

    private static Row progress(List<Row> rows, String code, String unit, int year, String source) {
        return rows.stream().filter(r -> code.equals(r.getAs("indicator_code")) && unit.equals(r.getAs("unit_code"))
                        && year == (int) r.getAs("target_year") && source.equals(r.getAs("target_source")))
                .findFirst().orElseThrow(() -> new AssertionError("no progress row for " + code + " " + unit + " " + year));
    }
}
