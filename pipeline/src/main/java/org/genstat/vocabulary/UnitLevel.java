package org.genstat.vocabulary;

/** Where a unit stands in the register (units.csv, unit.level): the country, a province, a district (until 2025), a commune. */
public enum UnitLevel implements Coded {
    NATIONAL, PROVINCE, DISTRICT, COMMUNE;

    /** 0 for the country, 1 province, 2 district, 3 commune. */
    public int depth() {
        return ordinal();
    }

    @Override
    public String toString() {
        return code();
    }
}
