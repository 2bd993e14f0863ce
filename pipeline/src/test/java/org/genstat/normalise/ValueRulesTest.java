package org.genstat.normalise;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.genstat.catalog.Generation;
import org.genstat.spark.SparkSessions;
import org.genstat.vocabulary.Flag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule normalise applies to a matched value, on rows with known answers, as FileResolution applies them. */
class ValueRulesTest {
    static SparkSession spark;
    static final StructType MATCHED = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, true),
            DataTypes.createStructField("k_factor", DataTypes.DoubleType, true),
            DataTypes.createStructField("c_measure", DataTypes.StringType, false),
            DataTypes.createStructField("report_year", DataTypes.IntegerType, false),
            DataTypes.createStructField("year", DataTypes.IntegerType, false),
            DataTypes.createStructField("c_definition_break", DataTypes.BooleanType, false),
            DataTypes.createStructField("c_sex_breakdown", DataTypes.StringType, false),
            DataTypes.createStructField("sex", DataTypes.StringType, false)));

    @BeforeAll
    static void start() {
        spark = SparkSessions.create(new SparkSessions.Settings("local[1]", 1, "value-rules-test"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aFractionIsConvertedOnceAndJudgedAsConverted() {
        Row r = resolved(row("3/4 of a share", 3.0, 25.0, "percent", 2023, 2023, false, "F_M", "T"));
        assertEquals(75.0, r.<Double>getAs("value"));
        assertNull(r.getAs("impossible"), "75% is possible; judged on the value converted twice (1875) it was not");
        assertEquals(105.882353, resolved(row("108 per 102", 108.0, 100 / 102.0, "percent", 2023, 2023, false, "F_M",
                "T")).<Double>getAs("value"), "rounded to 6 decimals when converted");
        assertEquals(45.5, resolved(row("as written", 45.5, 1.0, "percent", 2023, 2023, false, "F_M", "T"))
                .<Double>getAs("value"));
    }

    @Test
    void impossibleValuesAreFlaggedNotCorrected() {
        Row share = resolved(row("share over 100", 120.0, 1.0, "percent", 2023, 2023, false, "F_M", "T"));
        assertEquals(Flag.IMPOSSIBLE_VALUE.code(), share.getAs("impossible"));
        assertEquals(120.0, share.<Double>getAs("value"));
        assertEquals(Flag.IMPOSSIBLE_VALUE.code(), resolved(row("negative persons", -1.0, 1.0, "persons", 2023, 2023,
                false, "F_M", "T")).getAs("impossible"));
        assertNull(resolved(row("a ratio over 100", 112.0, 1.0, "boys_per_100_girls", 2023, 2023, false, "F_M", "T"))
                .getAs("impossible"));
    }

    @Test
    void thePlanYearDecidesGenerationAndDefinitionBreak() {
        Row last = resolved(row("2020 report", 50.0, 1.0, "percent", 2020, 2020, true, "F_M", "T"));
        assertEquals(Generation.G2011, last.getAs("generation"));
        assertEquals(Flag.DEFINITION_BREAK.code(), last.getAs("definition_break"));
        Row first = resolved(row("2021 report on 2020", 50.0, 1.0, "percent", 2021, 2020, true, "F_M", "T"));
        assertEquals(Generation.G2021, first.getAs("generation"), "a 2021 plan's report, though about 2020");
        assertNull(first.getAs("definition_break"));
        Row national = resolved(row("national 2019", 50.0, 1.0, "percent", 0, 2019, true, "F_M", "T"));
        assertEquals(Generation.G2011, national.getAs("generation"), "no report year: the value's own year");
    }

    @Test
    void aShareOfWomenIsFiledUnderBothSexesAndItsMaleValueIsNotUsed() {
        Row women = resolved(row("share of women", 30.0, 1.0, "percent", 2023, 2023, false, "F_only", "F"));
        assertEquals("T", women.getAs("sex_filed"));
        assertEquals(false, women.getAs("male_of_female_share"));
        Row men = resolved(row("given for men", 70.0, 1.0, "percent", 2023, 2023, false, "F_only", "M"));
        assertEquals(true, men.getAs("male_of_female_share"));
        Row other = resolved(row("a sex breakdown", 70.0, 1.0, "percent", 2023, 2023, false, "F_M", "M"));
        assertEquals("M", other.getAs("sex_filed"));
        assertEquals(false, other.getAs("male_of_female_share"));
    }

    private static Row row(Object... values) {
        return RowFactory.create(values);
    }

    /** The rules in FileResolution's order: convert the value, then judge and file it. */
    private static Row resolved(Row r) {
        Dataset<Row> d = spark.createDataFrame(List.of(r), MATCHED)
                .withColumn("male_of_female_share", ValueRules.maleOfFemaleShare())
                .withColumn("value", ValueRules.converted())
                .withColumn("impossible", ValueRules.impossible(col("value")))
                .withColumn("definition_break", ValueRules.definitionBreak())
                .withColumn("generation", ValueRules.generation())
                .withColumn("sex_filed", ValueRules.sexOfFemaleShare());
        return d.collectAsList().get(0);
    }
}
