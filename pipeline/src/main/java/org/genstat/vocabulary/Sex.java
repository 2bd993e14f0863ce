package org.genstat.vocabulary;

/** Female, male, or total (both sexes, or an indicator that is itself a share of women). */
public enum Sex implements Coded {
    F, M, T;

    @Override
    public String code() {
        return name();
    }

    @Override
    public String toString() {
        return code();
    }
}
