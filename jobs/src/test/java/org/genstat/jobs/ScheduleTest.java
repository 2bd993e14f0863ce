package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.genstat.storage.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./genstat schedule` stays up, runs the night on its cron, logs each night and keeps going after a failed one. */
class ScheduleTest {

    @Test
    void aFailedNightIsLoggedAndTheNextOneResumesIt(@TempDir Path warehouse) throws Exception {
        // The first night cannot publish (a folder is in the way); the second finds it gone.
        Path blocker = warehouse.resolve("genstat.duckdb");
        Files.createDirectories(blocker);
        Path log = ScheduleCommand.log(new Warehouse(warehouse));
        AtomicInteger status = new AtomicInteger(-1);
        Thread schedule = new Thread(() -> status.set(NightlyJobTest.run("schedule", "--inbox",
                NightlyJobTest.INBOX.toString(), "--warehouse", warehouse.toString(),
                "--genstat.schedule.cron=*/5 * * * * *").status()));
        schedule.start();
        try {
            waitFor(log, "end nightly FAILED");
            Files.delete(blocker);
            waitFor(log, "end nightly COMPLETED");
        } finally {
            schedule.interrupt(); // what Ctrl-C does between nights
            schedule.join(60_000);
        }
        assertEquals(0, status.get(), "the schedule stops cleanly");
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.get(0).matches("\\S+Z start nightly"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("end nightly FAILED") && l.contains("publish:")), lines.toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("genstat.duckdb"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM observation")) {
            rs.next();
            assertEquals(306, rs.getLong(1));
        }
    }

    private static void waitFor(Path log, String line) throws Exception {
        for (int i = 0; i < 480; i++) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the schedule's log never said '" + line + "': "
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }
}
