package org.genstat.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatedUnitTest {
    @Test
    void aBracketADashTailThatIsAUnitOrAUnitLine() {
        assertEquals("Nghìn người", StatedUnit.in(List.of("Lực lượng lao động", "Tổng số (Nghìn người)")));
        assertEquals("%", StatedUnit.in(List.of("Tỷ lệ nữ đại biểu HĐND (%)")));
        assertEquals("Nghìn Người", StatedUnit.in(List.of("Tổng số - Nghìn Người", "Cán bộ ngành y - Bác sĩ (**)")));
        assertEquals("người", StatedUnit.in(List.of("Đơn vị tính: người")));
        assertEquals("Nghìn ha; %", StatedUnit.in(List.of("Diện tích (Nghìn ha)", "Cơ cấu (%)")));
    }

    @Test
    void theWordsOfAnIndicatorAreNoUnit() {
        assertNull(StatedUnit.in(List.of("Số lao động trong hợp tác xã", "Cán bộ ngành y - Bác sĩ")));
        assertNull(StatedUnit.in(List.of("Số nhân lực y tế(*)", "Tỷ lệ hộ nghèo (1)")), "footnote marks");
        assertEquals("Nghìn người", StatedUnit.in(List.of("Số lao động (trừ khu vực nông nghiệp)", "Đơn vị tính: Nghìn người")),
                "a qualifier in brackets is no unit: the title's unit line is");
        assertNull(StatedUnit.in(List.of("Số hộ nghèo (trừ hộ bảo trợ xã hội)")));
        assertEquals("years", StatedUnit.in(List.of("Life expectancy at birth (years)")));
    }

    @Test
    void aLabelsUnitBracketIsEvidenceNotWords() {
        assertEquals("Males per 100 females", StatedUnit.trailingUnit("Sex ratio of population (Males per 100 females)"));
        assertEquals("Sex ratio of population", StatedUnit.withoutTrailingUnit("Sex ratio of population (Males per 100 females)"));
        assertEquals("%", StatedUnit.trailingUnit("Tỷ lệ nữ đại biểu HĐND (%)"));
        assertEquals("/100.000 trẻ sinh sống", StatedUnit.trailingUnit("Tỷ số tử vong mẹ (/100.000 trẻ sinh sống)"));
        assertNull(StatedUnit.trailingUnit("Số hộ nghèo (trừ hộ bảo trợ xã hội)"), "a qualifier stays words");
        assertNull(StatedUnit.trailingUnit("Số nhân lực y tế (*)"));
        assertEquals("Số nhân lực y tế (*)", StatedUnit.withoutTrailingUnit("Số nhân lực y tế (*)"));
    }
}
