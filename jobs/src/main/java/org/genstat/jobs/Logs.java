package org.genstat.jobs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Log levels changed at run time. */
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
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.OFF);
            }
        }
    }

    /** POI warns of each workbook property it writes defaults for: noise when the benchmark writes thousands. */
    static void quietPoi() {
        if (LoggerFactory.getLogger("org.apache.poi") instanceof Logger logger) {
            logger.setLevel(Level.ERROR);
        }
    }
}
