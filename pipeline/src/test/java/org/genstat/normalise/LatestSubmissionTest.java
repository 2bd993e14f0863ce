package org.genstat.normalise;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.genstat.parquet.AvroSchemas;
import org.genstat.spark.SparkSchemas;
import org.genstat.spark.SparkSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Latest wins per value, not per file: known answers for a correction, an annex and a tie. */
class LatestSubmissionTest {
    static SparkSession spark;
    static final StructType GIVEN = DataTypes.createStructType(List.of(
            DataTypes.createStructField("indicator_code", DataTypes.StringType, false),
            DataTypes.createStructField("year", DataTypes.IntegerType, false),
            DataTypes.createStructField("source_file", DataTypes.StringType, false),
            DataTypes.createStructField("source_cell", DataTypes.StringType, false),
            DataTypes.createStructField("submitted_at", DataTypes.LongType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, false)));

    @BeforeAll
    static void start() {
        spark = SparkSessions.create(new SparkSessions.Settings("local[1]", 1, "latest-submission-test"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theLatestSubmissionWinsForEachKeyItGivesAndTheRestStands() {
        Map<String, String> latest = latest(
                RowFactory.create("ECO.01", 2023, "report.xlsx", "C5", 1_000L, 40.0),
                RowFactory.create("EDU.05", 2023, "report.xlsx", "C9", 1_000L, 30.0),
                RowFactory.create("ECO.01", 2023, "correction.xlsx", "D7", 2_000L, 41.5), // a correction of one value
                RowFactory.create("HEA.01", 2023, "annex.xlsx", "B4", 3_000L, 112.0)); // an annex adds a value
        assertEquals(Map.of("ECO.01|2023", "41.5 correction.xlsx!D7", "EDU.05|2023", "30.0 report.xlsx!C9",
                "HEA.01|2023", "112.0 annex.xlsx!B4"), latest);
    }

    @Test
    void aTieGoesToTheLaterFileNameThenToTheFirstCell() {
        assertEquals(Map.of("ECO.01|2023", "2.0 b.xlsx!C5"), latest(
                RowFactory.create("ECO.01", 2023, "a.xlsx", "C5", 1_000L, 1.0),
                RowFactory.create("ECO.01", 2023, "b.xlsx", "C5", 1_000L, 2.0)));
        assertEquals(Map.of("ECO.01|2023", "1.0 a.xlsx!C5"), latest(
                RowFactory.create("ECO.01", 2023, "a.xlsx", "C5", 1_000L, 1.0),
                RowFactory.create("ECO.01", 2023, "a.xlsx", "C6", 1_000L, 1.0)));
    }

    /** The rows given (one unit, both sexes, actual), the other observation columns empty; the winners by key. */
    private static Map<String, String> latest(Row... rows) {
        Dataset<Row> d = spark.createDataFrame(List.of(rows), GIVEN)
                .withColumn("unit_code", lit("01")).withColumn("sex", lit("T")).withColumn("kind", lit("actual"));
        for (StructField f : SparkSchemas.of(AvroSchemas.OBSERVATION).fields()) {
            if (!List.of(d.columns()).contains(f.name())) {
                d = d.withColumn(f.name(), lit(null).cast(f.dataType()));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (Row r : LatestSubmission.perKey(d).collectAsList()) {
            out.put(r.getAs("indicator_code") + "|" + r.<Integer>getAs("year"), r.<Double>getAs("value") + " "
                    + r.getAs("source_file") + "!" + r.getAs("source_cell"));
        }
        return out;
    }
}
