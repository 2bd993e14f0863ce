package org.genstat.normalise;

import org.genstat.vocabulary.Flag;
import org.genstat.text.VietText;

/**
 * Converts a value as written to the indicator's canonical measure: "nghìn người" × 1,000,
 * "108/102" for a sex ratio → 105.88 boys per 100 girls, "38,4/100.000" per 100,000 as is.
 * A written denominator that the measure cannot take exactly (86/100.000 for a rate per 100
 * live births) gives no factor: the text is kept and the value left empty, never a guess. So does a
 * count of persons whose unit does not say persons or thousands: GSO tables count in thousands, unit
 * reports in persons, and a table that writes neither could be either.
 */
public final class MeasureConverter {

    /** Multiply by {@code factor}, or, when factor is null, leave the value empty and flag it. */
    public record Conversion(Double factor, String flag) {
        static Conversion times(double factor) {
            return new Conversion(factor, null);
        }

        static Conversion mismatch() {
            return new Conversion(null, Flag.UNIT_MISMATCH.code());
        }
    }

    /** A unit that says persons: "người", "persons", "pers.", "lao động", "cán bộ". */
    private static final java.util.regex.Pattern PERSONS = java.util.regex.Pattern.compile(
            "\\b(?:nguoi|persons?|pers|lao dong|can bo)\\b");

    private MeasureConverter() {
    }

    public static Conversion convert(String measure, String unitOfMeasure, Double denominator) {
        String uom = VietText.words(unitOfMeasure == null ? "" : unitOfMeasure);
        return switch (measure == null ? "" : measure) {
            case "percent" -> denominator == null ? Conversion.times(1) : Conversion.times(100 / denominator);
            case "boys_per_100_girls", "males_per_100_females" ->
                    denominator == null ? Conversion.times(1) : Conversion.times(100 / denominator);
            case "per_100k_live_births" -> exact(denominator, 100_000);
            case "per_100_live_births" -> exact(denominator, 100);
            case "per_1000_live_births", "per_1000_women_15_19" -> exact(denominator, 1_000);
            case "persons" -> denominator != null ? Conversion.mismatch()
                    : uom.contains("nghin") || uom.contains("thous") ? Conversion.times(1_000)
                    : uom.contains("trieu") || uom.contains("million") ? Conversion.times(1_000_000)
                    : PERSONS.matcher(uom).find() ? Conversion.times(1)
                    : Conversion.mismatch(); // persons or thousands? statistical tables count in thousands
            default -> denominator == null ? Conversion.times(1) : Conversion.mismatch();
        };
    }

    private static Conversion exact(Double denominator, double canonical) {
        return denominator == null || denominator == canonical ? Conversion.times(1) : Conversion.mismatch();
    }
}
