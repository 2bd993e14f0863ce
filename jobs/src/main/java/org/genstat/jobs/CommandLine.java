package org.genstat.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed command line of {@code ./genstat} (CONTRACTS.md §1), by the options of {@link Commands}. */
record CommandLine(String command, List<String> arguments, Map<String, String> options, boolean help) {

    static CommandLine parse(String[] args) {
        // The launcher appends its settings (--genstat.schemas-dir=…): alone they are no command.
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])
                || List.of(args).stream().allMatch(a -> a.startsWith("--") && a.contains("="))) {
            return new CommandLine(null, List.of(), Map.of(), true);
        }
        String command = args[0];
        Optional<Command> known = Commands.named(command);
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
            } else if (a.startsWith("--") && Commands.option(a.substring(2)).isPresent()) {
                Command.Option o = Commands.option(a.substring(2)).get();
                if (!o.valued()) {
                    options.put(o.name(), "true");
                } else if (i + 1 >= rest.size()) {
                    throw new IllegalArgumentException(a + " needs a value, e.g. " + a + " " + o.example());
                } else {
                    options.put(o.name(), rest.get(++i));
                }
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException(command + ": unknown option " + a + "; see ./genstat " + command + " --help");
            } else if (arguments.isEmpty() || known.map(Command::manyArguments).orElse(false)) {
                arguments.add(a);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
        }
        if (known.isPresent()) {
            List<String> takes = known.get().options().stream().map(Command.Option::name).toList();
            for (String key : options.keySet()) {
                if (!isSetting(key) && !takes.contains(key)) {
                    throw new IllegalArgumentException(command + " takes no option --" + key
                            + (takes.isEmpty() ? "" : " (it takes --" + String.join(", --", takes) + ")")
                            + "; see ./genstat " + command + " --help");
                }
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
