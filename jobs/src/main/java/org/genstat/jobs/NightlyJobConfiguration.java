package org.genstat.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.genstat.analyse.AnalyseStep;
import org.genstat.discover.Discovery;
import org.genstat.extract.ExtractStep;
import org.genstat.normalise.NormaliseStep;
import org.genstat.publish.DuckDbPublisher;
import org.genstat.publish.WarehouseTable;
import org.genstat.quality.QualityReport;
import org.genstat.storage.NightInputs;
import org.genstat.storage.Warehouse;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job {@code nightly} (discover → extract → normalise → analyse → publish) and one job per
 * step, so each step also runs alone. Each tasklet calls one pipeline class and records what it
 * did in its step's execution context, for the summary. Spark starts only when a Spark step runs.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {
    static final String NIGHTLY = "nightly";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NightlyJobConfiguration.class);
    static final String[] STEPS = {"discover", "extract", "normalise", "analyse", "publish"};

    @Bean
    Step discover(JobRepository repo, PlatformTransactionManager tx, Discovery discovery, GenstatProperties props,
                  Warehouse warehouse) {
        return step("discover", repo, tx, () -> {
            Discovery.Result r = discovery.run(props.inbox(), warehouse);
            return Map.of("seen", r.seen(), "new", r.registered(), "duplicates", r.duplicates());
        });
    }

    @Bean
    Step extract(JobRepository repo, PlatformTransactionManager tx, ExtractStep extract, GenstatProperties props,
                 Warehouse warehouse) {
        return step("extract", repo, tx, () -> {
            ExtractStep.Result r = extract.run(props.inbox(), warehouse);
            return Map.of("read", r.read(), "rejected", r.rejected(), "observations", r.observations());
        });
    }

    @Bean
    Step normalise(JobRepository repo, PlatformTransactionManager tx, ObjectProvider<NormaliseStep> normalise,
                   Warehouse warehouse) {
        return step("normalise", repo, tx, () -> {
            NormaliseStep.Result r = normalise.getObject().run(warehouse);
            return Map.of("observations", r.observations(), "unmatched_labels", r.unmatchedLabels());
        });
    }

    @Bean
    Step analyse(JobRepository repo, PlatformTransactionManager tx, ObjectProvider<AnalyseStep> analyse, Warehouse warehouse) {
        return step("analyse", repo, tx, () -> {
            AnalyseStep.Result r = analyse.getObject().run(warehouse);
            return Map.of(WarehouseTable.GENDER_GAP.table(), r.genderGaps(), WarehouseTable.TREND.table(), r.trends(),
                    WarehouseTable.TARGET_PROGRESS.table(), r.targetProgress(), WarehouseTable.AGGREGATE.table(),
                    r.aggregates());
        });
    }

    @Bean
    Step publish(JobRepository repo, PlatformTransactionManager tx, DuckDbPublisher publisher, Warehouse warehouse) {
        return step("publish", repo, tx, execution -> {
            Map<String, Long> counts = new java.util.HashMap<>(publisher.run(warehouse));
            var job = execution.getJobExecution().getExecutionContext();
            if (job.containsKey(INPUTS)) {
                NightInputs.markPublished(warehouse, job.getString(INPUTS)); // a whole night, not a step alone
            }
            try {
                Path report = QualityReport.write(warehouse, LocalDate.now(ZoneOffset.UTC)).get(0);
                execution.getExecutionContext().putString(REPORT, report.toString());
            } catch (Exception e) {
                // The warehouse is published; a report that cannot be written must not undo the night.
                LOG.error("the quality report could not be written: {}", e.getMessage(), e);
                counts.put("quality_report_failed", 1L);
            }
            return counts;
        });
    }

    /** Publish's context key: the quality report it wrote. */
    static final String REPORT = "report";
    /** Job context key: the fingerprint of what normalise reads, recorded by publish once it is published. */
    static final String INPUTS = "inputs";
    /** Job context key: the night found nothing new and stopped after extract. */
    static final String NOTHING_NEW = "nothing_new";

    /**
     * After extract: when the inputs of the Spark steps are those of the last published night, the
     * warehouse already is what they would build, so the night ends there (no Spark, no write).
     */
    @Bean
    JobExecutionDecider anythingNew(Warehouse warehouse, GenstatProperties props) {
        return (jobExecution, stepExecution) -> {
            String dir = props.schemasDir();
            String inputs = NightInputs.fingerprint(warehouse, dir == null || dir.isBlank() ? null : Path.of(dir));
            jobExecution.getExecutionContext().putString(INPUTS, inputs);
            if (NightInputs.published(warehouse, inputs)) {
                jobExecution.getExecutionContext().putString(NOTHING_NEW, "true");
                return new FlowExecutionStatus(NOTHING_NEW);
            }
            return FlowExecutionStatus.COMPLETED;
        };
    }

    @Bean
    Job nightly(JobRepository repo, Step discover, Step extract, JobExecutionDecider anythingNew, Step normalise,
                Step analyse, Step publish) {
        return new JobBuilder(NIGHTLY, repo).start(discover).next(extract).next(anythingNew)
                .on(NOTHING_NEW).end()
                .from(anythingNew).on("*").to(normalise).next(analyse).next(publish)
                .end().build();
    }

    @Bean
    Job stepDiscover(JobRepository repo, Step discover) {
        return new JobBuilder("step-discover", repo).start(discover).build();
    }

    @Bean
    Job stepExtract(JobRepository repo, Step extract) {
        return new JobBuilder("step-extract", repo).start(extract).build();
    }

    @Bean
    Job stepNormalise(JobRepository repo, Step normalise) {
        return new JobBuilder("step-normalise", repo).start(normalise).build();
    }

    @Bean
    Job stepAnalyse(JobRepository repo, Step analyse) {
        return new JobBuilder("step-analyse", repo).start(analyse).build();
    }

    @Bean
    Job stepPublish(JobRepository repo, Step publish) {
        return new JobBuilder("step-publish", repo).start(publish).build();
    }

    /** What a step reports for the summary. */
    @FunctionalInterface
    interface StepWork {
        Map<String, ? extends Number> run() throws Exception;
    }

    /** A step's work that needs to see its execution. */
    @FunctionalInterface
    interface StepExecutionWork {
        Map<String, ? extends Number> run(org.springframework.batch.core.step.StepExecution execution) throws Exception;
    }

    private static Step step(String name, JobRepository repo, PlatformTransactionManager tx, StepWork work) {
        return step(name, repo, tx, execution -> work.run());
    }

    private static Step step(String name, JobRepository repo, PlatformTransactionManager tx, StepExecutionWork work) {
        Tasklet tasklet = (contribution, chunk) -> {
            if (NightCommand.stopRequested) {
                // A stop that came as the step before finished outside Spark's work: the next step must not start.
                throw new IllegalStateException("stopped on request before step " + name);
            }
            LOG.debug("step {} starts", name);
            Map<String, ? extends Number> counts = work.run(contribution.getStepExecution());
            counts.forEach((k, v) -> contribution.getStepExecution().getExecutionContext().putLong(k, v.longValue()));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, repo).tasklet(tasklet, tx).build();
    }
}
