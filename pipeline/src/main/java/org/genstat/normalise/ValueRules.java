package org.genstat.normalise;

import org.genstat.vocabulary.Measure;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.genstat.catalog.Generation;
import org.genstat.vocabulary.Flag;
import org.genstat.vocabulary.Sex;

/**
 * The rules normalise applies to a matched value, one named expression each, over the columns
 * {@link FileResolution} joins in: the catalog's {@code c_measure}, {@code c_sex_breakdown},
 * {@code c_definition_break} and the conversion's {@code k_factor}. Tested with known answers in
 * {@code ValueRulesTest}.
 */
final class ValueRules {
    private ValueRules() {
    }

    /** The year whose plan a value belongs to: the report's year, else (national statistics) the value's own. */
    static Column planYear() {
        return when(col("report_year").gt(0), col("report_year")).otherwise(col("year"));
    }

    /** The value in the indicator's measure; rounded to 6 decimals only when converted (108/102 is 105.882353). */
    static Column converted() {
        return when(col("k_factor").equalTo(1), col("value")).otherwise(round(col("value").multiply(col("k_factor")), 6));
    }

    /** A share outside 0–100, or a negative count of persons or things: flagged, never corrected. */
    static Column impossible(Column value) {
        return when(value.isNotNull().and(col("c_measure").equalTo("percent").and(value.gt(100).or(value.lt(0)))
                .or(col("c_measure").isin(Measure.countCodes()).and(value.lt(0)))), lit(Flag.IMPOSSIBLE_VALUE.code()));
    }

    /** An indicator whose definition changed with the 2021 plans: its values of the earlier plans say so. */
    static Column definitionBreak() {
        return when(col("c_definition_break").and(planYear().leq(Generation.LAST_YEAR_OF_G2011)),
                lit(Flag.DEFINITION_BREAK.code()));
    }

    /** The plan generation, from the plan year (the 2020 boundary lives in {@link Generation}). */
    static Column generation() {
        return when(planYear().leq(Generation.LAST_YEAR_OF_G2011), lit(Generation.G2011)).otherwise(lit(Generation.G2021));
    }

    /** A value for men of an indicator that is itself a share of women ("Tỷ lệ nữ …"): not used. */
    static Column maleOfFemaleShare() {
        return col("c_sex_breakdown").equalTo("F_only").and(col("sex").equalTo(Sex.M.code()));
    }

    /** A share of women is a figure about everyone (the share), so it is filed under both sexes. */
    static Column sexOfFemaleShare() {
        return when(col("c_sex_breakdown").equalTo("F_only"), lit(Sex.T.code())).otherwise(col("sex"));
    }
}
