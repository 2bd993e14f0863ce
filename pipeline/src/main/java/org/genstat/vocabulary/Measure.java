package org.genstat.vocabulary;

/** The canonical measure of a catalog indicator (indicators.csv, observation.measure). */
public enum Measure implements Coded {
    PERCENT, PERSONS, COUNT, YEARS, YES_NO, RATIO_TIMES, BOYS_PER_100_GIRLS, MALES_PER_100_FEMALES,
    PER_100_LIVE_BIRTHS, PER_1000_LIVE_BIRTHS, PER_100K_LIVE_BIRTHS, PER_1000_WOMEN_15_19;

    @Override
    public String toString() {
        return code();
    }
}
