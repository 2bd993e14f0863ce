package org.genstat.jobs;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting of a run, in one place (application.properties, or --genstat.x=y).
 *
 * @param inbox       the folder units' reports are dropped into
 * @param warehouse   where Parquet, the job repository and genstat.duckdb live
 * @param schemasDir  the repository's schemas/ folder; empty to use the copy inside the jar
 * @param maxFileMb   files larger than this are rejected unread
 * @param spark       the SparkSession of the run
 * @param schedule    the nightly cron of {@code ./genstat schedule}
 */
@ConfigurationProperties("genstat")
public record GenstatProperties(Path inbox, Path warehouse, String schemasDir, long maxFileMb, Spark spark,
                                Schedule schedule) {

    /** @param master {@code local[*]} or a cluster URL; @param shufflePartitions small for small data */
    public record Spark(String master, int shufflePartitions) {
    }

    public record Schedule(String cron) {
    }
}
