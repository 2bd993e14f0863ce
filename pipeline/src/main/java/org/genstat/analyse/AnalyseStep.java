package org.genstat.analyse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.genstat.catalog.Indicator;
import org.genstat.io.AtomicFiles;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.reference.ReferenceData;
import org.genstat.spark.SparkSchemas;
import org.genstat.storage.Warehouse;

/**
 * Step 4 (Spark SQL): from the curated observations, the F−M gap and parity, each series' trend,
 * and progress towards the unit's own and the national targets. Flagged values (impossible,
 * unit mismatch) and values without a number stay out of every figure.
 */
public final class AnalyseStep {
    /** Rows written per table this run. */
    public record Result(long genderGaps, long trends, long targetProgress, long aggregates) {
    }

    private final SparkSession spark;
    private final ReferenceData reference;

    public AnalyseStep(SparkSession spark, ReferenceData reference) {
        this.spark = spark;
        this.reference = reference;
    }

    public Result run(Warehouse warehouse) {
        observations(warehouse).createOrReplaceTempView("observation");
        catalog().createOrReplaceTempView("indicator");
        spark.sql(AnalyseSql.USABLE).createOrReplaceTempView("usable");
        spark.sql(AnalyseSql.SERIES_POINTS).createOrReplaceTempView("points");
        long trends = write(warehouse, AvroSchemas.TREND, spark.sql(AnalyseSql.TREND));
        // Target progress reads the trends as written: computed once, not again inside its plan.
        spark.read().schema(SparkSchemas.of(AvroSchemas.TREND)).parquet(warehouse.curated(AvroSchemas.TREND).toString())
                .createOrReplaceTempView("trend");
        long gaps = write(warehouse, AvroSchemas.GENDER_GAP, spark.sql(AnalyseSql.GENDER_GAP));
        long progress = write(warehouse, AvroSchemas.TARGET_PROGRESS, spark.sql(AnalyseSql.TARGET_PROGRESS));
        long aggregates = write(warehouse, AvroSchemas.AGGREGATE, Aggregation.of(spark, spark.table("usable"), reference));
        return new Result(gaps, trends, progress, aggregates);
    }

    private long write(Warehouse warehouse, String table, Dataset<Row> rows) {
        Dataset<Row> shaped = rows.select(rounded(SparkSchemas.of(table)));
        AtomicFiles.replaceDirectory(warehouse.curated(table), tmp -> shaped.coalesce(1)
                .sortWithinPartitions(col("indicator_code"), col("unit_code"))
                .write().mode(SaveMode.Overwrite).parquet(tmp.toString()));
        return ParquetFiles.rowCount(warehouse.curated(table));
    }

    /** Doubles rounded to 6 decimals: 49.99999999999999 is 50 to every reader and every status test. */
    private static Column[] rounded(StructType schema) {
        return java.util.Arrays.stream(schema.fields())
                .map(f -> f.dataType().equals(DataTypes.DoubleType) ? round(col(f.name()), 6).as(f.name()) : col(f.name()))
                .toArray(Column[]::new);
    }

    private Dataset<Row> observations(Warehouse warehouse) {
        return ParquetFiles.exists(warehouse.curated("observation"))
                ? spark.read().schema(SparkSchemas.of(AvroSchemas.OBSERVATION))
                        .parquet(warehouse.curated("observation").toString())
                : spark.createDataFrame(List.of(), SparkSchemas.of(AvroSchemas.OBSERVATION));
    }

    private Dataset<Row> catalog() {
        List<Row> rows = new ArrayList<>();
        for (Indicator i : reference.catalog().indicators()) {
            rows.add(RowFactory.create(i.code(), i.measure(), i.direction(), i.national2020(), i.national2025(),
                    i.national2030()));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("code", DataTypes.StringType, false),
                DataTypes.createStructField("measure", DataTypes.StringType, false),
                DataTypes.createStructField("direction", DataTypes.StringType, false),
                DataTypes.createStructField("national_2020", DataTypes.DoubleType, true),
                DataTypes.createStructField("national_2025", DataTypes.DoubleType, true),
                DataTypes.createStructField("national_2030", DataTypes.DoubleType, true))));
    }
}
