package org.genstat.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.genstat.io.AtomicFiles;

/**
 * A Spark standalone cluster on 127.0.0.1 made of Spark's own Maven artifacts: a master and a
 * worker, each in its own JVM, with a SPARK_HOME whose jars/ are the test class path's jars (the
 * worker starts each executor from there, as from an unpacked Spark distribution).
 */
final class SparkStandaloneCluster implements AutoCloseable {
    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    private final int port;

    private SparkStandaloneCluster(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** A cluster whose Spark is the test class path's jars. */
    static SparkStandaloneCluster start(int cores) throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                jars.add(p);
            }
        }
        return start(cores, jars);
    }

    /** A cluster whose Spark is these jars, as the jars/ folder of a Spark distribution. */
    static SparkStandaloneCluster start(int cores, List<Path> sparkJars) throws Exception {
        Path home = Files.createTempDirectory("genstat-spark-home");
        Files.createDirectories(home.resolve("conf"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (Path p : sparkJars) {
            if (!Files.exists(jars.resolve(p.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p);
            }
        }
        SparkStandaloneCluster cluster = new SparkStandaloneCluster(home, freePort());
        cluster.java("org.apache.spark.deploy.master.Master", "I have been elected leader",
                "--host", "127.0.0.1", "--port", String.valueOf(cluster.port), "--webui-port", String.valueOf(freePort()));
        cluster.java("org.apache.spark.deploy.worker.Worker", "Successfully registered with master",
                "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", "2g",
                "--webui-port", String.valueOf(freePort()), "--work-dir", home.resolve("work").toString(),
                cluster.masterUrl());
        return cluster;
    }

    /**
     * A JVM on this cluster's Spark, as Spark's bin/spark-class starts one: its jars/ on the class
     * path, Spark's module flags, SPARK_HOME set. Output and errors go to {@code log}.
     */
    ProcessBuilder sparkClass(String mainClass, String heap, List<String> args, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-Dio.") || a.startsWith("-Djdk.")
                        || a.startsWith("-XX"))
                .forEach(cmd::add);
        cmd.addAll(List.of("-Xmx" + heap, "-cp", home.resolve("jars") + "/*", mainClass));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (log != null) {
            pb.redirectOutput(log.toFile());
        }
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // no build folders to find it from
        return pb;
    }

    /** The jars of this cluster's Spark. */
    long jarCount() throws IOException {
        try (var s = Files.list(home.resolve("jars"))) {
            return s.count();
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + port;
    }

    /** What the executors the worker started wrote: their command line first. */
    List<String> executorLogs() throws IOException {
        List<String> logs = new ArrayList<>();
        Path work = home.resolve("work");
        if (Files.isDirectory(work)) {
            try (var walk = Files.walk(work)) {
                for (Path p : walk.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
                    logs.add(Files.readString(p));
                }
            }
        }
        return logs;
    }

    private void java(String mainClass, String ready, String... args) throws Exception {
        ProcessBuilder pb = sparkClass(mainClass, "512m", List.of(args), null);
        Process p = pb.start();
        processes.add(p);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        for (int i = 0; i < 600; i++) {
            if (lines.stream().anyMatch(l -> l.contains(ready))) {
                return;
            }
            if (!p.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new IOException(mainClass + " did not get ready: " + String.join("\n", lines));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
            processes.get(i).waitFor(30, TimeUnit.SECONDS);
        }
        AtomicFiles.deleteRecursively(home);
    }
}
