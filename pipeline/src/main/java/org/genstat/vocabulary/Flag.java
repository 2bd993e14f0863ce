package org.genstat.vocabulary;

import java.util.List;

/**
 * What is known about a value beyond its number (observation.flags). The first are read from the
 * cell; the last three are set by normalise, and analyse leaves flagged wrong or incomparable
 * values out of every figure.
 */
public enum Flag implements Coded {
    PRELIMINARY, FOOTNOTE, RANGE, UPPER_BOUND, LOWER_BOUND, APPROXIMATE, TEXT_STATUS, PERCENT_FORMAT,
    UNIT_MISMATCH, IMPOSSIBLE_VALUE, DEFINITION_BREAK;

    /**
     * The flags that say a value is wrong or not comparable: it stays in the observation table and
     * out of every figure (analyse's points, and views.sql's v_point, which ViewsTest holds to this list).
     */
    public static final List<Flag> KEEP_OUT_OF_FIGURES = List.of(IMPOSSIBLE_VALUE, UNIT_MISMATCH, RANGE);

    /** The code, so that a word of the vocabulary reads in messages as it is stored. */
    @Override
    public String toString() {
        return code();
    }
}
