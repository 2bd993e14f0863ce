package org.genstat.jobs;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Log levels changed at run time, through Spring Boot's logging system: Logback under ./genstat,
 * Spark's Log4j 2 under spark-submit.
 */
final class Logs {
    private Logs() {
    }

    /**
     * A night stopped on request makes Spark log every task it had to cancel and Spring Batch the
     * trace of the step that failed with it; the night's own summary already says what stopped and why.
     */
    static void quietForStop() {
        for (String name : new String[] {"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty",
                "org.springframework.batch"}) {
            set(name, LogLevel.OFF);
        }
    }

    /** POI warns of each workbook property it writes defaults for: noise when the benchmark writes thousands. */
    static void quietPoi() {
        set("org.apache.poi", LogLevel.ERROR);
    }

    private static void set(String logger, LogLevel level) {
        LoggingSystem.get(Logs.class.getClassLoader()).setLogLevel(logger, level);
    }
}
