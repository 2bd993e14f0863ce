package org.genstat.vocabulary;

/** What became of a file of the inbox (ingest_file.status). */
public enum FileStatus implements Coded {
    PENDING, LOADED, PARTIAL, REJECTED, DUPLICATE, SUPERSEDED,
    /** Held for a person: another file resolves to the same unit and year but names the unit otherwise. */
    HELD;

    /** Whether a file in this state gives its observations to normalise. */
    public boolean usable() {
        return this == LOADED || this == PARTIAL;
    }

    /** The code, so that a word of the vocabulary reads in messages as it is stored. */
    @Override
    public String toString() {
        return code();
    }
}
