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
    void abbreviationsAreReadInFull() {
        assertEquals(LabelKey.of("Tỷ lệ nạn nhân bạo lực gia đình được hỗ trợ"),
                LabelKey.of("Tỷ lệ nạn nhân BLGĐ được hỗ trợ"));
        assertEquals(LabelKey.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã"),
                LabelKey.of("Tỷ lệ nữ giám đốc/chủ DN, HTX"));
        assertEquals(LabelKey.of("Sở Lao động - Thương binh và Xã hội"), LabelKey.of("Sở LĐ-TB&XH"));
        assertEquals("ECO.03", matcher.match("Tỷ lệ nữ giám đốc/chủ DN, HTX", "2021-2030", "2.3").code());
        assertEquals(LabelKey.of("3.1. Chỉ tiêu 1: Tỷ lệ biết chữ"), LabelKey.of("Tỷ lệ biết\nchữ"),
                "numbering and line breaks are not part of the label");
    }

    @Test
    void anUnknownLabelIsNotGuessedButGetsSuggestions() {
        LabelMatch m = matcher.match("Số câu lạc bộ gia đình phát triển bền vững", "2021-2030", null);
        assertFalse(m.isMatched());
        assertTrue(m.suggestions().size() <= 3);
        assertTrue(m.reason().contains("no catalog wording"));
    }
}
