package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing breaks on little data: a night with no file, or with files that give no value, writes every table. */
class LittleDataTest {
    @Test
    void aNightOnAnEmptyInboxCompletesWithEveryTablePresentAndEmpty(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Map<String, List<String>> tables = night(inbox, tmp.resolve("warehouse"));
        assertEquals(List.of(), tables.get("observation"));
        assertEquals(List.of(), tables.get("ingest_file"));
    }

    @Test
    void aNightOnFilesThatGiveNoValueCompletesWithEveryTablePresent(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        // A cover letter sent as a report, and a "report" whose one table holds only marks of no value.
        Files.writeString(inbox.resolve("cong-van-2024.csv"), "UBND XÃ HÀ BẮC\nV/v gửi báo cáo công tác bình đẳng"
                + " giới năm 2024\nKính gửi: Phòng Văn hóa - Xã hội\n", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("bao-cao-2024.csv"), "BÁO CÁO KẾT QUẢ THỰC HIỆN BÌNH ĐẲNG GIỚI NĂM 2024 CỦA"
                + " UBND XÃ HÀ BẮC, HUYỆN HÀ TRUNG, TỈNH THANH HÓA\nChỉ tiêu,TH 2024\nTỷ lệ nữ đại biểu HĐND (%),..\n",
                StandardCharsets.UTF_8);
        Map<String, List<String>> tables = night(inbox, tmp.resolve("warehouse"));
        assertEquals(List.of(), tables.get("observation"));
        assertEquals(2, tables.get("ingest_file").size(), "both files have a status: " + tables.get("ingest_file"));
    }

    private static Map<String, List<String>> night(Path inbox, Path warehouse) throws Exception {
        String out = NightlyJobTest.genstat("nightly", "--inbox", inbox.toString(), "--warehouse", warehouse.toString());
        assertTrue(out.contains("genstat nightly: COMPLETED"), out);
        Map<String, List<String>> tables = NightlyJobTest.dump(warehouse.resolve("genstat.duckdb"));
        assertTrue(tables.keySet().containsAll(NightlyJobTest.TABLES), tables.keySet() + " lacks one of "
                + NightlyJobTest.TABLES);
        return tables;
    }
}
