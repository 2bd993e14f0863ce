package org.genstat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
        assertEquals("ECO.03", matcher.match("Tỷ lệ nữ giám đốc/chủ DN, HTX", "2021-2030", "2.3").code());
        assertEquals("EDU.02", matcher.match("TL trẻ em trai và trẻ em gái DTTS hoàn thành giáo dục tiểu học", null, null).code());
    }

    @Test
    void activitiesAndRowsOfSeveralIndicatorsAreNotGuessed() {
        LabelMatch activity = matcher.match("Tổ chức hội nghị tập huấn kiến thức về bình đẳng giới cho cán bộ xã", null, null);
        assertFalse(activity.isMatched());
        assertTrue(activity.reason().contains("activity"), activity.reason());
        LabelMatch two = matcher.match("Phấn đấu đạt tỷ lệ nữ thạc sĩ 30%; nữ tiến sĩ 20% vào năm 2020", "2011-2020", null);
        assertFalse(two.isMatched());
        assertTrue(two.reason().contains("more than one target"), two.reason());
        assertEquals("POL.01", matcher.match("Đến năm 2025 đạt 60% và đến năm 2030 đạt 75% cơ quan quản lý nhà nước"
                + " có lãnh đạo chủ chốt là nữ", "2021-2030", null).code(), "one indicator, two years");
    }

    @Test
    void theUnitOfMeasureNarrowsTheMeasure() {
        assertEquals(java.util.Set.of(), MeasureEvidence.measuresOfUnit(matcher.keys().of("Lần")), "times, or occurrences");
        assertEquals(java.util.Set.of("percent"), MeasureEvidence.measuresOfUnit(matcher.keys().of("%")));
        assertEquals(java.util.Set.of("per_100k_live_births"),
                MeasureEvidence.measuresOfUnit(matcher.keys().of("/100.000 trẻ sinh sống")));
        assertEquals(java.util.Set.of("per_1000_live_births", "per_1000_women_15_19"),
                MeasureEvidence.measuresOfUnit(matcher.keys().of("ca sinh/1.000 phụ nữ")));
        assertEquals(java.util.Set.of(), MeasureEvidence.measuresOfUnit(matcher.keys().of("tin, bài")));
        assertEquals("HEA.02", matcher.match("Tỷ số tử vong mẹ khi sinh con", null, null, "/100.000 trẻ sinh sống",
                "2021-2030", null).code());
        assertNotEquals("HEA.02", matcher.match("Tỷ số tử vong mẹ khi sinh con", null, null, "%", "2021-2030", null)
                .code(), "a share is no rate per 100,000 live births");
    }

    @Test
    void theMeasureWrittenIsEvidence() {
        // a share and a count word the same things: "100%" says which
        assertEquals("COM.03", matcher.match("100% xã, phường mỗi quý có ít nhất 02 tin, bài về bình đẳng giới trên"
                + " hệ thống thông tin cơ sở", "2021-2030", null).code());
        assertEquals("COM.06", matcher.match("Mỗi quý có ít nhất 02 tin, bài về bình đẳng giới trên hệ thống thông tin"
                + " cơ sở của xã", "2021-2030", null).code());
    }

    @Test
    void anUnknownLabelIsNotGuessedButGetsSuggestions() {
        LabelMatch m = matcher.match("Số câu lạc bộ gia đình phát triển bền vững", "2021-2030", null);
        assertFalse(m.isMatched());
        assertTrue(m.suggestions().size() <= 3);
        assertTrue(m.reason().contains("no catalog wording"));
    }

    @Test
    void theRowsNumberVouchesForTheWordsChoiceAndNeverOverridesIt() {
        // Without the 2011–2020 seed, its wording of FAM.01 is far from every wording the matcher knows.
        LabelMatcher unseen = new LabelMatcher(reference.catalog().withAliases(reference.catalog().aliases().stream()
                .filter(a -> a.source() == null || !a.source().startsWith("001_")).toList()));
        String label = "Rút ngắn khoảng cách về thời gian tham gia công việc gia đình của nữ so với nam";
        assertFalse(unseen.match(label, null, null, "Lần", "2011-2020", null).isMatched(), "the words alone");
        LabelMatch numbered = unseen.match(label, null, null, "Lần", "2011-2020", "6.1");
        assertEquals("FAM.01", numbered.code(), numbered.reason());
        assertTrue(numbered.how().startsWith("similar+number"), numbered.how());
        assertFalse(unseen.match(label, null, null, "Lần", "2011-2020", "6.2").isMatched(), "another code's number");
        assertFalse(unseen.match("Tạo điều kiện phát triển dịch vụ giúp việc gia đình nhằm giảm bớt thời gian làm công"
                + " việc gia đình của phụ nữ", null, null, null, "2011-2020", "6.1").isMatched(), "a task names no measure");
    }

    @Test
    void aMeasureIsNamedWhereAnIndicatorNamesIt() {
        assertTrue(MeasureEvidence.namesTheMeasure("ty le nu tham gia lanh dao", "", "percent"));
        assertFalse(MeasureEvidence.namesTheMeasure("cac co quan ra soat de dam bao ty le nu", "", "percent"));
        assertTrue(MeasureEvidence.namesTheMeasure("rut ngan khoang cach", "lan", "ratio_times"));
        assertTrue(MeasureEvidence.namesTheMeasure("ty suat sinh o vi thanh nien", "ca sinh/1 000 phu nu",
                "per_1000_women_15_19"));
        assertFalse(MeasureEvidence.namesTheMeasure("ty suat sinh o vi thanh nien", "", "per_1000_women_15_19"));
    }

    @Test
    void subRowsSignaturesAndCountsOfParticipantsAreNoIndicator() {
        for (String row : List.of("Trẻ em gái", "Trong đó: Nữ", "- Nữ", "Trong đó nữ", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Người lập biểu", "Số lượt người tham gia hội nghị", "Số người tham dự tập huấn")) {
            for (String generation : new String[] {null, "2011-2020", "2021-2030"}) {
                LabelMatch m = matcher.match(row, generation, null);
                assertFalse(m.isMatched(), row + " read as " + m.code() + " (" + m.how() + ")");
            }
        }
    }
}
