package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The night's Spark steps on a real Spark standalone cluster (master and worker on 127.0.0.1,
 * executors in JVMs of their own) give the same warehouse as local[*].
 */
class SparkClusterTest {

    @Test
    void theSparkStepsOnAStandaloneClusterGiveTheSameWarehouseAsLocal(@TempDir Path warehouse) throws Exception {
        String[] night = {"nightly", "--inbox", NightlyJobTest.INBOX.toString(), "--warehouse", warehouse.toString()};
        NightlyJobTest.genstat(night);
        Map<String, List<String>> local = NightlyJobTest.dump(warehouse.resolve("genstat.duckdb"));

        try (SparkStandaloneCluster cluster = SparkStandaloneCluster.start(2)) {
            Files.delete(warehouse.resolve("state/published-inputs.sha256")); // redo normalise, analyse, publish
            // The driver (this JVM) must be reachable from the executors: on 127.0.0.1 here.
            System.setProperty("spark.driver.host", "127.0.0.1");
            System.setProperty("spark.executor.memory", "1g");
            String out;
            try {
                out = NightlyJobTest.genstat(night[0], night[1], night[2], night[3], night[4],
                        "--genstat.spark.master=" + cluster.masterUrl());
            } finally {
                System.clearProperty("spark.driver.host");
                System.clearProperty("spark.executor.memory");
            }
            assertTrue(out.contains("normalise") && out.contains("analyse"), out);
            List<String> executors = cluster.executorLogs();
            assertTrue(!executors.isEmpty() && executors.get(0).contains("CoarseGrainedExecutorBackend"),
                    "an executor of the cluster ran the work: " + executors);
        }
        assertEquals(local, NightlyJobTest.dump(warehouse.resolve("genstat.duckdb")));
    }
}
