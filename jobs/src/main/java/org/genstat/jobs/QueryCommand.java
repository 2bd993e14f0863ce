package org.genstat.jobs;

import java.io.PrintStream;
import java.util.List;
import org.genstat.publish.QueryRunner;

/** {@code query}: one read-only SQL statement on the warehouse. */
final class QueryCommand implements Command {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public List<Option> options() {
        return List.of(WAREHOUSE);
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat query "SQL" [--warehouse DIR]

                Runs one read-only SQL statement on warehouse/genstat.duckdb and prints a table.
                Example: ./genstat query "select indicator_code, year, sex, value from observation limit 5"
                """;
    }

    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        if (cli.argument() == null) {
            throw new IllegalArgumentException("query needs SQL, e.g. ./genstat query \"select count(*) from observation\"");
        }
        QueryRunner.run(cli.warehouse().resolve("genstat.duckdb"), cli.argument(), out);
        return 0;
    }
}
