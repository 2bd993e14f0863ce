package org.genstat.extract.layout;

/**
 * What a table column holds. VALUE columns hold numbers; the others are dimensions of a row:
 * its indicator (LABEL, CODE), its unit of measure, the reporting unit (UNIT, UNIT_CODE) when
 * a table lists several units, the year (YEAR) when years run down the rows, the sex (SEX).
 */
public enum ColumnRole { ORDER, LABEL, CODE, MEASURE_UNIT, UNIT, UNIT_CODE, YEAR, SEX, VALUE, NOTE, AGENCY, IGNORED }
