package org.genstat.vocabulary;

/** Which way an indicator improves; {@code target_band}: towards a balanced value (sex ratio, shares). */
public enum Direction implements Coded {
    HIGHER_BETTER, LOWER_BETTER, TARGET_BAND, INFO;

    @Override
    public String toString() {
        return code();
    }
}
