package org.genstat.extract.layout;

/** What a table column holds. */
public enum ColumnRole { ORDER, LABEL, MEASURE_UNIT, VALUE, NOTE, AGENCY, IGNORED }
