package org.genstat.normalise;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.genstat.catalog.Generation;
import org.genstat.catalog.LabelMatch;
import org.genstat.catalog.LabelMatcher;

/**
 * Label matching for Spark: the distinct (label, numbering, report year) keys are few, so they
 * are matched on the driver by the plain-Java {@link LabelMatcher} and joined back as a small
 * table. The executors never need the catalog.
 */
public final class LabelResolution {
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("m_label", DataTypes.StringType, false),
            DataTypes.createStructField("m_label_code", DataTypes.StringType, true),
            DataTypes.createStructField("m_table_title", DataTypes.StringType, true),
            DataTypes.createStructField("m_unit_of_measure", DataTypes.StringType, true),
            DataTypes.createStructField("m_goal_no", DataTypes.StringType, true),
            DataTypes.createStructField("m_indicator_no", DataTypes.StringType, true),
            DataTypes.createStructField("m_report_year", DataTypes.IntegerType, false),
            DataTypes.createStructField("indicator_code", DataTypes.StringType, true),
            DataTypes.createStructField("m_sex", DataTypes.StringType, true),
            DataTypes.createStructField("match_reason", DataTypes.StringType, true)));

    private LabelResolution() {
    }

    static Dataset<Row> table(SparkSession spark, Dataset<Row> raw, LabelMatcher matcher) {
        List<Row> keys = raw.select("label", "label_code", "table_title", "unit_of_measure", "goal_no", "indicator_no",
                "report_year").distinct().collectAsList();
        List<Row> rows = new ArrayList<>();
        for (Row k : keys) {
            String label = k.getAs("label");
            String labelCode = k.getAs("label_code");
            String title = k.getAs("table_title");
            String unit = k.getAs("unit_of_measure");
            String goal = k.getAs("goal_no");
            String indicator = k.getAs("indicator_no");
            int reportYear = k.<Integer>getAs("report_year");
            LabelMatch m = matchRaw(matcher, label, labelCode, title, unit, goal, indicator, reportYear);
            String reason = m.isMatched() ? null
                    : m.reason() + (m.suggestions().isEmpty() ? "" : "; nearest: " + String.join(", ", m.suggestions()));
            rows.add(RowFactory.create(label, labelCode, title, unit, goal, indicator, reportYear, m.code(), m.sex(),
                    reason));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** How a raw observation's label is matched: the one rule both normalise and {@code check} use. */
    public static LabelMatch matchRaw(LabelMatcher matcher, String label, String labelCode, String tableTitle,
                                      String unitOfMeasure, String goalNo, String indicatorNo, int reportYear) {
        String number = goalNo == null || indicatorNo == null ? null : goalNo + "." + indicatorNo;
        String generation = reportYear > 0 ? Generation.of(reportYear) : null;
        return matcher.match(label, labelCode, tableTitle, unitOfMeasure, generation, number);
    }
}
