package org.genstat.jobs;

import java.time.Clock;
import org.apache.spark.sql.SparkSession;
import org.genstat.analyse.AnalyseStep;
import org.genstat.discover.Discovery;
import org.genstat.extract.ExtractStep;
import org.genstat.extract.ReportExtractor;
import org.genstat.normalise.NormaliseStep;
import org.genstat.publish.DuckDbPublisher;
import org.genstat.reference.ReferenceData;
import org.genstat.spark.SparkSessions;
import org.genstat.storage.Warehouse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The pipeline's pieces as beans, configured from {@link GenstatProperties}. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    Warehouse warehouse(GenstatProperties props) {
        return new Warehouse(props.warehouse());
    }

    @Bean
    ReferenceData referenceData(GenstatProperties props) {
        String dir = props.schemasDir();
        return ReferenceData.load(dir == null || dir.isBlank() ? null : java.nio.file.Path.of(dir));
    }

    /** One SparkSession per run, started only when a Spark step runs. */
    @Bean(destroyMethod = "stop")
    @Lazy
    SparkSession sparkSession(GenstatProperties props) {
        return SparkSessions.create(new SparkSessions.Settings(props.spark().master(),
                props.spark().shufflePartitions(), "genstat"));
    }

    @Bean
    Discovery discovery() {
        return new Discovery(Clock.systemUTC());
    }

    @Bean
    ExtractStep extractStep(GenstatProperties props, ReferenceData reference) {
        return new ExtractStep(new ReportExtractor(reference.units(), props.readLimits()), props.extractThreads());
    }

    @Bean
    @Lazy
    NormaliseStep normaliseStep(SparkSession spark, ReferenceData reference) {
        return new NormaliseStep(spark, reference);
    }

    @Bean
    @Lazy
    AnalyseStep analyseStep(SparkSession spark, ReferenceData reference) {
        return new AnalyseStep(spark, reference);
    }

    @Bean
    DuckDbPublisher duckDbPublisher(ReferenceData reference) {
        return new DuckDbPublisher(reference);
    }
}
