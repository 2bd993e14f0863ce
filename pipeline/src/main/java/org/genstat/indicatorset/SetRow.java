package org.genstat.indicatorset;

import java.util.List;

/**
 * One cell of the indicator set: an indicator for one area and sex, the value for the year or the
 * latest earlier one (with its year), its flags, the national targets and the status, and how
 * many source files it rests on. {@code value} is null when there is none or it is suppressed.
 */
public record SetRow(String code, String domain, String nameVi, String nameEn, String measure, String area,
                     String areaName, String sex, Integer year, String kind, Double value, List<String> flags,
                     Double national2025, Double national2030, String status, int sourceFiles, Double aggregated) {

    public SetRow withValue(Double newValue, List<String> newFlags) {
        return new SetRow(code, domain, nameVi, nameEn, measure, area, areaName, sex, year, kind, newValue, newFlags,
                national2025, national2030, status, sourceFiles, aggregated);
    }
}
