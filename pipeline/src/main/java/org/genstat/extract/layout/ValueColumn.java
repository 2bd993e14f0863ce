package org.genstat.extract.layout;

/**
 * A column of values: the year, kind and sex its header path says. A null kind is decided per
 * report (a year after the report year is a target); a null sex comes from the row, else T.
 */
public record ValueColumn(int col, String header, Integer year, String kind, String sex) {
}
