package org.genstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.genstat.ingest.IngestIssue;
import org.genstat.reference.ReferenceData;
import org.genstat.vocabulary.IssueCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value's kind (result, estimate, target) comes from what the file says, never from its year alone. */
class KindOfAValueTest {
    private static ReportExtractor extractor;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        extractor = new ReportExtractor(ReferenceData.load(null).units(), ReadLimits.defaults());
    }

    private record Read(List<String> values, List<IngestIssue> issues) {
    }

    private Read read(String... lines) throws Exception {
        Path f = tmp.resolve("kontum.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        List<RawObservation> obs = new ArrayList<>();
        List<IngestIssue> issues = new ArrayList<>();
        extractor.extract(f, "kon-tum/kontum.csv", "sha", 0L, Sink.of(obs::add, issues::add));
        return new Read(obs.stream().map(o -> o.year() + " " + o.kind() + " " + o.value()).sorted()
                .collect(Collectors.toList()), issues);
    }

    @Test
    void abbreviatedHeadingsSayTheKind() throws Exception {
        Read r = read("UBND TỈNH KON TUM", "BIỂU SỐ LIỆU BÌNH ĐẲNG GIỚI NĂM 2023", "",
                "Chỉ tiêu;TH 2023;ƯTH 2024;KH 2025", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;25;26;30");
        assertEquals(List.of("2023 actual 25.0", "2024 estimate 26.0", "2025 target 30.0"), r.values());
    }

    @Test
    void aYearAfterTheReportYearIsNotATargetUnlessTheFileSaysSo() throws Exception {
        Read r = read("UBND TỈNH KON TUM", "BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM 2023", "",
                "Chỉ tiêu;Năm 2023;Năm 2025", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;25;30");
        assertEquals(List.of("2023 actual 25.0"), r.values(), "the report of results gives 2023; 2025 is withheld");
        assertTrue(r.issues().stream().anyMatch(i -> i.code() == IssueCode.KIND_CONFLICT && i.message().contains("2025")),
                r.issues().toString());
    }

    @Test
    void aValueWhoseKindNothingStatesIsWithheld() throws Exception {
        Read r = read("UBND TỈNH KON TUM", "BIỂU THỐNG KÊ NĂM 2023", "",
                "Chỉ tiêu;Năm 2022;Năm 2023", "Tỷ lệ nữ đại biểu Hội đồng nhân dân;24;25");
        assertEquals(List.of(), r.values());
        assertEquals(2, r.issues().stream().filter(i -> i.code() == IssueCode.KIND_UNSTATED).count(), r.issues().toString());
    }
}
