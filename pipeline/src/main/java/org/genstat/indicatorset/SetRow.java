package org.genstat.indicatorset;

import java.util.List;

/**
 * One cell of the indicator set: an indicator for one area and sex, its point for the year (or the
 * latest earlier one), the status against the national target, how many source files it rests on,
 * and the sum or mean of the provinces' reports where the area is the country.
 */
public record SetRow(Indicator indicator, Area area, String sex, Point point, String status, int sourceFiles,
                     Double aggregated) {

    /** The catalog's indicator as the set prints it, with its national targets. */
    public record Indicator(String code, String domain, String nameVi, String nameEn, String measure,
                            Double national2025, Double national2030) {
    }

    /** The country or a province valid at the year's end. */
    public record Area(String code, String name) {
    }

    /** {@code value} is null when there is none or it is suppressed; {@code year} null when there is none. */
    public record Point(Integer year, String kind, Double value, List<String> flags) {
    }

    public SetRow withValue(Double newValue, List<String> newFlags) {
        return new SetRow(indicator, area, sex, new Point(point.year(), point.kind(), newValue, newFlags), status,
                sourceFiles, aggregated);
    }
}
