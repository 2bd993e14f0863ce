package org.genstat.jobs;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.genstat.check.FileCheck;
import org.genstat.extract.ReadLimits;
import org.genstat.reference.ReferenceData;
import org.genstat.vocabulary.FileStatus;

/** {@code check}: the clerk's dry run. No Spring, no Spark, no warehouse. */
final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public List<Option> options() {
        return List.of(Option.flag("as-national"), WAREHOUSE);
    }

    @Override
    public boolean manyArguments() {
        return true;
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat check FILE... [--as-national]

                Reads each file as the night would and prints what would land (values by indicator and
                kind) and every value or row that would be withheld, with its sheet, cell and reason.
                Touches no warehouse: run it before sending a report. --as-national reads the files as
                national statistics (as if they were under the inbox's national/ folder).
                Exits 0 when every file would load, 3 when at least one would be rejected.
                """;
    }

    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        if (cli.arguments().isEmpty()) {
            throw new IllegalArgumentException("check needs at least one file, e.g. ./genstat check report.xlsx");
        }
        String schemas = cli.options().get("genstat.schemas-dir");
        FileCheck check = new FileCheck(ReferenceData.load(schemas == null ? null : Path.of(schemas)),
                new ReadLimits(Long.parseLong(Genstat.setting(cli, "genstat.max-file-mb")) << 20,
                        Long.parseLong(Genstat.setting(cli, "genstat.max-cells")),
                        Duration.ofSeconds(Long.parseLong(Genstat.setting(cli, "genstat.max-seconds")))));
        boolean national = cli.options().containsKey("as-national");
        int rejected = 0;
        for (String a : cli.arguments()) {
            Path file = Path.of(a).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + a);
            }
            FileCheck.Report r = check.check(file, (national ? "national/" : "") + file.getFileName());
            FileCheck.print(r, out);
            rejected += FileStatus.REJECTED.equals(r.outcome().status()) ? 1 : 0;
        }
        return rejected > 0 ? 3 : 0;
    }
}
