package org.genstat.jobs;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of {@code ./genstat}: its name, the options it takes besides settings, its help text
 * and what it does. {@link Commands} lists them; {@link CommandLine} parses by their options.
 */
interface Command {
    /** An option: {@code --name VALUE} with an example value for messages, or a flag when example is null. */
    record Option(String name, String example) {
        static Option flag(String name) {
            return new Option(name, null);
        }

        boolean valued() {
            return example != null;
        }
    }

    Option INBOX = new Option("inbox", "/data/inbox");
    Option WAREHOUSE = new Option("warehouse", "/data/warehouse");
    Option WAIT = Option.flag("wait");
    /** What a job under the warehouse's lock takes (nightly, step). */
    List<Option> JOB_OPTIONS = List.of(INBOX, WAREHOUSE, WAIT);

    String name();

    List<Option> options();

    /** The text of {@code ./genstat NAME --help}. */
    String help();

    /** Whether it takes several arguments (files), not at most one. */
    default boolean manyArguments() {
        return false;
    }

    /** The exit status: 0 done, 2 a usage mistake, others as the command's help says. */
    int execute(CommandLine cli, PrintStream out) throws Exception;
}
