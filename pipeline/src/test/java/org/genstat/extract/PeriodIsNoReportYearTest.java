package org.genstat.extract;

import org.genstat.ingest.IngestIssue;
import org.genstat.vocabulary.FileStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genstat.ingest.IngestFile;
import org.genstat.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's period ("giai đoạn 2021 - 2025", "KH_2021-2030.xlsx") is a span, never the report year. */
class PeriodIsNoReportYearTest {
    private static ReportExtractor extractor;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        extractor = new ReportExtractor(ReferenceData.load(null).units(), ReadLimits.defaults());
    }

    private final List<String> values = new ArrayList<>();

    private ReportExtractor.Outcome read(String fileName, String... lines) throws Exception {
        Path f = tmp.resolve(fileName);
        Files.writeString(f, String.join("\n", lines) + "\n");
        List<IngestIssue> issues = new ArrayList<>();
        values.clear();
        return extractor.extract(f, "kon-tum/" + fileName, "sha", 0L,
                Sink.of(o -> values.add(o.year() + " " + o.kind() + " " + o.value()), issues::add));
    }

    @Test
    void aPlanForAPeriodHasNoReportYearAndItsValuesKeepTheirOwn() throws Exception {
        ReportExtractor.Outcome o = read("kontum.csv", "UBND TỈNH KON TUM",
                "KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC BÌNH ĐẲNG GIỚI NĂM 2021 - 2025", "",
                "Chỉ tiêu;KH 2025;Thực hiện", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;30;25");
        assertNull(o.reportYear());
        assertEquals("62", o.unitCode(), "Kon Tum, in the register of 2021");
        assertEquals(List.of("2025 target 30.0"), values, "a result with no year of its own is not given the period's");
    }

    @Test
    void aPeriodInTheFileNameIsNotTheReportYear() throws Exception {
        ReportExtractor.Outcome o = read("KH_2021-2030.csv", "UBND TỈNH KON TUM", "KẾ HOẠCH BÌNH ĐẲNG GIỚI", "",
                "Chỉ tiêu;KH 2025", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;30");
        assertNull(o.reportYear());
        assertEquals(List.of("2025 target 30.0"), values);
    }

    @Test
    void withNeitherYearNorPeriodTheFileIsRejected() throws Exception {
        ReportExtractor.Outcome o = read("kontum.csv", "UBND TỈNH KON TUM", "KẾ HOẠCH BÌNH ĐẲNG GIỚI", "",
                "Chỉ tiêu;Kế hoạch", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;30");
        assertEquals(FileStatus.REJECTED, o.status());
        assertTrue(o.reason().contains("report year"), o.reason());
    }

    @Test
    void aYearBesideAPeriodIsTheReportYear() throws Exception {
        ReportExtractor.Outcome o = read("kontum_2016-2020_bc2019.csv", "UBND TỈNH KON TUM",
                "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2016 - 2020", "",
                "Chỉ tiêu;TH 2019", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;24");
        assertEquals(2019, o.reportYear());
        ReportExtractor.Outcome titled = read("kontum.csv", "UBND TỈNH KON TUM",
                "BÁO CÁO KẾT QUẢ NĂM 2023 THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2021-2025", "",
                "Chỉ tiêu;TH 2023", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;24");
        assertEquals(2023, titled.reportYear());
    }
}
