package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night stopped from outside, as an office's machine stops it: SIGTERM (a shutdown, Ctrl-C) ends
 * it as a failed night with one line of reason; kill -9 ends it without a word. Either way the
 * next run resumes it and the warehouse is the one an uninterrupted night gives.
 */
class StopAndResumeTest {

    @Test
    void sigtermDuringASparkStepEndsTheNightCleanlyAndTheNextRunResumesIt(@TempDir Path warehouse) throws Exception {
        NightProcess night = NightProcess.start(warehouse);
        night.waitFor("step normalise starts");
        Thread.sleep(3000); // Spark is up and working
        night.process().toHandle().destroy(); // SIGTERM (Process.destroy would also close its output)
        assertTrue(night.process().waitFor(60, TimeUnit.SECONDS), "the night stops within the grace");
        String out = String.join("\n", night.lines());
        assertTrue(out.contains("genstat: stopping on request"), out);
        assertTrue(out.contains("genstat nightly: FAILED"), "the summary says the night failed: " + out);
        assertTrue(out.contains("stopped on request (Ctrl-C or SIGTERM); the next run resumes it"), out);
        assertFalse(out.contains("took over"), out);
        List<String> after = night.lines().subList(night.index("genstat: stopping on request"), night.lines().size());
        assertTrue(after.size() < 15, "a stopped night says why in a few lines, not pages: " + after);
        resumesToTheExpectedWarehouse(warehouse, false);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "kill -9 as {0} starts")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"extract"}) // normalise: PostgresJobRepositoryTest
    void kill9IsResumedByTheNextRun(String step, @TempDir Path warehouse) throws Exception {
        NightProcess night = NightProcess.start(warehouse);
        night.waitFor("step " + step + " starts");
        night.process().destroyForcibly(); // kill -9
        night.process().waitFor(60, TimeUnit.SECONDS);
        resumesToTheExpectedWarehouse(warehouse, true);
    }

    private static void resumesToTheExpectedWarehouse(Path warehouse, boolean killed) {
        NightlyJobTest.Run resumed = NightlyJobTest.run("nightly", "--inbox", NightlyJobTest.INBOX.toString(),
                "--warehouse", warehouse.toString());
        assertEquals(0, resumed.status(), resumed.out());
        assertTrue(resumed.out().contains("Resuming the unfinished run"), resumed.out());
        assertEquals(killed, resumed.out().contains("took over the lock of 'genstat nightly'"), resumed.out());
        assertTrue(resumed.out().contains("observations  306"), resumed.out());
        assertTrue(resumed.out().contains("loaded 14 · partial 2 · rejected 0 · duplicate 0 · superseded 1"),
                resumed.out());
    }
}
