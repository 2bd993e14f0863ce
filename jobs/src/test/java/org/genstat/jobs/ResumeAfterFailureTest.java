package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A night that fails keeps the old warehouse, exits non-zero, and the next run resumes where it stopped. */
class ResumeAfterFailureTest {

    @Test
    void aFailedNightIsResumedAtTheStepThatFailed(@TempDir Path warehouse) throws Exception {
        // Something in the way of the new warehouse file: publish cannot rename over a folder.
        Path blocker = warehouse.resolve("genstat.duckdb");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("keep.txt"), "in the way");

        NightlyJobTest.Run failed = NightlyJobTest.run("nightly", "--inbox", NightlyJobTest.INBOX.toString(), "--warehouse", warehouse.toString());
        assertEquals(1, failed.status(), failed.out());
        assertTrue(failed.out().contains("genstat nightly: FAILED"), failed.out());
        assertTrue(failed.out().contains("failed        publish"), failed.out());
        // What happened to the files is told from the manifest, though no warehouse was published.
        assertTrue(failed.out().contains("loaded 14 · partial 2 · rejected 0 · duplicate 0 · superseded 1"), failed.out());
        assertTrue(failed.out().contains("(in the warehouse of the last published night)"), failed.out());
        assertTrue(Files.exists(blocker.resolve("keep.txt")), "what was there is untouched");

        Files.delete(blocker.resolve("keep.txt"));
        Files.delete(blocker);
        NightlyJobTest.Run resumed = NightlyJobTest.run("nightly", "--inbox", NightlyJobTest.INBOX.toString(), "--warehouse", warehouse.toString());
        assertEquals(0, resumed.status(), resumed.out());
        assertTrue(resumed.out().contains("Resuming the unfinished run"), resumed.out());
        assertTrue(resumed.out().contains("steps         publish"), "only publish runs again: " + resumed.out());
        assertFalse(resumed.out().contains("normalise"), resumed.out());
        assertTrue(resumed.out().contains("observations  306"), resumed.out());
    }
}
