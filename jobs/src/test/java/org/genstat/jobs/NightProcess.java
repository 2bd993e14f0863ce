package org.genstat.jobs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** `genstat nightly` on the sample inbox in a JVM of its own, with the steps it starts in its output. */
record NightProcess(Process process, List<String> lines) {
    static NightProcess start(Path warehouse, String... settings) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-X") || a.startsWith("-Dio.")
                        || a.startsWith("-Djdk.") || a.startsWith("-XX"))
                .forEach(cmd::add);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Genstat.class.getName(), "nightly",
                "--inbox", NightlyJobTest.INBOX.toAbsolutePath().toString(), "--warehouse", warehouse.toString(),
                "--logging.level.org.genstat.jobs.NightlyJobConfiguration=DEBUG"));
        cmd.addAll(List.of(settings));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (java.io.IOException e) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new NightProcess(p, lines);
    }

    void waitFor(String text) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (index(text) >= 0) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the night never printed " + text + ": " + lines);
    }

    int index(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
