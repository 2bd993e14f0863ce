package org.genstat.extract;

import org.genstat.vocabulary.FileStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genstat.ingest.IngestFile;
import org.junit.jupiter.api.Test;

/** Resubmission per value: a file is superseded only when later files give every key it gave. */
class ResubmissionTest {

    private static IngestFile file(String path, long submittedAt) {
        return file(path, submittedAt, "tỉnh Quảng Ninh");
    }

    /** A report of unit 22 for 2022, read and loaded, whose title writes the unit as given. */
    private static IngestFile file(String path, long submittedAt, String unitWritten) {
        return IngestFile.pending(path, path, 1, submittedAt, submittedAt).identified("22", 2022, unitWritten)
                .counted(1, 1, 0).withStatus(FileStatus.LOADED, null, null);
    }

    private static List<String> statuses(Map<String, Set<String>> keys, IngestFile... files) {
        List<IngestFile> manifest = new ArrayList<>(List.of(files));
        ExtractStep.Submissions.resolve(manifest, f -> keys.get(f.path()));
        return manifest.stream().map(f -> f.path() + " " + f.status()).toList();
    }

    @Test
    void aCorrectionThatGivesEveryValueAgainSupersedesTheReport() {
        assertEquals(List.of("report superseded", "correction loaded"),
                statuses(Map.of("report", Set.of("a", "b"), "correction", Set.of("a", "b", "c")),
                        file("report", 1), file("correction", 2)));
    }

    @Test
    void anAnnexBesideTheMainReportAddsItsValues() {
        assertEquals(List.of("annex loaded", "report loaded"),
                statuses(Map.of("annex", Set.of("x"), "report", Set.of("a", "b")), file("annex", 1), file("report", 2)));
    }

    @Test
    void aFileSupersededOnceIsReadAgainWhenTheLaterFileNoLongerCoversIt() {
        IngestFile old = file("report", 1).withStatus(FileStatus.SUPERSEDED, "replaced", "annex");
        assertEquals(List.of("report loaded", "annex loaded"),
                statuses(Map.of("report", Set.of("a"), "annex", Set.of("x")), old, file("annex", 2)));
    }

    @Test
    void twoFilesThatNameTheUnitDifferentlyAreBothHeldAndNeitherSupersedes() {
        List<IngestFile> manifest = new ArrayList<>(List.of(file("tan-lap.xlsx", 1, "xã Tân Lập"),
                file("tan-tien.xlsx", 2, "Xã Tân Tiến")));
        ExtractStep.Submissions.resolve(manifest, f -> Set.of("a", "b"));
        assertEquals(List.of(FileStatus.HELD, FileStatus.HELD), manifest.stream().map(IngestFile::status).toList());
        String reason = manifest.get(0).reason();
        assertEquals("held for a person: this file ('xã Tân Lập') and tan-tien.xlsx ('Xã Tân Tiến') both resolve to"
                + " unit 22 for 2022 but name it differently; none of their values is published until the title of"
                + " the one that is not from unit 22 is corrected and the file sent again", reason);
    }

    @Test
    void theSameUnitWrittenWithOtherCaseOrDiacriticsIsOneSender() {
        assertEquals(List.of("report superseded", "correction loaded"),
                statuses(Map.of("report", Set.of("a"), "correction", Set.of("a")),
                        file("report", 1, "xã Tân Lập"), file("correction", 2, "XÃ TAN LAP")));
    }

    @Test
    void sendingTheMisnamedFileAgainUnderItsNameEndsTheHold() {
        List<IngestFile> manifest = new ArrayList<>(List.of(file("a.xlsx", 1, "xã Tân Lập"),
                file("b.xlsx", 2, "xã Tân Tiến")));
        ExtractStep.Submissions.resolve(manifest, f -> Set.of("k"));
        // b.xlsx corrected: its title now names its own unit, which resolves elsewhere.
        IngestFile corrected = IngestFile.pending("b.xlsx", "b2", 1, 3, 3).identified("23", 2022, "xã Tân Tiến")
                .counted(1, 1, 0).withStatus(FileStatus.LOADED, null, null);
        manifest.add(corrected);
        ExtractStep.Submissions.resolve(manifest, f -> Set.of("k"));
        assertEquals(List.of("a.xlsx loaded", "b.xlsx superseded", "b.xlsx loaded"),
                manifest.stream().map(f -> f.path() + " " + f.status()).toList());
    }

    @Test
    void aNameReusedForAnotherYearsReportIsAnotherReport() {
        List<IngestFile> manifest = new ArrayList<>(List.of(file("bao-cao.xlsx", 1, "xã Tân Lập"),
                IngestFile.pending("bao-cao.xlsx", "v2", 1, 2, 2).identified("22", 2023, "xã Tân Lập").counted(1, 1, 0)
                        .withStatus(FileStatus.LOADED, null, null)));
        ExtractStep.Submissions.resolve(manifest, f -> Set.of("k" + f.reportYear()));
        assertEquals(List.of(FileStatus.LOADED, FileStatus.LOADED), manifest.stream().map(IngestFile::status).toList());
    }
}
