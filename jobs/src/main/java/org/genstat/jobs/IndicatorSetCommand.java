package org.genstat.jobs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.genstat.indicatorset.IndicatorSet;

/** {@code indicator-set}: the yearly national gender development indicator set, from the warehouse. */
final class IndicatorSetCommand implements Command {
    @Override
    public String name() {
        return "indicator-set";
    }

    @Override
    public List<Option> options() {
        return List.of(new Option("year", "2024"), WAREHOUSE, new Option("out", "out.csv"),
                new Option("suppress-below", "5"), new Option("tolerance", "0.05"));
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat indicator-set --year Y [--warehouse DIR] [--out DIR]
                                               [--suppress-below N] [--tolerance F]

                Writes the national gender development indicator set for year Y from the warehouse into
                DIR (default: WAREHOUSE/indicator-set): gender-indicator-set-Y.xlsx (a cover sheet and
                one sheet per domain), .csv (one row per indicator x area x sex) and .sdmx.csv.
                Every catalog indicator, for the country and each province valid in Y, by sex where it
                has sexes; the value of Y or the latest earlier one with its year. Counts below N
                (default 5) are suppressed, with complementary suppression; a national value that
                differs from the sum of the provinces by more than F (default 0.05) is flagged.
                """;
    }

    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        String year = cli.options().get("year");
        if (year == null || !year.matches("(19|20)[0-9]{2}")) {
            throw new IllegalArgumentException("indicator-set needs --year, e.g. ./genstat indicator-set --year 2024");
        }
        Path dir = cli.options().containsKey("out") ? Path.of(cli.options().get("out")).toAbsolutePath()
                : cli.warehouse().resolve("indicator-set");
        IndicatorSet.Settings defaults = IndicatorSet.Settings.defaults();
        IndicatorSet.Settings settings = new IndicatorSet.Settings(
                Double.parseDouble(cli.options().getOrDefault("suppress-below", String.valueOf(defaults.threshold()))),
                Double.parseDouble(cli.options().getOrDefault("tolerance", String.valueOf(defaults.tolerance()))));
        IndicatorSet.Result r = IndicatorSet.write(cli.warehouse().resolve("genstat.duckdb"), Integer.parseInt(year),
                dir, settings);
        if (r.message() != null) {
            out.println("genstat indicator-set: " + r.message());
        }
        out.printf("genstat indicator-set %s: %d rows, %d with a value%n", year, r.rows(), r.withValue());
        r.files().forEach(f -> out.println("  " + f));
        return 0;
    }
}
