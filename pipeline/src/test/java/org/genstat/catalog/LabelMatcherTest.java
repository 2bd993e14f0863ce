package org.genstat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.genstat.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {
    private static ReferenceData reference;
    private static LabelMatcher matcher;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load(null);
        matcher = new LabelMatcher(reference.catalog());
    }

    /** Every wording the seeds give resolves to its own code, with its generation and number. */
    @Test
    void everySeedWordingResolvesToItsCode() {
        List<String> wrong = new ArrayList<>();
        for (Alias a : reference.catalog().aliases()) {
            String number = a.goalNo() == null || a.indicatorNo() == null ? null : a.goalNo() + "." + a.indicatorNo();
            LabelMatch m = matcher.match(a.label(), a.generation(), number);
            if (!a.code().equals(m.code())) {
                wrong.add(a.code() + " <- '" + a.label() + "' gave " + m);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void spellingVariantsCaseAndDiacriticFormsMatch() {
        assertEquals("EDU.05", matcher.match("TỶ LỆ NỮ THẠC SỸ TRONG TỔNG SỐ NGƯỜI CÓ TRÌNH ĐỘ THẠC SỸ", null, null).code());
        assertEquals("ECO.01", matcher.match("Tỉ lệ lao động nữ làm công hưởng lương", null, null).code());
        // seed 000 contains decomposed (NFD) letters
        String nfd = java.text.Normalizer.normalize("Tỷ số giới tính khi sinh", java.text.Normalizer.Form.NFD);
        assertEquals("HEA.01", matcher.match(nfd, null, null).code());
    }

    @Test
    void anUnknownLabelIsNotGuessedButGetsSuggestions() {
        LabelMatch m = matcher.match("Số câu lạc bộ gia đình phát triển bền vững", "2021-2030", null);
        assertFalse(m.isMatched());
        assertTrue(m.suggestions().size() <= 3);
        assertTrue(m.reason().contains("no catalog wording"));
    }
}
