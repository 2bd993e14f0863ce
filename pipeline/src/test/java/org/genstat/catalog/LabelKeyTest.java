package org.genstat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genstat.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a label is read before it is compared: the comparable key and the similarity key. */
class LabelKeyTest {
    private static LabelKey keys;

    @BeforeAll
    static void load() {
        keys = new LabelMatcher(ReferenceData.load(null).catalog()).keys();
    }

    @Test
    void caseDiacriticsSpacingAndNumberingAreNotPartOfTheKey() {
        assertEquals("ty le biet chu", keys.of("3.1. Chỉ tiêu 1: Tỷ lệ biết\nchữ"));
        assertEquals("ty le biet chu", keys.of("- TỶ LỆ  BIẾT CHỮ"));
        assertEquals("ty le nu thac si", keys.of("a) Tỉ lệ nữ thạc sỹ"), "legacy spellings ti/ty, sỹ/sĩ");
        assertEquals(keys.of("Tỷ lệ hòa nhập"), keys.of("Tỷ lệ hoà nhập"), "old and new tone placement");
    }

    @Test
    void theAbbreviationTableIsReadInFull() {
        assertEquals(keys.of("Tỷ lệ nữ đại biểu Hội đồng nhân dân"), keys.of("Tỷ lệ nữ đại biểu HĐND"));
        assertEquals(keys.of("Sở Lao động - Thương binh và Xã hội"), keys.of("Sở LĐ-TB&XH"));
        assertEquals(keys.of("Sở Lao động - Thương binh và Xã hội"), keys.of("So LD-TB&XH"), "typed without diacritics");
        assertEquals(keys.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã"), keys.of("Tỷ lệ nữ giám đốc/chủ DN, HTX"));
    }

    @Test
    void initialsOfOneWordGroupOfTheCatalogAreReadAsIt() {
        // not in the table: derived from the catalog's wordings
        assertEquals(keys.of("Tỷ lệ cơ quan quản lý nhà nước có lãnh đạo chủ chốt là nữ"),
                keys.of("Tỷ lệ CQQLNN có LĐCC là nữ"));
        // "TTCS" is thông tin cơ sở and tuyên truyền chính sách: left as written
        assertEquals("he thong ttcs", keys.of("hệ thống TTCS"));
        // a word the wordings use is no abbreviation
        assertEquals("phu nu nhiem hiv", keys.of("phụ nữ nhiễm HIV"));
    }

    @Test
    void aGoalHeadingGluedInFrontIsNotPartOfTheLabel() {
        assertEquals("ty le nu tien si", keys.of("Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực nữ Tỷ lệ nữ tiến sĩ"));
        assertEquals("ty le nu tien si", keys.of("Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực 3.2. Chỉ tiêu 2: Tỷ lệ nữ tiến sĩ"));
        assertTrue(LabelKey.startsWithGoal("II. Mục tiêu 2: Giảm khoảng cách giới"));
        assertFalse(LabelKey.startsWithGoal("Tỷ lệ nữ đạt mục tiêu"));
    }

    @Test
    void theBreakdownOfAStatisticalTableIsNotItsIndicator() {
        assertEquals("sex ratio at birth", keys.of("Sex ratio at birth by region"));
        assertEquals("dan so trung binh", keys.of("Dân số trung bình phân theo giới tính và phân theo thành thị, nông thôn"));
        assertEquals("births attended by skilled health staff", keys.of("Births attended by skilled health staff"));
    }

    @Test
    void similarityLeavesOutTargetsAndYearsButKeepsTheShare() {
        assertEquals("ty le cac co quan co lanh dao chu chot la nu",
                keys.forSimilarity("Phấn đấu đến năm 2025 đạt 60% các cơ quan có lãnh đạo chủ chốt là nữ"));
        assertEquals("moi quy co tin bai", keys.forSimilarity("Mỗi quý có ít nhất 05 tin, bài"));
        assertEquals("ty le gioi tinh khi sinh", keys.forSimilarity("Tỷ số giới tính khi sinh"), "near synonyms: tỷ số");
        assertEquals("tre sinh song", keys.forSimilarity("trẻ đẻ sống"));
        assertEquals("ty so gioi tinh khi sinh", keys.of("Tỷ số giới tính khi sinh"), "but not in the exact key");
    }
}
