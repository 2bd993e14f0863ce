package org.genstat.analyse;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.genstat.catalog.Indicator;
import org.genstat.reference.ReferenceData;
import org.genstat.units.Unit;
import org.genstat.units.UnitRegistry;

/**
 * Aggregation one level up the unit hierarchy, only where the catalog allows it: counts
 * (aggregation {@code sum}) are summed over the child units that reported, and the result says
 * how many of the parent's children that is. Rates would need their denominators, which unit
 * reports do not carry, so none is averaged — never an unweighted mean of percentages.
 * Parents are found on the driver for the few distinct (unit, year) pairs, then joined.
 */
final class Aggregation {
    private Aggregation() {
    }

    static Dataset<Row> of(SparkSession spark, Dataset<Row> usable, ReferenceData reference) {
        List<String> sums = reference.catalog().indicators().stream()
                .filter(i -> "sum".equals(i.aggregation())).map(Indicator::code).toList();
        Dataset<Row> counts = usable.filter(col("indicator_code").isin(sums.toArray())
                .and(col("kind").isin("actual", "estimate")));
        List<Row> parents = new ArrayList<>();
        Map<String, Integer> childCounts = new HashMap<>();
        UnitRegistry units = reference.units();
        for (Row k : counts.select("unit_code", "year").distinct().collectAsList()) {
            String code = k.getString(0);
            int year = k.getInt(1);
            Optional<Unit> unit = validIn(units, code, year);
            if (unit.isEmpty() || unit.get().parentCode() == null) {
                continue;
            }
            LocalDate day = dayOf(unit.get(), year);
            String parent = unit.get().parentCode();
            int children = childCounts.computeIfAbsent(parent + "@" + day, p -> (int) units.units().stream()
                    .filter(u -> parent.equals(u.parentCode()) && u.validOn(day)).count());
            parents.add(RowFactory.create(code, year, parent, children));
        }
        Dataset<Row> parentTable = spark.createDataFrame(parents, DataTypes.createStructType(List.of(
                DataTypes.createStructField("p_unit", DataTypes.StringType, false),
                DataTypes.createStructField("p_year", DataTypes.IntegerType, false),
                DataTypes.createStructField("parent_code", DataTypes.StringType, false),
                DataTypes.createStructField("n_children", DataTypes.IntegerType, false))));
        return counts.join(broadcast(parentTable), col("unit_code").equalTo(col("p_unit"))
                        .and(col("year").equalTo(col("p_year"))))
                .groupBy(col("indicator_code"), col("parent_code").as("unit_code"), col("year"), col("sex"),
                        col("kind"), col("n_children"))
                .agg(sum("value").as("value"), count(lit(1)).cast("int").as("n_units"))
                .withColumn("method", lit("sum"))
                .withColumn("complete", col("n_units").geq(col("n_children")));
    }

    /** The unit with this code in that year: as it stood at the year's end, else at its start. */
    private static Optional<Unit> validIn(UnitRegistry units, String code, int year) {
        Optional<Unit> end = units.byCode(code, LocalDate.of(year, 12, 31));
        return end.isPresent() ? end : units.byCode(code, LocalDate.of(year, 1, 1));
    }

    private static LocalDate dayOf(Unit unit, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return unit.validOn(end) ? end : LocalDate.of(year, 1, 1);
    }
}
