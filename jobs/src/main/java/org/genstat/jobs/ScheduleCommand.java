package org.genstat.jobs;

import java.util.List;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.genstat.storage.Warehouse;
import org.genstat.storage.WarehouseLock;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code ./genstat schedule}: runs the night on the cron {@code genstat.schedule.cron} for as long
 * as the process lives. Between nights nothing is open (no Spring, no job repository, no Spark),
 * so a night started by hand in the meantime runs as usual; at a night's time the warehouse's
 * lock decides: a night still held by another genstat is skipped. Each night leaves its start and
 * end in {@code logs/schedule.log}; a failed night is resumed by the next. Ctrl-C or SIGTERM stops
 * the schedule at once, or, during a night, once the night has recorded its end.
 */
final class ScheduleCommand implements Command {
    private static volatile boolean stopping;
    private static volatile boolean inNight;

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public List<Option> options() {
        return List.of(INBOX, WAREHOUSE);
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat schedule [--inbox DIR] [--warehouse DIR] [--genstat.schedule.cron=CRON]

                Stays up and runs the whole night on a cron (Spring's six fields: second minute hour
                day month weekday; default 0 0 2 * * *, 02:00 every day). Each night prints its
                summary and logs its start, end, status and summary line to WAREHOUSE/logs/schedule.log;
                a night that fails is resumed by the next one; a night still held by another genstat is
                skipped and logged. Stop it with Ctrl-C or SIGTERM: a night it interrupts ends as a
                failed, resumable night.
                """;
    }

    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        return run(cli, out);
    }

    static Path log(Warehouse warehouse) {
        return warehouse.root().resolve("logs/schedule.log");
    }

    static int run(CommandLine cli, PrintStream out) throws Exception {
        String cronText = Genstat.setting(cli, "genstat.schedule.cron");
        CronExpression cron;
        try {
            cron = CronExpression.parse(cronText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("genstat.schedule.cron '" + cronText + "' is not a cron of six fields "
                    + "(second minute hour day month weekday), e.g. 0 0 2 * * *: " + e.getMessage());
        }
        Warehouse warehouse = new Warehouse(cli.warehouse());
        stopping = false;
        out.println("genstat schedule: the night runs on the cron '" + cronText + "'; log "
                + log(warehouse) + " (stop with Ctrl-C)");
        Thread loop = Thread.currentThread();
        java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            stopping = true;
            if (!inNight) {
                loop.interrupt(); // wakes the wait between nights; a night stops through its own hook, never interrupted
            }
            try {
                ended.await(40, java.util.concurrent.TimeUnit.SECONDS); // not join: the loop's thread ends in System.exit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "genstat-schedule-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            while (!stopping && !Thread.currentThread().isInterrupted()) {
                LocalDateTime next = cron.next(LocalDateTime.now());
                if (next == null) {
                    out.println("genstat schedule: the cron '" + cronText + "' has no next time; stopping");
                    return 0;
                }
                try {
                    Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
                } catch (InterruptedException e) {
                    break;
                }
                inNight = true;
                try {
                    night(cli, warehouse, out);
                } finally {
                    inNight = false;
                }
            }
            out.println("genstat schedule: stopped");
            return 0;
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException e) {
                // the JVM is stopping: the hook is what stopped us
            }
        }
    }

    private static void night(CommandLine cli, Warehouse warehouse, PrintStream out) {
        try (NightCommand.Stopper stopper = new NightCommand.Stopper(out);
             WarehouseLock lock = WarehouseLock.acquire(warehouse, "genstat schedule")) {
            log(warehouse, "start nightly");
            NightRunner.Ran ran = NightCommand.underLock(cli, NightlyJobConfiguration.NIGHTLY, lock, stopper, out);
            log(warehouse, "end " + ran.line());
        } catch (WarehouseLock.HeldException e) {
            log(warehouse, "skipped: " + e.getMessage());
            out.println("genstat schedule: skipped this night: " + e.getMessage());
        } catch (Exception e) {
            // The schedule keeps going: the next night resumes this one.
            log(warehouse, "end FAILED: " + e.getMessage());
            out.println("genstat schedule: the night failed: " + e.getMessage());
        }
    }

    private static void log(Warehouse warehouse, String line) {
        Path log = log(warehouse);
        try {
            Files.createDirectories(log.getParent());
            // Appending a line is what a log is; a torn last line after a crash is acceptable there.
            Files.writeString(log, Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("genstat schedule: cannot write " + log + ": " + e.getMessage());
        }
    }
}
