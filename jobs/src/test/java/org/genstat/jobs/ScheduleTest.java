package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./genstat schedule` stays up and runs the night when its cron says so. */
class ScheduleTest {

    @Test
    void theNightRunsOnTheCron(@TempDir Path warehouse) throws Exception {
        LocalTime at = LocalTime.now().plusSeconds(6);
        String cron = at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * *"; // once, in 6 seconds
        AtomicInteger status = new AtomicInteger(-1);
        Thread schedule = new Thread(() -> status.set(Genstat.run(new String[] {"schedule", "--inbox",
                NightlyJobTest.INBOX.toString(), "--warehouse", warehouse.toString(), "--genstat.schedule.cron=" + cron})));
        schedule.start();
        Path duckdb = warehouse.resolve("genstat.duckdb");
        Path report = warehouse.resolve("reports/quality-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".html");
        for (int i = 0; i < 240 && !Files.exists(report); i++) {
            Thread.sleep(500); // the report is the night's last write
        }
        Thread.sleep(2000);
        assertTrue(Files.exists(duckdb), "the scheduled night published a warehouse");
        Genstat.SCHEDULES.forEach(ctx -> ctx.close());
        schedule.join(60_000);
        assertEquals(0, status.get());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM observation")) {
            rs.next();
            assertEquals(290, rs.getLong(1));
        }
    }
}
