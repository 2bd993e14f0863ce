package org.genstat.normalise;

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
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.genstat.catalog.Indicator;
import org.genstat.catalog.IndicatorCatalog;
import org.genstat.catalog.LabelMatcher;
import org.genstat.ingest.IngestIssue;
import org.genstat.ingest.Sources;
import org.genstat.parquet.AvroSchemas;
import org.genstat.spark.SparkSchemas;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;

/**
 * What normalise does to each file's raw observations on their own: the label to its catalog code,
 * the value to the indicator's canonical measure, flags and generation, and within one file one
 * value per (indicator, unit, year, sex, kind) — two cells of a file that disagree are withheld as
 * a conflict. Nothing here looks across files, so the result can be kept per raw pack and reused
 * while the files and the rules are unchanged ({@link ResolvedPacks}); the latest submission per
 * key across files is chosen after ({@link NormaliseStep}).
 */
final class FileResolution {
    /** The raw pack a row or an issue belongs to: the first hex digit of its file's SHA-256. */
    static final String PACK = "pack_prefix";

    /**
     * @param rows   observation columns plus {@link #PACK}, evaluated when written
     * @param issues per pack prefix: unmatched labels, male values of female shares, conflicts
     */
    record Result(Dataset<Row> rows, Map<String, List<IngestIssue>> issues) {
    }

    private final SparkSession spark;
    private final IndicatorCatalog catalog;

    FileResolution(SparkSession spark, IndicatorCatalog catalog) {
        this.spark = spark;
        this.catalog = catalog;
    }

    /** @param raw raw observations with a unit, read once by the caller (several actions run over it) */
    Result resolve(Dataset<Row> raw) {
        raw = raw.withColumn(PACK, substring(col("file_sha256"), 1, 1));
        Map<String, List<IngestIssue>> issues = new TreeMap<>();
        Dataset<Row> labels = LabelResolution.table(spark, raw, new LabelMatcher(catalog));
        Dataset<Row> joined = raw.join(broadcast(labels), col("label").eqNullSafe(col("m_label"))
                .and(col("label_code").eqNullSafe(col("m_label_code")))
                .and(col("table_title").eqNullSafe(col("m_table_title")))
                .and(col("unit_of_measure").eqNullSafe(col("m_unit_of_measure")))
                .and(col("goal_no").eqNullSafe(col("m_goal_no")))
                .and(col("indicator_no").eqNullSafe(col("m_indicator_no")))
                .and(col("report_year").equalTo(col("m_report_year"))));

        for (Row u : joined.filter(col("indicator_code").isNull())
                .groupBy(PACK, "source_file", "source_sheet", "label", "match_reason")
                .agg(min("source_cell").as("cell"))
                .orderBy("source_file", "source_sheet", "cell").collectAsList()) {
            String file = u.getAs("source_file");
            Severity severity = Sources.national(file) ? Severity.INFO : Severity.WARNING;
            add(issues, u, new IngestIssue(file, u.getAs("source_sheet"), u.getAs("cell"), severity,
                    IssueCode.LABEL_UNMATCHED, "'" + u.getAs("label") + "': " + u.getAs("match_reason")
                    + ". Its values are kept in raw and not published until an alias in"
                    + " schemas/reference/aliases-local.csv names its indicator"));
        }

        Dataset<Row> matched = joined.filter(col("indicator_code").isNotNull())
                .withColumn("sex", coalesce(col("m_sex"), col("sex")))
                .join(broadcast(indicators()), col("indicator_code").equalTo(col("c_code")));
        Column maleOfFemaleShare = ValueRules.maleOfFemaleShare();
        for (Row m : matched.filter(maleOfFemaleShare)
                .groupBy(PACK, "source_file", "source_sheet", "indicator_code").agg(min("source_cell").as("cell"))
                .orderBy("source_file", "cell").collectAsList()) {
            add(issues, m, new IngestIssue(m.getAs("source_file"), m.getAs("source_sheet"), m.getAs("cell"),
                    Severity.WARNING, IssueCode.MALE_VALUE_FOR_FEMALE_SHARE, m.getAs("indicator_code")
                    + " is itself a share of women; the value given for men is not used"));
        }
        matched = matched.filter(not(maleOfFemaleShare));

        Dataset<Row> converted = matched.join(broadcast(conversions(matched)),
                col("c_measure").eqNullSafe(col("k_measure"))
                        .and(col("unit_of_measure").eqNullSafe(col("k_uom")))
                        .and(col("denominator").eqNullSafe(col("k_denominator"))));

        Dataset<Row> valued = converted.withColumn("value", ValueRules.converted())
                .withColumn("n_values", size(collect_set(coalesce(col("value").cast("string"), col("value_text")))
                        .over(Window.partitionBy("source_file", "indicator_code", "unit_code", "year", "sex", "kind"))));
        conflicts(valued, issues);
        List<Column> columns = new ArrayList<>(List.of(SparkSchemas.columns(AvroSchemas.OBSERVATION)));
        columns.add(col(PACK));
        Dataset<Row> rows = valued.filter(col("n_values").leq(1))
                .withColumn("flags", array_distinct(array_compact(concat(col("flags"),
                        array(col("k_flag"), ValueRules.impossible(col("value")), ValueRules.definitionBreak())))))
                .withColumn("sex", ValueRules.sexOfFemaleShare())
                .withColumn("measure", col("c_measure"))
                .withColumn("generation", ValueRules.generation())
                .select(columns.toArray(Column[]::new));
        return new Result(rows, issues);
    }

    /**
     * Two cells of one file that give one key different values: neither lands, and the issue names
     * both cells, so a person decides. Equal values are one value and land once.
     */
    private static void conflicts(Dataset<Row> valued, Map<String, List<IngestIssue>> issues) {
        for (Row g : valued.filter(col("n_values").gt(1))
                .groupBy(PACK, "source_file", "source_sheet", "indicator_code", "unit_code", "year", "sex", "kind")
                .agg(sort_array(collect_list(concat(col("source_cell"), lit("="), coalesce(col("value").cast("string"),
                        col("value_text"))))).as("cells"))
                .orderBy("source_file", "indicator_code", "year", "sex").collectAsList()) {
            List<String> cells = g.getList(g.fieldIndex("cells"));
            add(issues, g, new IngestIssue(g.getAs("source_file"), g.getAs("source_sheet"),
                    cells.get(0).replaceFirst("=.*", ""), Severity.WARNING, IssueCode.CONFLICT,
                    ConflictRule.message(cells, g.getAs("indicator_code"), g.getAs("unit_code"),
                            g.<Integer>getAs("year"), g.getAs("sex"), g.getAs("kind"))));
        }
    }

    private static void add(Map<String, List<IngestIssue>> issues, Row row, IngestIssue issue) {
        issues.computeIfAbsent(row.getAs(PACK), k -> new ArrayList<>()).add(issue);
    }

    private Dataset<Row> indicators() {
        List<Row> rows = new ArrayList<>();
        for (Indicator i : catalog.indicators()) {
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
