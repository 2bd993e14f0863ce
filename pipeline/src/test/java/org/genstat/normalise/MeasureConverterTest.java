package org.genstat.normalise;

import org.genstat.vocabulary.Flag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.genstat.text.StatedUnit;
import org.junit.jupiter.api.Test;

/** A value as written, to the indicator's canonical measure: known answers. */
class MeasureConverterTest {

    @Test
    void countsOfPersonsFollowTheUnitWritten() {
        assertEquals(1_000.0, MeasureConverter.convert("persons", "Nghìn người", null).factor());
        assertEquals(1_000.0, MeasureConverter.convert("persons", "Thous. persons", null).factor());
        assertEquals(1_000_000.0, MeasureConverter.convert("persons", "triệu người", null).factor());
        assertEquals(1.0, MeasureConverter.convert("persons", "người", null).factor());
    }

    @Test
    void aCountOfPersonsWithNoUnitIsNotGuessed() {
        MeasureConverter.Conversion c = MeasureConverter.convert("persons", "", null);
        assertNull(c.factor());
        assertEquals(Flag.UNIT_MISMATCH.code(), c.flag());
        assertNull(MeasureConverter.convert("persons", "Labour force at 15 years of age and above by province", null)
                .factor(), "a title is no unit");
    }

    /** The unit the table states (extract's StatedUnit), through the converter: a qualifier is no unit. */
    @Test
    void theUnitATableStatesDecidesTheFactor() {
        assertEquals(1_000.0, MeasureConverter.convert("persons", StatedUnit.in(List.of(
                "Số lao động (trừ khu vực nông nghiệp)", "Đơn vị tính: Nghìn người")), null).factor());
        assertEquals(1.0, MeasureConverter.convert("persons", StatedUnit.in(List.of("Số cán bộ nữ (người)")), null).factor());
        assertNull(MeasureConverter.convert("persons", StatedUnit.in(List.of("Số hộ nghèo (trừ hộ bảo trợ xã hội)")), null)
                .factor(), "no unit stated: persons or thousands is not guessed");
    }

    @Test
    void aRateTakesOnlyItsOwnDenominator() {
        assertEquals(1.0, MeasureConverter.convert("per_100k_live_births", null, 100_000.0).factor());
        assertNull(MeasureConverter.convert("per_100_live_births", null, 100_000.0).factor(), "86/100.000 is no rate per 100");
        assertEquals(1.0, MeasureConverter.convert("per_100_live_births", null, null).factor());
    }

    @Test
    void sharesAndSexRatiosScaleAFractionWritten() {
        assertEquals(100.0, MeasureConverter.convert("percent", "%", 1.0).factor(), "0,45/1 is 45%");
        assertEquals(1.0, MeasureConverter.convert("percent", "%", null).factor());
        assertEquals(100 / 102.0, MeasureConverter.convert("boys_per_100_girls", null, 102.0).factor(), 1e-12,
                "108/102 is 105.9 boys per 100 girls");
    }
}
