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
 * @param maxCells    files with more filled cells are rejected
 * @param maxSeconds  files that take longer to read are rejected
 * @param extractThreads files read at once by extract; 0 for one per core
 * @param spark       the SparkSession of the run
 * @param schedule    the nightly cron of {@code ./genstat schedule}
 */
@ConfigurationProperties("genstat")
public record GenstatProperties(Path inbox, Path warehouse, String schemasDir, long maxFileMb, long maxCells,
                                long maxSeconds, int extractThreads, Spark spark,
                                Schedule schedule) {

    /** @param master {@code local[*]} or a cluster URL; @param shufflePartitions small for small data */
    /** The budget of one file, as extraction takes it. */
    public org.genstat.extract.ReadLimits readLimits() {
        return new org.genstat.extract.ReadLimits(maxFileMb << 20, maxCells, java.time.Duration.ofSeconds(maxSeconds));
    }

    public record Spark(String master, int shufflePartitions) {
    }

    public record Schedule(String cron) {
    }
}
