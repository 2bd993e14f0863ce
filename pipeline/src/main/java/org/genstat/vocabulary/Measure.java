package org.genstat.vocabulary;

import java.util.List;

/** The canonical measure of a catalog indicator (indicators.csv, observation.measure). */
public enum Measure implements Coded {
    PERCENT, PERSONS, COUNT, YEARS, YES_NO, RATIO_TIMES, BOYS_PER_100_GIRLS, MALES_PER_100_FEMALES,
    PER_100_LIVE_BIRTHS, PER_1000_LIVE_BIRTHS, PER_100K_LIVE_BIRTHS, PER_1000_WOMEN_15_19;

    /** The measures that count people or things: they sum across units, are never negative, and a small one can name a person. */
    public static final List<Measure> COUNTS = List.of(PERSONS, COUNT);

    /** Whether the code is one of {@link #COUNTS}. */
    public static boolean isCount(String code) {
        return COUNTS.stream().anyMatch(m -> m.code().equals(code));
    }

    /** The codes of {@link #COUNTS}, for a Spark {@code isin}. */
    public static Object[] countCodes() {
        return COUNTS.stream().map(Measure::code).toArray();
    }

    @Override
    public String toString() {
        return code();
    }
}
