package org.genstat.jobs;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.genstat.bench.BenchResults;
import org.genstat.bench.DuckDbFloor;
import org.genstat.bench.ExtractionFloor;
import org.genstat.bench.NationalInbox;
import org.genstat.bench.ReadmeQueries;
import org.genstat.io.AtomicFiles;
import org.genstat.reference.ReferenceData;
import org.genstat.storage.Warehouse;
import org.genstat.units.Unit;

/**
 * {@code ./genstat bench [--units N] [--years Y] [--out DIR]}: a national night on a made-up inbox
 * of real units, with each figure beside its floor measured in the same run: extraction against
 * unzip and a no-op SAX pass over the same files on both cores, the Spark steps against the same
 * core computation in DuckDB SQL; then one new file among all the others, and a night with nothing
 * new. Writes {@code results.md} and {@code results.json} to DIR and prints the table.
 */
final class BenchCommand implements Command {
    private static final int FIRST_YEAR = 2025;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public List<Option> options() {
        return List.of(new Option("mb", "100"), new Option("units", "100"), new Option("years", "2"),
                new Option("out", "out.csv"));
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat bench [--units N] [--years Y] [--out DIR]
                       ./genstat bench --mb N

                National benchmark: writes one made-up report per real unit of the 2025 register (the
                34 provinces first, then the communes; all 3,355 without --units) and year (2025 on,
                --years, default 1) as xlsx, xls or csv into DIR (default target/bench), runs the night
                on it from an empty warehouse, then with one new file, then with nothing new, and
                prints each figure beside its floor measured in the same run: extract against unzip
                and a no-op SAX pass over the same files on both cores, normalise + analyse against
                their core computation in DuckDB SQL. Writes DIR/results.md and DIR/results.json.

                With --mb: generates a unit report of about N MB and a small one of the same layout in
                a temporary folder, reads both through discover and extract in a JVM capped at -Xmx256m,
                and prints time, values per second and peak heap of each. Exits non-zero if the heap
                grew with the file. Nothing is kept.
                """;
    }

    /** The national benchmark, or with --mb the streaming one in its own JVM, whose heap cap it measures against. */
    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        if (!cli.options().containsKey("mb")) {
            return run(cli, out);
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

    static int run(CommandLine cli, PrintStream out) throws Exception {
        int unitsWanted = whole(cli, "units", Integer.MAX_VALUE);
        int years = whole(cli, "years", 1);
        Path dir = cli.options().containsKey("out") ? Path.of(cli.options().get("out")).toAbsolutePath()
                : Path.of(System.getProperty("genstat.home", ".")).toAbsolutePath().resolve("target/bench");
        String schemas = cli.options().get("genstat.schemas-dir");
        ReferenceData reference = ReferenceData.load(schemas == null ? null : Path.of(schemas));
        List<Unit> units = NationalInbox.units(reference.units(), FIRST_YEAR, unitsWanted);
        List<Integer> yearList = IntStream.range(FIRST_YEAR, FIRST_YEAR + years).boxed().toList();

        Path inbox = dir.resolve("inbox-" + units.size() + "x" + years);
        Logs.quietPoi();
        AtomicFiles.deleteRecursively(inbox);
        long t = System.nanoTime();
        NationalInbox.Written written = NationalInbox.write(inbox, reference.units(), units, yearList, 2);
        out.printf(Locale.ROOT, "genstat bench: %d reports of %d units x %d years (%d xlsx, %d xls, %d csv, %.1f MB)"
                        + " written in %.1f s to %s%n", written.files(), units.size(), years, written.xlsx(), written.xls(),
                written.csv(), written.bytes() / 1e6, (System.nanoTime() - t) / 1e9, inbox);

        double[] floor = ExtractionFloor.measure(written.paths(), Runtime.getRuntime().availableProcessors());
        Path warehouseDir = dir.resolve("warehouse");
        AtomicFiles.deleteRecursively(warehouseDir);
        NightRunner.Ran full = night(cli, inbox, warehouseDir, out);
        double[] duck = DuckDbFloor.measure(new Warehouse(warehouseDir));

        // One new file among all the others: a corrected report of the first unit.
        Path extra = inbox.resolve("correction/" + units.get(0).code() + "-bao-cao-BDG-" + FIRST_YEAR + "-sua-doi.csv");
        Files.createDirectories(extra.getParent());
        Files.writeString(extra, Files.readString(written.paths().stream()
                .filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow(), StandardCharsets.UTF_8)
                .replace("43", "44"), StandardCharsets.UTF_8);
        NightRunner.Ran oneNew = night(cli, inbox, warehouseDir, out);
        NightRunner.Ran nothingNew = night(cli, inbox, warehouseDir, out);
        Path readme = Path.of(System.getProperty("genstat.home", ".")).resolve("README.md");
        ReadmeQueries.Timing queries = Files.isRegularFile(readme)
                ? ReadmeQueries.time(ReadmeQueries.of(Files.readString(readme)), new Warehouse(warehouseDir).duckdb())
                : null;

        double spark = full.stepSeconds().getOrDefault("normalise", 0.0) + full.stepSeconds().getOrDefault("analyse", 0.0);
        List<BenchResults.Figure> figures = new ArrayList<>(List.of(
                new BenchResults.Figure("full night from an empty warehouse", full.seconds(), null, "< 60 s"),
                new BenchResults.Figure("extract vs unzip + no-op SAX of the same files (both on "
                        + Runtime.getRuntime().availableProcessors() + " threads)",
                        full.stepSeconds().getOrDefault("extract", 0.0), floor[0], "≤ 3× floor"),
                new BenchResults.Figure("normalise + analyse (Spark) vs their core in DuckDB SQL", spark, duck[0], null),
                new BenchResults.Figure("discover", full.stepSeconds().getOrDefault("discover", 0.0), null, null),
                new BenchResults.Figure("publish", full.stepSeconds().getOrDefault("publish", 0.0), null, null),
                new BenchResults.Figure("night with one new file among them", oneNew.seconds(), null, "< 10 s"),
                new BenchResults.Figure("night with nothing new (job time; the JVM start adds about 3 s)", nothingNew.seconds(),
                        null, "≤ 1/10 of a full night")));
        if (queries != null) {
            String data = years + (years == 1 ? " year" : " years");
            figures.add(new BenchResults.Figure("slowest of the README's " + queries.queries() + " analyst queries in DuckDB"
                    + " (median of 5 runs, " + data + ")", queries.inDuckDb(), null, "< 0.1 s on ten years"));
            figures.add(new BenchResults.Figure("the same with every row fetched through JDBC", queries.fetched(), null,
                    null));
        }
        BenchResults results = new BenchResults(machine(), written.files(), written.bytes(), figures);
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("results.md"), tmp -> Files.writeString(tmp, results.markdown()));
        AtomicFiles.write(dir.resolve("results.json"), tmp -> Files.writeString(tmp, results.json()));
        out.println();
        out.print(results.markdown());
        out.println("written to " + dir.resolve("results.md") + " and results.json");
        return full.status() == 0 && oneNew.status() == 0 && nothingNew.status() == 0 ? 0 : 1;
    }

    private static NightRunner.Ran night(CommandLine bench, Path inbox, Path warehouse, PrintStream out) throws Exception {
        List<String> args = new ArrayList<>(List.of("nightly", "--inbox", inbox.toString(), "--warehouse",
                warehouse.toString()));
        args.addAll(bench.settings());
        return NightCommand.night(CommandLine.parse(args.toArray(String[]::new)), NightlyJobConfiguration.NIGHTLY, out);
    }

    private static int whole(CommandLine cli, String option, int fallback) {
        String v = cli.options().get(option);
        if (v == null) {
            return fallback;
        }
        if (!v.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException("--" + option + " takes a whole number, e.g. --" + option + " 100");
        }
        return Integer.parseInt(v);
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%s %s, %d cores, Java %s, max heap %d MB", System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    }
}
