package org.genstat.catalog;

/**
 * A short or variant form clerks write, and what it reads as (schemas/reference/abbreviations.csv).
 * {@link Scope#SAME} forms mean exactly the long form, so they count even for an exact match;
 * {@link Scope#NEAR} forms (tỷ số for tỷ lệ) are only close, so they count only for similarity.
 */
public record Abbreviation(String written, String readAs, Scope scope) {
    public enum Scope {
        SAME, NEAR;

        public static Scope of(String code) {
            return switch (code == null ? "" : code.trim()) {
                case "same" -> SAME;
                case "near" -> NEAR;
                default -> throw new IllegalArgumentException("abbreviation scope '" + code
                        + "' is neither 'same' nor 'near' (schemas/reference/abbreviations.csv)");
            };
        }
    }
}
