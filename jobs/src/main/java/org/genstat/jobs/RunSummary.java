package org.genstat.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.genstat.publish.WarehouseCounts;
import org.genstat.storage.Warehouse;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The one-screen summary that ends every run (CONTRACTS.md §1). */
final class RunSummary {
    private final JobExecution execution;
    private final Warehouse warehouse;

    RunSummary(JobExecution execution, Warehouse warehouse) {
        this.execution = execution;
        this.warehouse = warehouse;
    }

    void print(PrintStream out) throws Exception {
        WarehouseCounts counts;
        try {
            counts = WarehouseCounts.read(warehouse.duckdb());
        } catch (java.sql.SQLException e) {
            // The summary must still be printed: it says what failed.
            out.println("  (the warehouse could not be read for the counts: " + e.getMessage() + ")");
            counts = WarehouseCounts.read(warehouse.root().resolve("no-warehouse"));
        }
        long seen = stepCount("discover", "seen");
        long registered = stepCount("discover", "new");
        out.println();
        out.printf("genstat %s: %s in %s%n", execution.getJobInstance().getJobName(), execution.getStatus(),
                seconds(execution.getStartTime(), execution.getEndTime()));
        out.printf("  files         seen %s · new %s · loaded %d · partial %d · rejected %d · duplicate %d · superseded %d%n",
                seen < 0 ? "-" : seen, registered < 0 ? "-" : registered, counts.filesByStatus().get("loaded"),
                counts.filesByStatus().get("partial"), counts.filesByStatus().get("rejected"),
                counts.filesByStatus().get("duplicate"), counts.filesByStatus().get("superseded"));
        out.printf("  observations  %d%n", counts.observations());
        out.printf("  issues        %d error · %d warning · %d info%n", counts.issuesBySeverity().get("error"),
                counts.issuesBySeverity().get("warning"), counts.issuesBySeverity().get("info"));
        List<String> steps = new ArrayList<>();
        for (StepExecution s : execution.getStepExecutions()) {
            steps.add(s.getStepName() + " " + seconds(s.getStartTime(), s.getEndTime())
                    + (s.getStatus().isUnsuccessful() ? " (" + s.getStatus() + ")" : ""));
        }
        out.println("  steps         " + String.join(" · ", steps));
        for (String r : counts.rejected()) {
            out.println("  rejected      " + r);
        }
        for (StepExecution s : execution.getStepExecutions()) {
            for (Throwable t : s.getFailureExceptions()) {
                out.println("  failed        " + s.getStepName() + ": " + rootMessage(t));
            }
        }
        out.println("  warehouse     " + warehouse.duckdb());
        java.nio.file.Path report = warehouse.reports().resolve("quality-"
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".html");
        if (stepCount("publish", "quality_report_failed") > 0) {
            out.println("  report        FAILED (see the log above); the warehouse itself is complete");
        } else if (java.nio.file.Files.exists(report)) {
            out.println("  report        " + report);
        }
    }

    private long stepCount(String step, String key) {
        for (StepExecution s : execution.getStepExecutions()) {
            if (s.getStepName().equals(step) && s.getExecutionContext().containsKey(key)) {
                return s.getExecutionContext().getLong(key);
            }
        }
        return -1;
    }

    private static String seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        return String.format("%.1f s", Duration.between(start, end).toMillis() / 1000.0);
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
