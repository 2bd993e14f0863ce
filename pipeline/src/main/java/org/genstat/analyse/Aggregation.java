package org.genstat.analyse;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

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
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.genstat.catalog.Denominator;
import org.genstat.catalog.Indicator;
import org.genstat.reference.ReferenceData;
import org.genstat.units.LineageLink;
import org.genstat.units.Unit;
import org.genstat.units.UnitRegistry;
import org.genstat.vocabulary.Kind;
import org.genstat.vocabulary.LineageRelation;

/**
 * Aggregation one level up the unit hierarchy, only where the catalog allows it: counts
 * ({@code sum}) are summed over the child units that reported; rates ({@code weighted_mean:…})
 * are averaged weighted by their denominator — another catalog indicator of the same units and
 * year (schemas/reference/denominators.csv) — over the children that reported both. The result
 * says how many of the parent's children it covers. Never an unweighted mean of percentages.
 * The same rules carry a pre-2025 series into the unit it was merged into on 1 July 2025
 * (method {@code rebased_…}): old units that went in whole are summed or weighted into the new
 * unit's series for the years before; a unit merged only in part is never re-based.
 * Parents are found on the driver for the few distinct (unit, year) pairs, then joined.
 */
final class Aggregation {
    private Aggregation() {
    }

    static Dataset<Row> of(SparkSession spark, Dataset<Row> usable, ReferenceData reference) {
        Dataset<Row> values = usable.filter(col("kind").isin(Kind.ACTUAL.code(), Kind.ESTIMATE.code()));
        List<Row> rules = new ArrayList<>();
        for (Indicator i : reference.catalog().indicators()) {
            if ("sum".equals(i.aggregation())) {
                rules.add(RowFactory.create(i.code(), "sum", null, null));
            }
            for (Denominator d : reference.denominators()) {
                if (d.aggregation().equals(i.aggregation())) {
                    rules.add(RowFactory.create(i.code(), "weighted_mean:" + d.code(), d.code(), d.sex()));
                }
            }
        }
        Dataset<Row> ruleTable = spark.createDataFrame(rules, DataTypes.createStructType(List.of(
                DataTypes.createStructField("r_code", DataTypes.StringType, false),
                DataTypes.createStructField("method", DataTypes.StringType, false),
                DataTypes.createStructField("w_code", DataTypes.StringType, true),
                DataTypes.createStructField("w_sex", DataTypes.StringType, true))));
        Dataset<Row> weights = values.select(col("indicator_code").as("w_indicator"), col("unit_code").as("w_unit"),
                col("year").as("w_year"), col("sex").as("w_value_sex"), col("kind").as("w_kind"), col("value").as("w"));
        Dataset<Row> ruled = values.join(broadcast(ruleTable), col("indicator_code").equalTo(col("r_code")));
        // A rate counts only with its weight: same unit, year and kind, the denominator's sex as the rule says.
        Dataset<Row> weighted = ruled.join(weights, col("w_code").equalTo(col("w_indicator"))
                        .and(col("unit_code").equalTo(col("w_unit"))).and(col("year").equalTo(col("w_year")))
                        .and(col("kind").equalTo(col("w_kind")))
                        .and(when(col("w_sex").equalTo("same"), col("sex")).otherwise(col("w_sex"))
                                .equalTo(col("w_value_sex"))), "left")
                .filter(col("method").equalTo("sum").or(col("w").isNotNull().and(col("w").gt(0))));
        Dataset<Row> parents = parents(spark, weighted, reference.units());
        return weighted.join(broadcast(parents), col("unit_code").equalTo(col("p_unit"))
                        .and(col("year").equalTo(col("p_year"))))
                .withColumn("method", when(col("p_how").equalTo("lineage"), functions.concat(lit("rebased_"),
                        col("method"))).otherwise(col("method")))
                .groupBy(col("indicator_code"), col("parent_code").as("unit_code"), col("year"), col("sex"),
                        col("kind"), col("method"), col("n_children"))
                .agg(when(col("method").endsWith("sum"), sum("value"))
                                .otherwise(sum(col("value").multiply(col("w"))).divide(sum("w"))).as("value"),
                        count(lit(1)).cast("int").as("n_units"))
                .withColumn("complete", col("n_units").geq(col("n_children")));
    }

    private static Dataset<Row> parents(SparkSession spark, Dataset<Row> rows, UnitRegistry units) {
        List<Row> parents = new ArrayList<>();
        Map<String, Integer> childCounts = new HashMap<>();
        for (Row k : rows.select("unit_code", "year").distinct().collectAsList()) {
            String code = k.getAs("unit_code");
            int year = k.<Integer>getAs("year");
            Optional<Unit> unit = units.inYear(code, year);
            if (unit.isEmpty()) {
                continue;
            }
            if (unit.get().parentCode() != null) {
                LocalDate day = unit.get().dayIn(year);
                String parent = unit.get().parentCode();
                int children = childCounts.computeIfAbsent(parent + "@" + day, p -> (int) units.units().stream()
                        .filter(u -> parent.equals(u.parentCode()) && u.validOn(day)).count());
                parents.add(RowFactory.create(code, year, parent, children, "hierarchy"));
            }
            String merged = mergedWholeInto(units, unit.get());
            if (merged != null) {
                int olds = (int) units.lineage().stream().filter(l -> l.newCode().equals(merged)
                        && l.oldCode().length() == unit.get().code().length()).map(LineageLink::oldCode).distinct().count();
                // A unit that simply continues (one old unit, same code) needs no re-basing: its series goes on.
                if (olds > 1 || !merged.equals(unit.get().code())) {
                    parents.add(RowFactory.create(code, year, merged, olds, "lineage"));
                }
            }
        }
        return spark.createDataFrame(parents, DataTypes.createStructType(List.of(
                DataTypes.createStructField("p_unit", DataTypes.StringType, false),
                DataTypes.createStructField("p_year", DataTypes.IntegerType, false),
                DataTypes.createStructField("parent_code", DataTypes.StringType, false),
                DataTypes.createStructField("n_children", DataTypes.IntegerType, false),
                DataTypes.createStructField("p_how", DataTypes.StringType, false))));
    }

    /**
     * The 2025 unit a pre-2025 unit went into whole, when it went into exactly one and no part of it
     * went elsewhere; null otherwise (a new unit, or one merged in part: never re-based).
     */
    private static String mergedWholeInto(UnitRegistry units, Unit unit) {
        if (unit.validTo() == null || !unit.validTo().isBefore(UnitRegistry.REORGANISED_ON)) {
            return null;
        }
        List<LineageLink> links = units.lineage().stream().filter(l -> l.oldCode().equals(unit.code())).toList();
        boolean whole = !links.isEmpty() && links.stream().allMatch(l -> l.relation() != LineageRelation.MERGED_PART);
        return whole && links.stream().map(LineageLink::newCode).distinct().count() == 1 ? links.get(0).newCode() : null;
    }
}
