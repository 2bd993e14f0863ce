package org.genstat.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commands of {@code ./genstat}, and the overview {@code ./genstat --help} prints. */
final class Commands {
    static final List<Command> ALL = List.of(new NightCommand(), new StepCommand(), new ScheduleCommand(),
            new CheckCommand(), new CellsCommand(), new QueryCommand(), new IndicatorSetCommand(), new BenchCommand());

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

    private static final Map<String, Command> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(c -> BY_NAME.put(c.name(), c));
    }

    private Commands() {
    }

    static Optional<Command> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static List<String> names() {
        return BY_NAME.keySet().stream().sorted().toList();
    }

    /** An option as any command knows it: whether {@code --name} takes a value is the same in every command. */
    static Optional<Command.Option> option(String name) {
        return ALL.stream().flatMap(c -> c.options().stream()).filter(o -> o.name().equals(name)).findFirst();
    }
}
