package org.genstat.indicatorset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTest {
    private static SetRow count(String area, String sex, Double value) {
        return row("COM.06", "count", area, sex, value);
    }

    private static SetRow row(String code, String measure, String area, String sex, Double value) {
        return new SetRow(new SetRow.Indicator(code, "domain", "vi", "en", measure, null, null),
                new SetRow.Area(area, area), sex, new SetRow.Point(2024, "actual", value, new ArrayList<>()), null, 1, null);
    }

    @Test
    void aSmallCountIsHiddenAndSoIsTheCellThatWouldGiveItAway() {
        List<SetRow> rows = Disclosure.apply(List.of(
                count("VN", "T", 100.0),
                count("22", "T", 3.0),   // below 5: hidden
                count("62", "T", 40.0),  // the smallest other province: hidden too, or VN − others gives 22
                count("64", "T", 57.0)), 5);
        assertNull(rows.get(1).point().value());
        assertTrue(rows.get(1).point().flags().contains(Disclosure.SUPPRESSED));
        assertNull(rows.get(2).point().value());
        assertTrue(rows.get(2).point().flags().contains(Disclosure.COMPLEMENTARY));
        assertEquals(57.0, rows.get(3).point().value());
        assertEquals(100.0, rows.get(0).point().value());
    }

    @Test
    void theOtherSexIsHiddenWhenTheTotalIsShown() {
        List<SetRow> rows = Disclosure.apply(List.of(
                count("22", "T", 12.0), count("22", "F", 2.0), count("22", "M", 10.0)), 5);
        assertEquals(12.0, rows.get(0).point().value());
        assertNull(rows.get(1).point().value());
        assertNull(rows.get(2).point().value(), "M = T − F would give F away");
        assertTrue(rows.get(2).point().flags().contains(Disclosure.COMPLEMENTARY));
    }

    @Test
    void sharesAreNeverSuppressed() {
        SetRow share = row("ECO.01", "percent", "22", "T", 3.0);
        assertEquals(3.0, Disclosure.apply(List.of(share), 5).get(0).point().value());
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralised() {
        for (String hostile : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertTrue(SafeText.of(hostile).startsWith("'"), hostile);
        }
        assertEquals("Tỷ lệ", SafeText.of("Tỷ lệ"));
    }
}
