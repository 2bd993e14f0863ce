package org.genstat.jobs;

import java.nio.file.Path;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.genstat.extract.ExtractStep;
import org.genstat.storage.Warehouse;
import org.genstat.storage.WarehouseLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code nightly} and {@code step}: one job under the warehouse's lock, taken before Spring opens
 * the job repository. Ctrl-C or SIGTERM during the job ends it as a failed night the next run
 * resumes: extract stops after its current file, a Spark step fails as its session is stopped, the job
 * repository records the failure, and the terminal gets one line instead of Spark's complaints.
 */
final class NightCommand implements Command {
    /** Exit status of a night refused because another holds the warehouse (sysexits' EX_TEMPFAIL: try later). */
    static final int LOCKED = 75;

    /** A signal asked this JVM's night to stop: its failure is that, whatever the step threw. */
    static volatile boolean stopRequested;

    /** How long a signal waits for the night to record its end before the JVM goes. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "nightly";
    }

    @Override
    public List<Option> options() {
        return JOB_OPTIONS;
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat nightly [--inbox DIR] [--warehouse DIR] [--wait]

                Reads every new report in the inbox and rebuilds the warehouse:
                  discover   register files by SHA-256; skip content already read; spot duplicates
                  extract    read each new file's tables into raw Parquet; reject unreadable files
                  normalise  (Spark) match labels to catalog codes, convert measures, latest submission wins
                  analyse    (Spark) gender gaps, trends, progress towards targets
                  publish    build warehouse/genstat.duckdb and swap it in atomically
                Exits 0 when the night completed, also when some files were rejected (they are listed).
                An interrupted night is resumed at the step that did not finish. A night with no new or
                changed file, and no changed reference data, stops after extract: the warehouse is
                already what the night would build.
                One night at a time per warehouse: while another night holds it, exits 75 at once with
                one line naming it, or waits for it with --wait.
                """;
    }

    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        return run(cli, NightlyJobConfiguration.NIGHTLY, out);
    }

    /** Refuses at once (exit 75, one line) when another night holds the warehouse, or waits with {@code --wait}. */
    static int run(CommandLine cli, String jobName, PrintStream out) throws Exception {
        return night(cli, jobName, out).status();
    }

    /** As {@link #run}, with what the night did. */
    static NightRunner.Ran night(CommandLine cli, String jobName, PrintStream out) throws Exception {
        if (!java.nio.file.Files.isDirectory(cli.inbox())) {
            throw new IllegalArgumentException("the inbox " + cli.inbox() + " does not exist or is not a folder:"
                    + " give the folder units' reports are dropped into with --inbox DIR");
        }
        Warehouse warehouse = new Warehouse(cli.warehouse());
        String who = "genstat " + cli.command() + (cli.argument() == null ? "" : " " + cli.argument());
        WarehouseLock lock;
        try {
            lock = cli.options().containsKey("wait")
                    ? WarehouseLock.await(warehouse, who, Duration.ofSeconds(1), m -> out.println("genstat: " + m))
                    : WarehouseLock.acquire(warehouse, who);
        } catch (WarehouseLock.HeldException e) {
            System.err.println("genstat: " + e.getMessage());
            return new NightRunner.Ran(LOCKED, e.getMessage(), java.util.Map.of(), 0);
        }
        try (Stopper stopper = new Stopper(out)) {
            try (lock) {
                return underLock(cli, jobName, lock, stopper, out);
            }
        }
    }

    /** The job, with the lock already held; {@code lock} is only read for a take-over to report. */
    static NightRunner.Ran underLock(CommandLine cli, String jobName, WarehouseLock lock, Stopper stopper,
                                     PrintStream out) throws Exception {
        lock.tookOverFrom().ifPresent(h -> out.println("genstat: took over the lock of " + h
                + ", which ended without releasing it"));
        List<String> springArgs = Genstat.springArgs(cli);
        // Spring's own hook would close the context (job repository, SparkSession) under the running job.
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GenstatApplication.class)
                .registerShutdownHook(false).run(springArgs.toArray(String[]::new))) {
            stopper.extract = ctx.getBean(ExtractStep.class);
            NightRunner.Ran ran = ctx.getBean(NightRunner.class).runNight(jobName, out);
            SpringApplication.exit(ctx);
            return ran;
        }
    }

    /**
     * The JVM's hook for the time of one night: on a signal it asks extract to stop, quiets Spark,
     * and holds the JVM until the night has recorded its end, closed the job repository and
     * released the warehouse lock (close), or until the grace has passed.
     */
    static final class Stopper implements AutoCloseable {
        private final CountDownLatch over = new CountDownLatch(1);
        private final Thread hook;
        private volatile ExtractStep extract;

        Stopper(PrintStream out) {
            hook = new Thread(() -> {
                if (over.getCount() == 0) {
                    return; // the night is over
                }
                out.println("genstat: stopping on request; the night ends as failed and the next run resumes it");
                stopRequested = true;
                Logs.quietForStop();
                ExtractStep running = extract;
                if (running != null) {
                    running.requestStop();
                }
                org.genstat.spark.SparkSessions.stopRunning(); // Spark's own hook may come later, or not at all
                try {
                    if (!over.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                        out.println("genstat: the night did not stop within " + STOP_GRACE.toSeconds()
                                + " s; the next run recovers it");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "genstat-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            over.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is stopping: the hook is running and may now let it go
            }
        }
    }
}
