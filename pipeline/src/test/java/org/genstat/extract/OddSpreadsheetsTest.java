package org.genstat.extract;

import org.genstat.vocabulary.FileStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.genstat.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.genstat.SharedFolder;
import org.junit.jupiter.api.Test;

/**
 * Robustness on 214 odd real spreadsheets (SheetJS's test files: every Excel version and other
 * programs, broken, protected, 1904 dates, rich text…). None is a gender report. Every file must get a
 * status; every refusal a reason a clerk can act on, with no Java in it; no bug of genstat may surface
 * (extract rethrows those, so the test fails on them).
 */
class OddSpreadsheetsTest {
    private static final Pattern JAVA = Pattern.compile("\\b[A-Z][A-Za-z]+(Exception|Error)\\b|\\bjava\\.|\\bat org\\.");
    private static ReportExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ReportExtractor(ReferenceData.load(null).units(), ReadLimits.defaults());
    }

    @Test
    void everyFileGetsAStatusAndEveryRefusalAClerksReason() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedFolder.require("corpora/sheetjs-test-files/files", "OddSpreadsheetsTest"))) {
            files = s.sorted().toList();
        }
        Map<FileStatus, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            ReportExtractor.Outcome o = extractor.extract(f, "sheetjs/" + f.getFileName(), "sha", 0L,
                    Sink.of(x -> { }, x -> { }));
            byStatus.merge(o.status(), 1, Integer::sum);
            assertTrue(Set.of(FileStatus.LOADED, FileStatus.PARTIAL, FileStatus.REJECTED).contains(o.status()), f + ": " + o.status());
            if (FileStatus.REJECTED.equals(o.status())) {
                String reason = o.reason() == null ? "" : o.reason();
                reasons.merge(reason.replaceAll("\\(.*\\)", "(…)").replaceAll("[0-9]+", "N"), 1, Integer::sum);
                if (reason.isBlank() || JAVA.matcher(reason).find()) {
                    bad.add(f.getFileName() + ": " + reason);
                }
            }
        }
        System.out.println("SheetJS odd files (" + files.size() + "): " + byStatus);
        reasons.forEach((r, n) -> System.out.println("  " + n + " × " + r));
        assertEquals(214, files.size());
        assertTrue(bad.isEmpty(), "reasons a clerk cannot act on: " + bad);
    }

    @Test
    void aFileOverItsTimeBudgetIsRefusedAndTheNightGoesOn() {
        ReportExtractor hasty = new ReportExtractor(ReferenceData.load(null).units(),
                new ReadLimits(100L << 20, 1_000_000L, Duration.ZERO));
        ReportExtractor.Outcome o = hasty.extract(HostileFilesTest.GOOD, "x.xlsx", "sha", 0L, Sink.of(x -> { }, x -> { }));
        assertEquals(FileStatus.REJECTED, o.status());
        assertTrue(o.reason().contains("genstat.max-seconds"), o.reason());
    }

    @Test
    void aFileOverItsCellBudgetIsRefused() {
        ReportExtractor small = new ReportExtractor(ReferenceData.load(null).units(),
                new ReadLimits(100L << 20, 10L, Duration.ofMinutes(1)));
        ReportExtractor.Outcome o = small.extract(HostileFilesTest.GOOD, "x.xlsx", "sha", 0L, Sink.of(x -> { }, x -> { }));
        assertEquals(FileStatus.REJECTED, o.status());
        assertTrue(o.reason().contains("genstat.max-cells"), o.reason());
        assertFalse(JAVA.matcher(o.reason()).find());
    }
}
