package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job repository on a real PostgreSQL server, by configuration only: a night killed in the
 * middle is resumed from what the server recorded, and the warehouse is the expected one.
 */
class PostgresJobRepositoryTest {

    @Test
    void aKilledNightIsResumedFromThePostgresJobRepository(@TempDir Path warehouse) throws Exception {
        String why = PostgresServer.unavailable().orElse(null);
        if (why != null) {
            System.out.println("PostgresJobRepositoryTest skipped: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
        try (PostgresServer pg = PostgresServer.start()) {
            String[] settings = {"--spring.datasource.url=" + pg.url(), "--spring.datasource.username=" + pg.user(),
                    "--spring.datasource.password="};
            NightProcess night = NightProcess.start(warehouse, settings);
            night.waitFor("step normalise starts");
            night.process().destroyForcibly(); // kill -9
            night.process().waitFor(60, TimeUnit.SECONDS);

            List<String> args = new ArrayList<>(List.of("nightly", "--inbox", NightlyJobTest.INBOX.toString(),
                    "--warehouse", warehouse.toString()));
            args.addAll(List.of(settings));
            NightlyJobTest.Run resumed = NightlyJobTest.run(args.toArray(String[]::new));
            assertEquals(0, resumed.status(), resumed.out());
            assertTrue(resumed.out().contains("Resuming the unfinished run"), resumed.out());
            assertTrue(resumed.out().contains("observations  306"), resumed.out());
            assertFalse(Files.exists(warehouse.resolve("state/jobs.mv.db")), "no H2 file: the server is the repository");

            List<String> executions = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i"
                         + " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'nightly'"
                         + " ORDER BY e.job_execution_id")) {
                while (rs.next()) {
                    executions.add(rs.getString(1));
                }
            }
            assertEquals(List.of("FAILED", "COMPLETED"), executions, "the killed night, recovered, then its resumption");
        }
    }
}
