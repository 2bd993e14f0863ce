package org.genstat.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The run's SparkSession. Local by default; a cluster by {@code spark.master}. Parquet
 * timestamps are written as INT64 millis (the Avro schemas' timestamp-millis), times are UTC,
 * and the UI is off: a nightly batch has nobody watching it.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public record Settings(String master, int shufflePartitions, String appName) {
        public static Settings local() {
            return new Settings("local[*]", 4, "genstat");
        }
    }

    public static SparkSession create(Settings settings) {
        SparkSession.Builder builder = SparkSession.builder();
        // spark-submit passes its --master and --jars as these system properties: they win over genstat's
        // default, and the jars it distributes are left as they are.
        String master = System.getProperty("spark.master", settings.master());
        if (master.startsWith("local")) {
            // Local mode talks to itself only: bind to loopback, whatever the host name resolves to.
            builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost");
        } else if (System.getProperty("spark.jars") == null) {
            // On a cluster the executors fetch genstat's own classes from the driver; the rest is Spark's.
            pipelineJar().ifPresent(jar -> builder.config("spark.jars", jar));
        }
        return builder
                .appName(settings.appName())
                .master(master)
                .config("spark.sql.shuffle.partitions", settings.shufflePartitions())
                .config("spark.default.parallelism", Math.max(2, settings.shufflePartitions()))
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS")
                .config("spark.sql.sources.partitionOverwriteMode", "static")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.adaptive.enabled", "true")
                // Normalise reads one small Parquet file per report; above this many paths Spark lists
                // them with a job of one task per path (10 s for 3,355 reports). The driver lists local
                // files in milliseconds.
                .config("spark.sql.sources.parallelPartitionDiscovery.threshold", 1_000_000)
                .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/genstat-spark-warehouse")
                .getOrCreate();
    }

    /**
     * Cancels what the running session is computing and stops it, so a step that uses it fails at
     * once: how a night stopped on request (SIGTERM, Ctrl-C) ends its Spark step.
     */
    public static void stopRunning() {
        SparkSession.getDefaultSession().foreach(session -> {
            session.sparkContext().cancelAllJobs();
            session.stop();
            return null;
        });
    }

    /** The jar this class was loaded from, when it was loaded from one. */
    static java.util.Optional<String> pipelineJar() {
        try {
            var source = SparkSessions.class.getProtectionDomain().getCodeSource();
            java.nio.file.Path p = java.nio.file.Path.of(source.getLocation().toURI());
            return java.nio.file.Files.isRegularFile(p) ? java.util.Optional.of(p.toString()) : java.util.Optional.empty();
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }
}
