package org.genstat.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genstat.discover.IngestFile;
import org.junit.jupiter.api.Test;

/** Resubmission per value: a file is superseded only when later files give every key it gave. */
class ResubmissionTest {

    private static IngestFile file(String path, long submittedAt) {
        return new IngestFile(path, path, 1, "22", 2022, IngestFile.LOADED, null, 1, 1, 0, submittedAt, submittedAt, null);
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
        IngestFile old = file("report", 1).withStatus(IngestFile.SUPERSEDED, "replaced", "annex");
        assertEquals(List.of("report loaded", "annex loaded"),
                statuses(Map.of("report", Set.of("a"), "annex", Set.of("x")), old, file("annex", 2)));
    }
}
