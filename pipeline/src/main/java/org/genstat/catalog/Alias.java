package org.genstat.catalog;

/**
 * One wording of an indicator: the label a plan generation gave it, with its goal and indicator
 * number in that generation (empty where the plan did not number it). A statistical series may
 * be one sex of an indicator ("Mortality rate, infant, female"): {@code sex} says which, else null.
 */
public record Alias(String code, String generation, String goalNo, String indicatorNo, String label,
                    String unitText, String source, String sex) {

    public Alias(String code, String generation, String goalNo, String indicatorNo, String label, String unitText,
                 String source) {
        this(code, generation, goalNo, indicatorNo, label, unitText, source, null);
    }
}
