package org.genstat.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Kết quả thực hiện năm 2016 | 2016 | actual
            Kế hoạch năm 2017          | 2017 | target
            Mục tiêu đến năm 2020      | 2020 | target
            Ước thực hiện năm 2023     | 2023 | estimate
            Chỉ tiêu giai đoạn 2021-2025 | 2025 | target
            Năm cơ sở 2020             | 2020 | baseline
            Năm 2022                   | 2022 | null
            """)
    void aHeaderSaysYearAndKind(String header, int year, String kind) {
        assertEquals(year, HeaderWords.year(header));
        assertEquals(kind, HeaderWords.kind(header));
        assertEquals(ColumnRole.VALUE, HeaderWords.roleOf(header));
    }

    @Test
    void sexIsReadWithItsDiacritics() {
        assertEquals("F", HeaderWords.sex("Năm 2023 / Nữ"));
        assertEquals("M", HeaderWords.sex("Năm 2023 / Nam"));
        assertEquals("T", HeaderWords.sex("Tổng số"));
        assertNull(HeaderWords.sex("Năm 2023"), "năm is a year, not nam (male)");
        assertNull(HeaderWords.sex("Nam và nữ"), "both sexes together are not one sex");
    }

    @Test
    void otherColumnRoles() {
        assertEquals(ColumnRole.ORDER, HeaderWords.roleOf("STT"));
        assertEquals(ColumnRole.MEASURE_UNIT, HeaderWords.roleOf("ĐVT"));
        assertEquals(ColumnRole.MEASURE_UNIT, HeaderWords.roleOf("Đơn vị tính"));
        assertEquals(ColumnRole.NOTE, HeaderWords.roleOf("Ghi chú"));
        assertEquals(ColumnRole.AGENCY, HeaderWords.roleOf("Cơ quan chủ trì"));
    }

    @Test
    void rowLabelsTellGoalsSexRowsAndNumbers() {
        assertEquals("3", RowLabel.goal("3. Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực nữ"));
        assertEquals("1", RowLabel.goal("a) Mục tiêu 1: Trong công tác tổ chức cán bộ"));
        assertNull(RowLabel.goal("- Chỉ tiêu 1: Tỷ lệ lao động"));
        assertEquals("F", RowLabel.sexOnly("- Nữ"));
        assertEquals("F", RowLabel.sexOnly("Trong đó: nữ"));
        assertEquals("M", RowLabel.sexOnly("Nam"));
        assertNull(RowLabel.sexOnly("Năm"));
        assertEquals("3.1", RowLabel.number("3.1. Chỉ tiêu 1: Tỷ lệ biết chữ", "3"));
        assertEquals("5.1", RowLabel.number("5.1.Chỉ tiêu 1: Giảm 40%", null));
        assertEquals("4.2", RowLabel.number("- Chỉ tiêu 2: Giảm tỷ lệ tử vong bà mẹ", "4"));
        assertEquals("2.1", RowLabel.number("1", "2"));
    }
}
