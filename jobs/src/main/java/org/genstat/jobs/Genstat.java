package org.genstat.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genstat.check.FileCheck;
import org.genstat.indicatorset.IndicatorSet;
import org.genstat.reference.ReferenceData;
import org.genstat.publish.QueryRunner;
import org.genstat.vocabulary.FileStatus;

/** Entry point of {@code ./genstat}: parses the command line and runs the command. */
public final class Genstat {
    static final List<String> STEPS = List.of(NightlyJobConfiguration.STEPS);

    private Genstat() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine cli;
        try {
            cli = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("genstat: " + e.getMessage());
            return 2;
        }
        if (cli.command() == null) {
            System.out.print(CommandLine.USAGE);
            return 0;
        }
        if (!CommandLine.HELP.containsKey(cli.command())) {
            System.err.println("genstat: unknown command '" + cli.command() + "'; the commands are "
                    + String.join(", ", new java.util.TreeSet<>(CommandLine.HELP.keySet())) + " (./genstat --help)");
            return 2;
        }
        if (cli.help()) {
            System.out.print(CommandLine.HELP.get(cli.command()));
            return 0;
        }
        try {
            return switch (cli.command()) {
                case "query" -> query(cli);
                case "check" -> check(cli);
                case "cells" -> cells(cli);
                case "nightly" -> NightCommand.run(cli, NightlyJobConfiguration.NIGHTLY, System.out);
                case "schedule" -> ScheduleCommand.run(cli, System.out);
                case "step" -> step(cli);
                case "bench" -> bench(cli);
                case "indicator-set" -> indicatorSet(cli);
                default -> 2;
            };
        } catch (IllegalArgumentException e) {
            System.err.println("genstat: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println("genstat: " + cli.command() + " failed: " + root.getMessage());
            return 1;
        }
    }

    private static int query(CommandLine cli) throws Exception {
        if (cli.argument() == null) {
            throw new IllegalArgumentException("query needs SQL, e.g. ./genstat query \"select count(*) from observation\"");
        }
        QueryRunner.run(cli.warehouse().resolve("genstat.duckdb"), cli.argument(), System.out);
        return 0;
    }

    /** The clerk's dry run: no Spring, no Spark, no warehouse. */
    private static int check(CommandLine cli) throws Exception {
        if (cli.arguments().isEmpty()) {
            throw new IllegalArgumentException("check needs at least one file, e.g. ./genstat check report.xlsx");
        }
        String schemas = cli.options().get("genstat.schemas-dir");
        FileCheck check = new FileCheck(ReferenceData.load(schemas == null ? null : Path.of(schemas)),
                new org.genstat.extract.ReadLimits(Long.parseLong(setting(cli, "genstat.max-file-mb")) << 20,
                        Long.parseLong(setting(cli, "genstat.max-cells")),
                        java.time.Duration.ofSeconds(Long.parseLong(setting(cli, "genstat.max-seconds")))));
        boolean national = cli.options().containsKey("as-national");
        int rejected = 0;
        for (String a : cli.arguments()) {
            Path file = Path.of(a).toAbsolutePath().normalize();
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + a);
            }
            FileCheck.Report r = check.check(file, (national ? "national/" : "") + file.getFileName());
            FileCheck.print(r, System.out);
            rejected += FileStatus.REJECTED.equals(r.outcome().status()) ? 1 : 0;
        }
        return rejected > 0 ? 3 : 0;
    }

    /** The layout stage alone: every value cell of one file with the cells of its headings. */
    private static int cells(CommandLine cli) throws Exception {
        if (cli.arguments().size() != 1) {
            throw new IllegalArgumentException("cells needs one file, e.g. ./genstat cells report.xlsx --out cells.csv");
        }
        Path file = Path.of(cli.argument()).toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + cli.argument());
        }
        org.genstat.extract.sheet.WorkbookReader reader = org.genstat.extract.ReportExtractor.readerFor(file);
        if (reader == null) {
            throw new IllegalArgumentException(cli.argument() + " is not a spreadsheet genstat reads (.xlsx, .xls, .ods, .csv)");
        }
        String out = cli.options().get("out");
        if (out == null) {
            var w = new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8);
            org.genstat.layout.CellsCsv.write(file, reader, w);
            return 0;
        }
        Path target = Path.of(out).toAbsolutePath();
        long[] n = {0};
        org.genstat.io.AtomicFiles.write(target, tmp -> {
            try (var w = java.nio.file.Files.newBufferedWriter(tmp)) {
                n[0] = org.genstat.layout.CellsCsv.write(file, reader, w);
            } catch (org.genstat.extract.sheet.UnreadableFileException e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
        });
        System.out.println("genstat cells: " + n[0] + " value cells of " + file.getFileName() + " written to " + target);
        return 0;
    }

    /**
     * A setting from the command line, else the environment (GENSTAT_SCHEDULE_CRON for
     * genstat.schedule.cron, as Spring reads it), else application.properties: for what is read
     * before or without Spring.
     */
    static String setting(CommandLine cli, String key) throws java.io.IOException {
        if (cli.options().containsKey(key)) {
            return cli.options().get(key);
        }
        String env = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", ""));
        if (env != null) {
            return env;
        }
        java.util.Properties defaults = new java.util.Properties();
        try (var in = Genstat.class.getResourceAsStream("/application.properties")) {
            defaults.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return defaults.getProperty(key);
    }

    private static int indicatorSet(CommandLine cli) throws Exception {
        String year = cli.options().get("year");
        if (year == null || !year.matches("(19|20)[0-9]{2}")) {
            throw new IllegalArgumentException("indicator-set needs --year, e.g. ./genstat indicator-set --year 2024");
        }
        Path out = cli.options().containsKey("out") ? Path.of(cli.options().get("out")).toAbsolutePath()
                : cli.warehouse().resolve("indicator-set");
        IndicatorSet.Settings defaults = IndicatorSet.Settings.defaults();
        IndicatorSet.Settings settings = new IndicatorSet.Settings(
                Double.parseDouble(cli.options().getOrDefault("suppress-below", String.valueOf(defaults.threshold()))),
                Double.parseDouble(cli.options().getOrDefault("tolerance", String.valueOf(defaults.tolerance()))));
        IndicatorSet.Result r = IndicatorSet.write(cli.warehouse().resolve("genstat.duckdb"), Integer.parseInt(year),
                out, settings);
        if (r.message() != null) {
            System.out.println("genstat indicator-set: " + r.message());
        }
        System.out.printf("genstat indicator-set %s: %d rows, %d with a value%n", year, r.rows(), r.withValue());
        r.files().forEach(f -> System.out.println("  " + f));
        return 0;
    }

    /** The national benchmark, or with --mb the streaming one in its own JVM, whose heap cap it measures against. */
    private static int bench(CommandLine cli) throws Exception {
        if (!cli.options().containsKey("mb")) {
            return BenchCommand.run(cli, System.out);
        }
        String mb = cli.options().get("mb");
        if (!mb.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("--mb takes a whole number of megabytes");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-Dlogback.configurationFile=logback-bench.xml",
                "-cp", System.getProperty("java.class.path"),
                "org.genstat.bench.StreamingHeapBenchmark", mb).inheritIO().start();
        return p.waitFor();
    }

    private static int step(CommandLine cli) throws Exception {
        if (cli.argument() == null || !STEPS.contains(cli.argument())) {
            throw new IllegalArgumentException("step needs one of " + String.join(", ", STEPS));
        }
        return NightCommand.run(cli, "step-" + cli.argument(), System.out);
    }

    static List<String> springArgs(CommandLine cli) {
        List<String> springArgs = new ArrayList<>(cli.settings());
        springArgs.add("--genstat.inbox=" + cli.inbox().toAbsolutePath().normalize());
        springArgs.add("--genstat.warehouse=" + cli.warehouse().toAbsolutePath().normalize());
        return springArgs;
    }
}
