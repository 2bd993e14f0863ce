package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The night on a real Spark standalone cluster (master and worker on 127.0.0.1, executors in JVMs
 * of their own), both ways the README's "On a Spark cluster" gives, lands exactly the expected
 * observations (sample-data/expected/observations.csv, as a local night does in NightlyJobTest),
 * and the two ways give the same warehouse, table by table: {@code ./genstat} as the driver, and what package builds for spark-submit
 * (target/genstat-jobs-spark-submit: the jar and lib/ without Spark) submitted with Spark's own
 * SparkSubmit. The cluster's Spark is a distribution's jars/ made of Spark's Maven artifacts, with
 * Spark's Log4j 2 binding in place of Spring Boot's Logback, as in a Spark download: it holds no
 * class of genstat's, so whatever the executors need they must get from the driver.
 * An integration test: it runs after package, within mvn verify.
 */
class SparkClusterIT {
    private static final Path LAYOUT = Path.of("target/genstat-jobs-spark-submit");

    @TempDir
    static Path tmp;
    /** Each way's warehouse, as it is run: the second is compared with the first. */
    static final Map<String, Map<String, List<String>>> nights = new java.util.concurrent.ConcurrentHashMap<>();
    static SparkStandaloneCluster cluster;

    @BeforeAll
    static void aCluster() throws Exception {
        cluster = SparkStandaloneCluster.start(2, sparkDistribution());
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void genstatAsTheDriver() throws Exception {
        int executors = cluster.executorLogs().size();
        Path warehouse = tmp.resolve("driver");
        // The driver (this JVM) must be reachable from the executors: on 127.0.0.1 here.
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.executor.memory", "1g");
        try {
            NightlyJobTest.genstat("nightly", "--inbox", NightlyJobTest.INBOX.toString(), "--warehouse",
                    warehouse.toString(), "--genstat.spark.master=" + cluster.masterUrl());
        } finally {
            System.clearProperty("spark.driver.host");
            System.clearProperty("spark.executor.memory");
        }
        assertExecutorsRan(executors);
        assertTheExpectedWarehouse("driver", warehouse);
    }

    @Test
    void sparkSubmitOfThePackagedLayout() throws Exception {
        List<Path> lib;
        try (Stream<Path> s = Files.list(LAYOUT.resolve("lib"))) {
            lib = s.sorted().toList();
        }
        Set<String> shipped = lib.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertTrue(shipped.stream().noneMatch(n -> n.startsWith("spark-") || n.startsWith("scala-")
                || n.startsWith("hadoop-") || n.startsWith("logback-")), "lib/ ships no Spark and no Logback: " + shipped);
        int executors = cluster.executorLogs().size();
        Path warehouse = tmp.resolve("submitted");
        Path log = tmp.resolve("spark-submit.log");
        List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl(), "--deploy-mode", "client",
                "--class", "org.genstat.jobs.Genstat",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.executor.memory=1g",
                "--jars", lib.stream().map(Path::toString).collect(Collectors.joining(","))));
        args.addAll(List.of(LAYOUT.resolve("genstat-jobs.jar").toString(), "nightly",
                "--inbox", NightlyJobTest.INBOX.toAbsolutePath().toString(), "--warehouse", warehouse.toString()));
        Process p = cluster.sparkClass("org.apache.spark.deploy.SparkSubmit", "2g", args, log).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        String out = Files.readString(log);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended && p.exitValue() == 0, "spark-submit ended with 0:\n" + out);
        assertTrue(out.contains("genstat nightly: COMPLETED"), out);
        System.out.println("SparkClusterIT: spark-submit --master " + cluster.masterUrl() + " of "
                + LAYOUT.resolve("genstat-jobs.jar") + " with " + lib.size() + " jars of lib/ on a Spark of "
                + cluster.jarCount() + " jars:\n" + summary(out));
        assertExecutorsRan(executors);
        assertTheExpectedWarehouse("spark-submit", warehouse);
    }

    private static void assertExecutorsRan(int before) throws Exception {
        List<String> executors = cluster.executorLogs();
        assertTrue(executors.size() > before && executors.get(executors.size() - 1).contains("CoarseGrainedExecutorBackend"),
                "an executor of the cluster ran the work: " + executors.size() + " executor logs, " + before + " before");
    }

    /**
     * The expected observations, and every table as the other way gave it, row by row (the two nights
     * read the files at different times: ingest_file.ingested_at).
     */
    private static void assertTheExpectedWarehouse(String way, Path warehouse) throws Exception {
        NightlyJobTest.assertObservationsAreTheExpectedOnes(warehouse.resolve("genstat.duckdb"));
        Map<String, List<String>> actual = NightlyJobTest.dump(warehouse.resolve("genstat.duckdb"));
        for (Map.Entry<String, Map<String, List<String>>> other : nights.entrySet()) {
            Map<String, List<String>> first = other.getValue();
            assertEquals(first.keySet(), actual.keySet());
            for (String table : first.keySet()) {
                List<String> missing = new ArrayList<>(withoutTimes(first.get(table)));
                missing.removeAll(withoutTimes(actual.get(table)));
                List<String> extra = new ArrayList<>(withoutTimes(actual.get(table)));
                extra.removeAll(withoutTimes(first.get(table)));
                assertTrue(missing.isEmpty() && extra.isEmpty() && first.get(table).size() == actual.get(table).size(),
                        table + ": only with " + other.getKey() + " " + missing + "; only with " + way + " " + extra);
            }
        }
        nights.put(way, actual);
    }

    /** The night's summary: its first line and the indented lines under it. */
    private static String summary(String out) {
        List<String> lines = out.substring(out.indexOf("genstat nightly: ")).lines().toList();
        return lines.stream().limit(1 + lines.stream().skip(1).takeWhile(l -> l.startsWith("  ")).count())
                .collect(Collectors.joining("\n"));
    }

    /** The rows with their times blanked. */
    private static List<String> withoutTimes(List<String> rows) {
        return rows.stream().map(r -> r.replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?", "<time>")).toList();
    }

    /**
     * Spark as a cluster has it: the jars of this class path that Spark's own artifacts depend on
     * (the build's verbose dependency tree, duplicates included), plus Spark's SLF4J binding for
     * Log4j 2, which genstat's build leaves out for Logback and a Spark download has.
     */
    private static List<Path> sparkDistribution() throws Exception {
        Set<String> spark = sparkJarNames(Files.readAllLines(Path.of("target/dependency-tree.txt")));
        List<Path> jars = new ArrayList<>();
        Path log4jApi = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p) && spark.contains(name)) {
                jars.add(p);
                log4jApi = name.startsWith("log4j-api-") ? p : log4jApi;
            }
        }
        assertTrue(jars.size() > 100 && log4jApi != null, "Spark's jars are on the class path: " + jars.size());
        // ~/.m2/…/log4j/log4j-api/V/log4j-api-V.jar → …/log4j/log4j-slf4j2-impl/V/log4j-slf4j2-impl-V.jar
        Path version = log4jApi.getParent();
        Path binding = version.getParent().getParent().resolve("log4j-slf4j2-impl").resolve(version.getFileName())
                .resolve("log4j-slf4j2-impl-" + version.getFileName() + ".jar");
        assertTrue(Files.isRegularFile(binding), "Spark's SLF4J binding was resolved by the build: " + binding);
        jars.add(binding);
        return jars;
    }

    /** File names (artifactId-version[-classifier].jar) of every node at or under an org.apache.spark node. */
    static Set<String> sparkJarNames(List<String> tree) {
        Set<String> names = new java.util.HashSet<>();
        int sparkDepth = -1;
        for (String line : tree) {
            int start = 0;
            while (start < line.length() && "|+-\\ ".indexOf(line.charAt(start)) >= 0) {
                start++;
            }
            int depth = start / 3;
            String node = line.substring(start).replaceFirst("^\\(", "");
            String[] c = node.split("[ )]")[0].split(":");
            if (c.length < 5) {
                continue; // the project itself
            }
            if (sparkDepth >= 0 && depth <= sparkDepth) {
                sparkDepth = -1;
            }
            if (sparkDepth < 0 && c[0].equals("org.apache.spark")) {
                sparkDepth = depth;
            }
            if (sparkDepth >= 0) {
                java.util.regex.Matcher conflict = java.util.regex.Pattern.compile("omitted for conflict with ([^)]+)\\)")
                        .matcher(node);
                String v = conflict.find() ? conflict.group(1) : c[c.length == 6 ? 4 : 3];
                names.add(c[1] + "-" + v + (c.length == 6 ? "-" + c[3] : "") + ".jar");
            }
        }
        return names;
    }
}
