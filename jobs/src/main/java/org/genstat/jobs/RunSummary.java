package org.genstat.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.genstat.publish.WarehouseCounts;
import org.genstat.publish.WarehouseTable;
import org.genstat.storage.Warehouse;
import org.genstat.vocabulary.FileStatus;
import org.genstat.vocabulary.Severity;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The one-screen summary that ends every run (CONTRACTS.md §1). */
final class RunSummary {
    private final JobExecution execution;
    private final Warehouse warehouse;

    /** The files and what became of them, read once: the line and the screen both tell them. */
    private final List<org.genstat.ingest.IngestFile> manifest;

    RunSummary(JobExecution execution, Warehouse warehouse) {
        this.execution = execution;
        this.warehouse = warehouse;
        this.manifest = java.nio.file.Files.exists(warehouse.manifest())
                ? org.genstat.discover.Manifest.read(warehouse.manifest()) : List.of();
    }

    /** One line for the schedule's log: status, time, files, observations. */
    String line() {
        long rejected = manifest.stream().filter(f -> FileStatus.REJECTED.equals(f.status())).count();
        return String.format("%s %s in %s · files seen %s · new %s · rejected %d%s", execution.getJobInstance()
                        .getJobName(), execution.getStatus(), seconds(execution.getStartTime(), execution.getEndTime()),
                count(stepCount("discover", "seen")), count(stepCount("discover", "new")), rejected,
                execution.getStatus().isUnsuccessful() ? " · " + failures() : "");
    }

    private static String count(long n) {
        return n < 0 ? "-" : String.valueOf(n);
    }

    private String failures() {
        List<String> failed = new ArrayList<>();
        for (StepExecution s : execution.getStepExecutions()) {
            for (Throwable t : s.getFailureExceptions()) {
                failed.add(s.getStepName() + ": " + rootMessage(t));
            }
        }
        return failed.isEmpty() ? execution.getExitStatus().getExitDescription() : String.join("; ", failed);
    }

    void print(PrintStream out) throws Exception {
        boolean publishedTonight = stepCount("publish", WarehouseTable.OBSERVATION.table()) >= 0;
        WarehouseCounts counts;
        if (publishedTonight) {
            counts = WarehouseCounts.of(stepCount("publish", WarehouseTable.OBSERVATION.table()),
                    k -> Math.max(0, stepCount("publish", WarehouseCounts.key(k))));
        } else {
            // Nothing published tonight: the figures are the last published night's, which only its file knows.
            try {
                counts = WarehouseCounts.read(warehouse.duckdb());
            } catch (java.sql.SQLException e) {
                // The summary must still be printed: it says what failed.
                out.println("  (the warehouse could not be read for the counts: " + e.getMessage() + ")");
                counts = WarehouseCounts.of(0, k -> 0L);
            }
        }
        // Files and refusals come from the manifest, which every step keeps current: they are right even
        // when a later step failed and no new warehouse was published.
        java.util.Map<FileStatus, Long> files = new java.util.EnumMap<>(FileStatus.class);
        manifest.forEach(f -> files.merge(f.status(), 1L, Long::sum));
        boolean published = !execution.getStatus().isUnsuccessful();
        long seen = stepCount("discover", "seen");
        long registered = stepCount("discover", "new");
        out.println();
        out.printf("genstat %s: %s in %s%n", execution.getJobInstance().getJobName(), execution.getStatus(),
                seconds(execution.getStartTime(), execution.getEndTime()));
        out.printf("  files         seen %s · new %s · loaded %d · partial %d · rejected %d · duplicate %d · superseded %d%s%n",
                seen < 0 ? "-" : seen, registered < 0 ? "-" : registered, files.getOrDefault(FileStatus.LOADED, 0L),
                files.getOrDefault(FileStatus.PARTIAL, 0L), files.getOrDefault(FileStatus.REJECTED, 0L),
                files.getOrDefault(FileStatus.DUPLICATE, 0L), files.getOrDefault(FileStatus.SUPERSEDED, 0L),
                files.containsKey(FileStatus.HELD) ? " · held " + files.get(FileStatus.HELD) : "");
        String asPublished = published ? "" : "   (in the warehouse of the last published night)";
        out.printf("  observations  %d%s%n", counts.observations(), asPublished);
        out.printf("  issues        %d error · %d warning · %d info%s%n", counts.issuesBySeverity().get(Severity.ERROR),
                counts.issuesBySeverity().get(Severity.WARNING), counts.issuesBySeverity().get(Severity.INFO), asPublished);
        List<String> steps = new ArrayList<>();
        for (StepExecution s : execution.getStepExecutions()) {
            steps.add(s.getStepName() + " " + seconds(s.getStartTime(), s.getEndTime())
                    + (s.getStatus().isUnsuccessful() ? " (" + s.getStatus() + ")" : ""));
        }
        out.println("  steps         " + String.join(" · ", steps));
        if (execution.getExecutionContext().containsKey(NightlyJobConfiguration.NOTHING_NEW)) {
            out.println("  nothing new   no new or changed file or reference data: the warehouse is as the last night left it");
        }
        for (FileStatus status : List.of(FileStatus.REJECTED, FileStatus.HELD)) {
            manifest.stream().filter(f -> status.equals(f.status())).sorted(java.util.Comparator.comparing(
                    org.genstat.ingest.IngestFile::path)).forEach(f -> out.printf("  %-13s %s: %s%n", status, f.path(),
                    f.reason()));
        }
        for (StepExecution s : execution.getStepExecutions()) {
            for (Throwable t : s.getFailureExceptions()) {
                out.println("  failed        " + s.getStepName() + ": " + rootMessage(t));
            }
        }
        if (execution.getStatus().isUnsuccessful()) {
            out.println("  log           " + warehouse.root().resolve("logs/genstat.log") + " (the whole traces)");
        }
        out.println("  warehouse     " + warehouse.duckdb());
        String report = stepString("publish", NightlyJobConfiguration.REPORT);
        if (stepCount("publish", "quality_report_failed") > 0) {
            out.println("  report        FAILED (see the log above); the warehouse itself is complete");
        } else if (report != null) {
            out.println("  report        " + report);
        }
    }

    private String stepString(String step, String key) {
        ExecutionContext c = context(step, key);
        return c == null ? null : c.getString(key);
    }

    private long stepCount(String step, String key) {
        ExecutionContext c = context(step, key);
        return c == null ? -1 : c.getLong(key);
    }

    /** The context of the step that recorded {@code key}, or null when it did not run or record it. */
    private ExecutionContext context(String step, String key) {
        for (StepExecution s : execution.getStepExecutions()) {
            if (s.getStepName().equals(step) && s.getExecutionContext().containsKey(key)) {
                return s.getExecutionContext();
            }
        }
        return null;
    }

    private static String seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        return String.format("%.1f s", Duration.between(start, end).toMillis() / 1000.0);
    }

    private static String rootMessage(Throwable t) {
        if (NightCommand.stopRequested) {
            return "stopped on request (Ctrl-C or SIGTERM); the next run resumes it";
        }
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
