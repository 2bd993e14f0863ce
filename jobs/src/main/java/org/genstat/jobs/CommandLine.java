package org.genstat.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed command line of {@code ./genstat} (CONTRACTS.md §1). */
record CommandLine(String command, List<String> arguments, Map<String, String> options, boolean help) {

    static final String USAGE = """
            genstat: gender statistics pipeline for Vietnam's gender-equality reports

            Usage: ./genstat COMMAND [OPTIONS]

            Commands:
              nightly [--inbox DIR] [--warehouse DIR] [--wait]
                                                        the whole night: discover, extract, normalise,
                                                        analyse, publish (defaults: sample-data/inbox, warehouse)
              step NAME [--inbox DIR] [--warehouse DIR] one step alone: discover, extract, normalise,
                                                        analyse or publish
              schedule [--inbox DIR] [--warehouse DIR]  stays up and runs nightly on the cron genstat.schedule.cron
                                                        (default 0 0 2 * * *: 02:00 every day)
              check FILE...                             dry run for clerks: what each file would give, every
                                                        withheld value with its cell and reason; writes nothing
              cells FILE [--out CELLS.csv]              the layout stage alone: every value cell of FILE with the
                                                        cells of the headings that qualify it (CSV)
              query "SQL" [--warehouse DIR]             read-only SQL on warehouse/genstat.duckdb
              indicator-set --year Y [--warehouse DIR] [--out DIR]
                                                        the yearly national gender development indicator set:
                                                        gender-indicator-set-Y.xlsx, .csv and .sdmx.csv
              bench [--units N] [--years Y] [--out DIR] national benchmark: a made-up inbox of real units, the
                                                        night on it, each figure beside its floor (results.md/json)
              bench --mb N                              streaming benchmark: a generated N MB report read under
                                                        -Xmx256m, heap compared with a small one
              COMMAND --help                            help on one command

            Settings: any --genstat.KEY=VALUE of jobs/src/main/resources/application.properties,
            e.g. --genstat.spark.master=spark://host:7077
            """;

    static final Map<String, String> HELP = Map.ofEntries(Map.entry("check", """
                    Usage: ./genstat check FILE... [--as-national]

                    Reads each file as the night would and prints what would land (values by indicator and
                    kind) and every value or row that would be withheld, with its sheet, cell and reason.
                    Touches no warehouse: run it before sending a report. --as-national reads the files as
                    national statistics (as if they were under the inbox's national/ folder).
                    Exits 0 when every file would load, 3 when at least one would be rejected.
                    """),
            Map.entry("cells", """
                    Usage: ./genstat cells FILE [--out CELLS.csv]

                    Runs the layout stage alone on one file and writes CSV with the columns sheet, cell,
                    value, labels: one row per value cell; labels is the ;-separated list of the cells of
                    every heading that qualifies it (column headings, row headings, the stub's heading,
                    title lines). Shows exactly how genstat read a table. Writes to the terminal without --out.
                    """),
            Map.entry("schedule", """
                    Usage: ./genstat schedule [--inbox DIR] [--warehouse DIR] [--genstat.schedule.cron=CRON]

                    Stays up and runs the whole night on a cron (Spring's six fields: second minute hour
                    day month weekday; default 0 0 2 * * *, 02:00 every day). Each night prints its
                    summary and logs its start, end, status and summary line to WAREHOUSE/logs/schedule.log;
                    a night that fails is resumed by the next one; a night still held by another genstat is
                    skipped and logged. Stop it with Ctrl-C or SIGTERM: a night it interrupts ends as a
                    failed, resumable night.
                    """),
            Map.entry("indicator-set", """
                    Usage: ./genstat indicator-set --year Y [--warehouse DIR] [--out DIR]
                                                   [--suppress-below N] [--tolerance F]

                    Writes the national gender development indicator set for year Y from the warehouse into
                    DIR (default: WAREHOUSE/indicator-set): gender-indicator-set-Y.xlsx (a cover sheet and
                    one sheet per domain), .csv (one row per indicator x area x sex) and .sdmx.csv.
                    Every catalog indicator, for the country and each province valid in Y, by sex where it
                    has sexes; the value of Y or the latest earlier one with its year. Counts below N
                    (default 5) are suppressed, with complementary suppression; a national value that
                    differs from the sum of the provinces by more than F (default 0.05) is flagged.
                    """),
            Map.entry("bench", """
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
                    """),
            Map.entry("nightly", """
                    Usage: ./genstat nightly [--inbox DIR] [--warehouse DIR] [--wait]

                    Reads every new report in the inbox and rebuilds the warehouse:
                      discover   register files by SHA-256; skip content already read; spot duplicates
                      extract    read each new file's tables into raw Parquet; reject unreadable files
                      normalise  (Spark) match labels to catalog codes, convert measures, latest submission wins
                      analyse    (Spark) gender gaps, trends, progress towards targets
                      publish    build warehouse/genstat.duckdb and swap it in atomically
                    Exits 0 when the night completed, also when some files were rejected (they are listed).
                    An interrupted night is resumed at the step that did not finish. A night with no new or
                    changed file, and no changed reference data, stops after extract: the warehouse is
                    already what the night would build.
                    One night at a time per warehouse: while another night holds it, exits 75 at once with
                    one line naming it, or waits for it with --wait.
                    """),
            Map.entry("step", """
                    Usage: ./genstat step NAME [--inbox DIR] [--warehouse DIR] [--wait]

                    Runs one step of the night alone: discover, extract, normalise, analyse or publish.
                    Each step reads what the step before it left in the warehouse. It takes the warehouse's
                    lock as a night does (exit 75 while another holds it, or --wait).
                    """),
            Map.entry("query", """
                    Usage: ./genstat query "SQL" [--warehouse DIR]

                    Runs one read-only SQL statement on warehouse/genstat.duckdb and prints a table.
                    Example: ./genstat query "select indicator_code, year, sex, value from observation limit 5"
                    """));

    static CommandLine parse(String[] args) {
        // The launcher appends its settings (--genstat.schemas-dir=…): alone they are no command.
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])
                || List.of(args).stream().allMatch(a -> a.startsWith("--") && a.contains("="))) {
            return new CommandLine(null, List.of(), Map.of(), true);
        }
        String command = args[0];
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean help = false;
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
            } else if (a.startsWith("--") && a.contains("=")) {
                options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (VALUED_OPTIONS.contains(a)) {
                if (i + 1 >= rest.size()) {
                    throw new IllegalArgumentException(a + " needs a value, e.g. " + a + " " + EXAMPLE_VALUES.get(a));
                }
                options.put(a.substring(2), rest.get(++i));
            } else if (FLAGS.contains(a)) {
                options.put(a.substring(2), "true");
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException(command + ": unknown option " + a + "; see ./genstat " + command + " --help");
            } else if (arguments.isEmpty() || MANY_ARGUMENTS.contains(command)) {
                arguments.add(a);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
        }
        List<String> takes = OPTIONS.get(command);
        for (String key : options.keySet()) {
            if (takes != null && !isSetting(key) && !takes.contains(key)) {
                throw new IllegalArgumentException(command + " takes no option --" + key
                        + (takes.isEmpty() ? "" : " (it takes --" + String.join(", --", takes) + ")")
                        + "; see ./genstat " + command + " --help");
            }
        }
        return new CommandLine(command, List.copyOf(arguments), options, help);
    }

    /** A setting of application.properties (--genstat.*, --spring.*, --logging.*), which every command takes. */
    static boolean isSetting(String key) {
        return key.startsWith("genstat.") || key.startsWith("spring.") || key.startsWith("logging.");
    }

    /** The settings given, as Spring takes them: --KEY=VALUE. */
    List<String> settings() {
        List<String> given = new ArrayList<>();
        options.forEach((k, v) -> {
            if (isSetting(k)) {
                given.add("--" + k + "=" + v);
            }
        });
        return given;
    }

    /** The options each command takes, besides settings. */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "nightly", List.of("inbox", "warehouse", "wait"),
            "step", List.of("inbox", "warehouse", "wait"),
            "schedule", List.of("inbox", "warehouse"),
            "check", List.of("as-national", "warehouse"),
            "cells", List.of("out"),
            "query", List.of("warehouse"),
            "indicator-set", List.of("year", "warehouse", "out", "suppress-below", "tolerance"),
            "bench", List.of("mb", "units", "years", "out"));

    private static final Map<String, String> EXAMPLE_VALUES = Map.of("--inbox", "/data/inbox", "--warehouse",
            "/data/warehouse", "--mb", "100", "--year", "2024", "--out", "out.csv", "--suppress-below", "5",
            "--tolerance", "0.05", "--units", "100", "--years", "2");

    private static final List<String> VALUED_OPTIONS = List.of("--inbox", "--warehouse", "--mb", "--year", "--out",
            "--units", "--years",
            "--suppress-below", "--tolerance");

    /** Options without a value. */
    private static final List<String> FLAGS = List.of("--as-national", "--wait");

    /** Commands that take several arguments (files). */
    private static final List<String> MANY_ARGUMENTS = List.of("check", "cells");

    /** The first argument, or null. */
    String argument() {
        return arguments.isEmpty() ? null : arguments.get(0);
    }

    /** The inbox given, else the repository's sample inbox. */
    Path inbox() {
        return path("inbox", "sample-data/inbox");
    }

    /** The warehouse given, else the repository's warehouse/. */
    Path warehouse() {
        return path("warehouse", "warehouse");
    }

    private Path path(String option, String fallback) {
        String given = options.getOrDefault(option, options.get("genstat." + option));
        Path home = Path.of(System.getProperty("genstat.home", "."));
        return (given != null ? Path.of(given) : home.resolve(fallback)).toAbsolutePath().normalize();
    }
}
