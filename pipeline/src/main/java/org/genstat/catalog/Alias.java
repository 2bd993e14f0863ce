package org.genstat.catalog;

/**
 * One wording of an indicator: the label a plan generation gave it, with its goal and indicator
 * number in that generation (empty where the plan did not number it).
 */
public record Alias(String code, String generation, String goalNo, String indicatorNo, String label,
                    String unitText, String source) {
}
