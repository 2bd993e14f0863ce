package org.genstat.normalise;

import org.genstat.vocabulary.Flag;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.genstat.catalog.Generation;
import org.genstat.catalog.Indicator;
import org.genstat.catalog.LabelMatcher;
import org.genstat.ingest.IngestFile;
import org.genstat.discover.Manifest;
import org.genstat.ingest.IngestIssue;
import org.genstat.ingest.Sources;
import org.genstat.io.AtomicFiles;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.reference.ReferenceData;
import org.genstat.spark.SparkSchemas;
import org.genstat.storage.Warehouse;
import org.genstat.vocabulary.Sex;

/**
 * Step 3 (Spark): raw observations of the usable files → curated observations: label → catalog
 * code, value → the indicator's canonical measure, generation and flags, and one row per
 * (indicator, unit, year, sex, kind) — the latest submission wins. Partitioned by year.
 */
public final class NormaliseStep {

    /** What normalise did this run. */
    public record Result(long observations, int unmatchedLabels, int issues) {
    }

    private final SparkSession spark;
    private final ReferenceData reference;

    public NormaliseStep(SparkSession spark, ReferenceData reference) {
        this.spark = spark;
        this.reference = reference;
    }

    public Result run(Warehouse warehouse) {
        // Read once: the steps below run several actions over it, and each would list and open every
        // file's small Parquet again (one per report: thousands on a national night).
        // Coalesced to one partition per core: Spark packs small files ~30 to a task, so a national
        // night's thousands of reports made a hundred tasks for every later scan of a few MB.
        Dataset<Row> raw = readRaw(warehouse).filter(col("unit_code").isNotNull())
                .coalesce(spark.sparkContext().defaultParallelism())
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            return run(warehouse, raw);
        } finally {
            raw.unpersist();
        }
    }

    private Result run(Warehouse warehouse, Dataset<Row> raw) {
        Dataset<Row> labels = LabelResolution.table(spark, raw, new LabelMatcher(reference.catalog()));
        Dataset<Row> joined = raw.join(broadcast(labels), col("label").eqNullSafe(col("m_label"))
                .and(col("label_code").eqNullSafe(col("m_label_code")))
                .and(col("table_title").eqNullSafe(col("m_table_title")))
                .and(col("unit_of_measure").eqNullSafe(col("m_unit_of_measure")))
                .and(col("goal_no").eqNullSafe(col("m_goal_no")))
                .and(col("indicator_no").eqNullSafe(col("m_indicator_no")))
                .and(col("report_year").equalTo(col("m_report_year"))));

        List<IngestIssue> issues = new ArrayList<>();
        List<Row> unmatched = joined.filter(col("indicator_code").isNull())
                .groupBy("source_file", "source_sheet", "label", "match_reason")
                .agg(min("source_cell").as("cell"))
                .orderBy("source_file", "source_sheet", "cell").collectAsList();
        for (Row u : unmatched) {
            String file = u.getAs("source_file");
            Severity severity = Sources.national(file) ? Severity.INFO : Severity.WARNING;
            issues.add(new IngestIssue(file, u.getAs("source_sheet"), u.getAs("cell"), severity,
                    IssueCode.LABEL_UNMATCHED, "'" + u.getAs("label") + "': " + u.getAs("match_reason")
                    + ". Its values are kept in raw and not published until an alias in"
                    + " schemas/reference/aliases-local.csv names its indicator"));
        }

        Dataset<Row> matched = joined.filter(col("indicator_code").isNotNull())
                .withColumn("sex", coalesce(col("m_sex"), col("sex")))
                .join(broadcast(catalog()), col("indicator_code").equalTo(col("c_code")));
        List<Row> maleShares = matched.filter(col("c_sex_breakdown").equalTo("F_only").and(col("sex").equalTo(Sex.M.code())))
                .groupBy("source_file", "source_sheet", "indicator_code").agg(min("source_cell").as("cell"))
                .orderBy("source_file", "cell").collectAsList();
        for (Row m : maleShares) {
            issues.add(new IngestIssue(m.getAs("source_file"), m.getAs("source_sheet"), m.getAs("cell"),
                    Severity.WARNING, IssueCode.MALE_VALUE_FOR_FEMALE_SHARE, m.getAs("indicator_code")
                    + " is itself a share of women; the value given"
                    + " for men is not used"));
        }
        matched = matched.filter(col("c_sex_breakdown").notEqual("F_only").or(col("sex").notEqual(Sex.M.code())));

        Dataset<Row> converted = matched.join(broadcast(conversions(matched)),
                col("c_measure").eqNullSafe(col("k_measure"))
                        .and(col("unit_of_measure").eqNullSafe(col("k_uom")))
                        .and(col("denominator").eqNullSafe(col("k_denominator"))));

        // Rounded to 6 decimals only when converted: 108/102 is 105.882353, not 105.88235294117646.
        Column value = when(col("k_factor").equalTo(1), col("value"))
                .otherwise(round(col("value").multiply(col("k_factor")), 6));
        Column impossible = when(value.isNotNull().and(
                col("c_measure").equalTo("percent").and(value.gt(100).or(value.lt(0)))
                        .or(col("c_measure").isin("persons", "count").and(value.lt(0)))), lit(Flag.IMPOSSIBLE_VALUE.code()));
        Column planYear = when(col("report_year").gt(0), col("report_year")).otherwise(col("year"));
        Column definitionBreak = when(col("c_definition_break").and(planYear.leq(Generation.LAST_YEAR_OF_G2011)),
                lit(Flag.DEFINITION_BREAK.code()));
        Dataset<Row> valued = converted.withColumn("value", value)
                .withColumn("n_values", size(collect_set(coalesce(col("value").cast("string"), col("value_text")))
                        .over(Window.partitionBy("source_file", "indicator_code", "unit_code", "year", "sex", "kind"))));
        issues.addAll(conflicts(valued));
        Dataset<Row> curated = valued.filter(col("n_values").leq(1))
                .withColumn("flags", array_distinct(array_compact(concat(col("flags"),
                        array(col("k_flag"), impossible, definitionBreak)))))
                .withColumn("sex", when(col("c_sex_breakdown").equalTo("F_only"), lit(Sex.T.code())).otherwise(col("sex")))
                .withColumn("measure", col("c_measure"))
                .withColumn("generation", when(planYear.leq(Generation.LAST_YEAR_OF_G2011), lit(Generation.G2011))
                        .otherwise(lit(Generation.G2021)))
                .withColumn("rn", row_number().over(Window
                        .partitionBy("indicator_code", "unit_code", "year", "sex", "kind")
                        .orderBy(col("submitted_at").desc(), col("source_file").desc(), col("source_cell"))))
                .filter(col("rn").equalTo(1))
                .select(SparkSchemas.columns(AvroSchemas.OBSERVATION));

        AtomicFiles.replaceDirectory(warehouse.curated("observation"), tmp -> curated
                .repartition(col("year"))
                .sortWithinPartitions("indicator_code", "unit_code", "sex", "kind")
                .write().mode(SaveMode.Overwrite).partitionBy("year").parquet(tmp.toString()));
        ParquetFiles.write(warehouse.normaliseIssues(), AvroSchemas.get(AvroSchemas.INGEST_ISSUE), issues,
                Records::issue);
        long count = spark.read().schema(SparkSchemas.of(AvroSchemas.OBSERVATION))
                .parquet(warehouse.curated("observation").toString()).count();
        return new Result(count, unmatched.size(), issues.size());
    }

    /**
     * Two cells of one file that give one key different values: neither lands, and the issue names
     * both cells, so a person decides. Equal values are one value and land once.
     */
    private static List<IngestIssue> conflicts(Dataset<Row> valued) {
        List<IngestIssue> issues = new ArrayList<>();
        List<Row> groups = valued.filter(col("n_values").gt(1))
                .groupBy("source_file", "source_sheet", "indicator_code", "unit_code", "year", "sex", "kind")
                .agg(sort_array(collect_list(concat(col("source_cell"), lit("="), coalesce(col("value").cast("string"),
                        col("value_text"))))).as("cells"))
                .orderBy("source_file", "indicator_code", "year", "sex").collectAsList();
        for (Row g : groups) {
            List<String> cells = g.getList(g.fieldIndex("cells"));
            issues.add(new IngestIssue(g.getAs("source_file"), g.getAs("source_sheet"),
                    cells.get(0).replaceFirst("=.*", ""), Severity.WARNING, IssueCode.CONFLICT,
                    ConflictRule.message(cells, g.getAs("indicator_code"), g.getAs("unit_code"),
                            g.<Integer>getAs("year"), g.getAs("sex"), g.getAs("kind"))));
        }
        return issues;
    }

    private Dataset<Row> readRaw(Warehouse warehouse) {
        StructType schema = SparkSchemas.of(AvroSchemas.RAW_OBSERVATION);
        List<java.nio.file.Path> files = Manifest.read(warehouse.manifest()).stream()
                .filter(IngestFile::usable)
                .map(f -> warehouse.rawObservations(f.sha256()))
                .filter(Files::exists)
                .distinct().toList();
        String[] paths = RawPacks.of(warehouse, files).stream().map(Object::toString).toArray(String[]::new);
        return paths.length == 0 ? spark.createDataFrame(List.of(), schema) : spark.read().schema(schema).parquet(paths);
    }

    private Dataset<Row> catalog() {
        List<Row> rows = new ArrayList<>();
        for (Indicator i : reference.catalog().indicators()) {
            boolean definitionBreak = i.comparabilityNote() != null
                    && i.comparabilityNote().toLowerCase(java.util.Locale.ROOT).startsWith("definition break");
            rows.add(RowFactory.create(i.code(), i.measure(), i.sexBreakdown(), definitionBreak));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("c_code", DataTypes.StringType, false),
                DataTypes.createStructField("c_measure", DataTypes.StringType, false),
                DataTypes.createStructField("c_sex_breakdown", DataTypes.StringType, false),
                DataTypes.createStructField("c_definition_break", DataTypes.BooleanType, false))));
    }

    /** Conversion factors for the distinct (measure, written unit, denominator) keys, decided on the driver. */
    private Dataset<Row> conversions(Dataset<Row> matched) {
        List<Row> rows = new ArrayList<>();
        for (Row k : matched.select("c_measure", "unit_of_measure", "denominator").distinct().collectAsList()) {
            String measure = k.getAs("c_measure");
            String unitOfMeasure = k.getAs("unit_of_measure");
            Double denominator = k.getAs("denominator");
            MeasureConverter.Conversion c = MeasureConverter.convert(measure, unitOfMeasure, denominator);
            rows.add(RowFactory.create(measure, unitOfMeasure, denominator, c.factor(), c.flag()));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("k_measure", DataTypes.StringType, true),
                DataTypes.createStructField("k_uom", DataTypes.StringType, true),
                DataTypes.createStructField("k_denominator", DataTypes.DoubleType, true),
                DataTypes.createStructField("k_factor", DataTypes.DoubleType, true),
                DataTypes.createStructField("k_flag", DataTypes.StringType, true))));
    }
}
