package org.genstat.vocabulary;

/**
 * What is known about a value beyond its number (observation.flags). The first are read from the
 * cell; the last three are set by normalise, and analyse leaves flagged wrong or incomparable
 * values out of every figure.
 */
public enum Flag implements Coded {
    PRELIMINARY, FOOTNOTE, RANGE, UPPER_BOUND, LOWER_BOUND, APPROXIMATE, TEXT_STATUS, PERCENT_FORMAT,
    UNIT_MISMATCH, IMPOSSIBLE_VALUE, DEFINITION_BREAK;

    /** The code, so that a word of the vocabulary reads in messages as it is stored. */
    @Override
    public String toString() {
        return code();
    }
}
