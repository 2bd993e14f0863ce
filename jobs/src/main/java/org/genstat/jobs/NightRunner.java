package org.genstat.jobs;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.genstat.storage.Warehouse;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a job and prints the summary. A night that crashed or failed is resumed where it stopped
 * (completed steps are not run again); otherwise a new night starts.
 */
@Component
class NightRunner {
    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final GenstatProperties props;
    private final Warehouse warehouse;

    NightRunner(JobOperator operator, JobRepository repository, List<Job> jobs, GenstatProperties props,
                Warehouse warehouse) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, j -> j));
        this.props = props;
        this.warehouse = warehouse;
    }

    /** What a run did: the process exit status (0 when the job completed), the summary's one line, step times. */
    record Ran(int status, String line, Map<String, Double> stepSeconds, double seconds) {
    }

    Ran runNight(String jobName, PrintStream out) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("no job named " + jobName);
        }
        String inbox = props.inbox().toAbsolutePath().normalize().toString();
        String where = warehouse.root().toString();
        JobExecution execution;
        JobExecution unfinished = unfinished(jobName, inbox, where);
        if (unfinished != null) {
            out.println("Resuming the unfinished run " + unfinished.getId() + " of " + jobName
                    + " (completed steps are kept).");
            if (unfinished.getStatus().isRunning()) {
                // A crashed process leaves its execution marked as running; this process holds the
                // job repository's lock, so nothing else is running it.
                unfinished = operator.recover(unfinished);
            }
            execution = operator.restart(unfinished);
        } else {
            JobParameters params = new JobParametersBuilder()
                    .addString("inbox", inbox)
                    .addString("warehouse", where)
                    .addLong("run.id", System.currentTimeMillis())
                    .toJobParameters();
            execution = operator.start(job, params);
        }
        RunSummary summary = new RunSummary(execution, warehouse);
        summary.print(out);
        Map<String, Double> steps = new java.util.LinkedHashMap<>();
        for (var step : execution.getStepExecutions()) {
            steps.put(step.getStepName(), seconds(step.getStartTime(), step.getEndTime()));
        }
        return new Ran(execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1, summary.line(), steps,
                seconds(execution.getStartTime(), execution.getEndTime()));
    }

    private static double seconds(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        return start == null || end == null ? 0 : java.time.Duration.between(start, end).toMillis() / 1000.0;
    }

    private JobExecution unfinished(String jobName, String inbox, String where) {
        JobInstance last = repository.getLastJobInstance(jobName);
        if (last == null) {
            return null;
        }
        JobExecution e = repository.getLastJobExecution(last);
        if (e == null || e.getStatus() == BatchStatus.COMPLETED || e.getStatus() == BatchStatus.ABANDONED) {
            return null;
        }
        JobParameters p = e.getJobParameters();
        boolean sameNight = inbox.equals(p.getString("inbox")) && where.equals(p.getString("warehouse"));
        return sameNight ? e : null;
    }
}
