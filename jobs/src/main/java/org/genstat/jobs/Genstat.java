package org.genstat.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entry point of {@code ./genstat}: parses the command line and runs the command ({@link Commands}). */
public final class Genstat {
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
            System.out.print(Commands.USAGE);
            return 0;
        }
        Optional<Command> command = Commands.named(cli.command());
        if (command.isEmpty()) {
            System.err.println("genstat: unknown command '" + cli.command() + "'; the commands are "
                    + String.join(", ", Commands.names()) + " (./genstat --help)");
            return 2;
        }
        if (cli.help()) {
            System.out.print(command.get().help());
            return 0;
        }
        try {
            return command.get().execute(cli, System.out);
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




    static List<String> springArgs(CommandLine cli) {
        List<String> springArgs = new ArrayList<>(cli.settings());
        springArgs.add("--genstat.inbox=" + cli.inbox().toAbsolutePath().normalize());
        springArgs.add("--genstat.warehouse=" + cli.warehouse().toAbsolutePath().normalize());
        return springArgs;
    }
}
