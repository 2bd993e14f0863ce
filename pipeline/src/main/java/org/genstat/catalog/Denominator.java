package org.genstat.catalog;

/**
 * The catalog indicator whose values weight a rate when it is aggregated ("weighted_mean:employed
 * women" → ECO.08 for women). {@code sex} is F or M for a fixed sex, or "same" for the rate's own.
 */
public record Denominator(String aggregation, String code, String sex) {
}
