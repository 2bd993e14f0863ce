package org.genstat.vocabulary;

/** What a value is: a result ({@code actual}), an estimate of one, a target, or a plan's baseline. */
public enum Kind implements Coded {
    ACTUAL, ESTIMATE, TARGET, BASELINE;

    /** The code, so that a word of the vocabulary reads in messages as it is stored. */
    @Override
    public String toString() {
        return code();
    }
}
