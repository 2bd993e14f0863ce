package org.genstat.normalise;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.genstat.parquet.AvroSchemas;
import org.genstat.spark.SparkSchemas;

/**
 * Resubmission per value: for each (indicator, unit, year, sex, kind) the latest submission wins, so a
 * correction replaces the values it gives and leaves the earlier file's other values standing. Ties
 * (one upload time) go to the later file name, then to the first cell, so a night is reproducible.
 */
final class LatestSubmission {
    private LatestSubmission() {
    }

    /** @param resolved observations of every file, each file's own conflicts already withheld */
    static Dataset<Row> perKey(Dataset<Row> resolved) {
        return resolved
                .withColumn("rn", row_number().over(Window
                        .partitionBy("indicator_code", "unit_code", "year", "sex", "kind")
                        .orderBy(col("submitted_at").desc(), col("source_file").desc(), col("source_cell"))))
                .filter(col("rn").equalTo(1))
                .select(SparkSchemas.columns(AvroSchemas.OBSERVATION));
    }
}
