package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genstat.storage.Warehouse;
import org.genstat.storage.WarehouseLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second night on a warehouse in use exits at once with one line and status 75, before opening anything. */
class OneNightAtATimeTest {

    @Test
    void aSecondNightIsRefusedWithOneLine(@TempDir Path warehouse) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        NightlyJobTest.Run refused;
        try (WarehouseLock running = WarehouseLock.acquire(new Warehouse(warehouse), "genstat nightly")) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            refused = NightlyJobTest.run("nightly", "--inbox", NightlyJobTest.INBOX.toString(),
                    "--warehouse", warehouse.toString());
        } finally {
            System.setErr(original);
        }
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(NightCommand.LOCKED, refused.status());
        assertEquals(1, line.strip().lines().count(), line);
        assertTrue(line.startsWith("genstat: the warehouse " + warehouse.toAbsolutePath().normalize()
                + " is in use by 'genstat nightly' (PID " + ProcessHandle.current().pid() + ") since "), line);
        assertTrue(line.contains("--wait"), line);
        assertFalse(Files.exists(warehouse.resolve("state/jobs.mv.db")), "the job repository was not even opened");
    }
}
