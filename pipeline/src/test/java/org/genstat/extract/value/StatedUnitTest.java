package org.genstat.extract.value;

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
    }
}
