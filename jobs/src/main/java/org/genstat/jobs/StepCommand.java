package org.genstat.jobs;

import java.io.PrintStream;
import java.util.List;

/** {@code step}: one step of the night alone, under the warehouse's lock as a night. */
final class StepCommand implements Command {
    static final List<String> STEPS = List.of(NightlyJobConfiguration.STEPS);

    @Override
    public String name() {
        return "step";
    }

    @Override
    public List<Option> options() {
        return JOB_OPTIONS;
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat step NAME [--inbox DIR] [--warehouse DIR] [--wait]

                Runs one step of the night alone: discover, extract, normalise, analyse or publish.
                Each step reads what the step before it left in the warehouse. It takes the warehouse's
                lock as a night does (exit 75 while another holds it, or --wait).
                """;
    }

    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        if (cli.argument() == null || !STEPS.contains(cli.argument())) {
            throw new IllegalArgumentException("step needs one of " + String.join(", ", STEPS));
        }
        return NightCommand.run(cli, "step-" + cli.argument(), out);
    }
}
