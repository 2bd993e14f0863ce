package org.genstat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.genstat.extract.ReadLimits;
import org.genstat.reference.ReferenceData;
import org.genstat.vocabulary.FileStatus;
import org.junit.jupiter.api.Test;

/** What a clerk sees from {@code ./genstat check} before sending a report. */
class FileCheckTest {
    private final FileCheck check = new FileCheck(ReferenceData.load(null), ReadLimits.defaults());

    @Test
    void aReportShowsWhatWouldLandAndWhatIsWithheldWithItsCell() throws Exception {
        FileCheck.Report r = check.check(Path.of("../sample-data/inbox/huong-tra/huongtra_baocao_2023.csv"),
                "huong-tra/huongtra_baocao_2023.csv");
        assertEquals(FileStatus.LOADED, r.outcome().status());
        assertEquals("480", r.outcome().unitCode());
        assertTrue(r.landed() > 0, r.landing().toString());
        String out = print(r);
        assertTrue(out.contains("D12 label_unmatched: 'Số câu lạc bộ gia đình phát triển bền vững'"), out);
    }

    @Test
    void aRefusedFileSaysWhy() throws Exception {
        FileCheck.Report r = check.check(Path.of("../README.md"), "README.md");
        assertEquals(FileStatus.REJECTED, r.outcome().status());
        assertTrue(print(r).contains("rejected: this is not a spreadsheet genstat reads"), print(r));
    }

    @Test
    void twoCellsGivingOneKeyDifferentValuesAreShownAsAConflict(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("huongtra_baocao_2023.csv");
        String report = java.nio.file.Files.readString(Path.of("../sample-data/inbox/huong-tra/huongtra_baocao_2023.csv"));
        // The sex ratio at birth written twice, the second time with another 2023 value.
        String row = report.lines().filter(l -> l.contains("Tỷ số giới tính khi sinh")).findFirst().orElseThrow();
        java.nio.file.Files.writeString(file, report.replace(row, row + "\n" + row.replace("111,4", "109,0")));
        String out = print(check.check(file, "huong-tra/huongtra_baocao_2023.csv"));
        assertTrue(out.contains("conflict: cells E14=111.4, E15=109.0 all give HEA.01 of unit 480 for 2023 (sex T, actual)"
                + " with different values; none is published"), out);
    }

    private static String print(FileCheck.Report r) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        FileCheck.print(r, new PrintStream(b, true, StandardCharsets.UTF_8));
        return b.toString(StandardCharsets.UTF_8);
    }
}
