package org.genstat.extract.layout;

/**
 * A column of values: the year, kind and sex its header path says. A null year comes from the
 * row (a Year column); a null kind is decided per report (a year after the report year is a
 * target); a null sex comes from the row, else T. {@code labelPart} is what the header says
 * besides year, kind and sex ("Crude birth rate 2005"): the indicator, when columns are indicators.
 */
public record ValueColumn(int col, String header, Integer year, String kind, String sex, boolean preliminary,
                          String labelPart) {
}
