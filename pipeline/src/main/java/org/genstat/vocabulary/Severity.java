package org.genstat.vocabulary;

/** How bad an ingest issue is: {@code error} loses the file, {@code warning} a value, {@code info} nothing. */
public enum Severity implements Coded {
    ERROR, WARNING, INFO;

    /** The code, so that a word of the vocabulary reads in messages as it is stored. */
    @Override
    public String toString() {
        return code();
    }
}
