package org.genstat.jobs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genstat.extract.ReportExtractor;
import org.genstat.extract.sheet.UnreadableFileException;
import org.genstat.extract.sheet.WorkbookReader;
import org.genstat.io.AtomicFiles;
import org.genstat.layout.CellsCsv;

/** {@code cells}: the layout stage alone, every value cell of one file with the cells of its headings. */
final class CellsCommand implements Command {
    @Override
    public String name() {
        return "cells";
    }

    @Override
    public List<Option> options() {
        return List.of(new Option("out", "out.csv"));
    }

    @Override
    public boolean manyArguments() {
        return true; // to say "cells needs one file" rather than "unexpected argument"
    }

    @Override
    public String help() {
        return """
                Usage: ./genstat cells FILE [--out CELLS.csv]

                Runs the layout stage alone on one file and writes CSV with the columns sheet, cell,
                value, labels: one row per value cell; labels is the ;-separated list of the cells of
                every heading that qualifies it (column headings, row headings, the stub's heading,
                title lines). Shows exactly how genstat read a table. Writes to the terminal without --out.
                """;
    }

    @Override
    public int execute(CommandLine cli, PrintStream out) throws Exception {
        if (cli.arguments().size() != 1) {
            throw new IllegalArgumentException("cells needs one file, e.g. ./genstat cells report.xlsx --out cells.csv");
        }
        Path file = Path.of(cli.argument()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + cli.argument());
        }
        WorkbookReader reader = ReportExtractor.readerFor(file);
        if (reader == null) {
            throw new IllegalArgumentException(cli.argument() + " is not a spreadsheet genstat reads (.xlsx, .xls, .ods, .csv)");
        }
        String target = cli.options().get("out");
        if (target == null) {
            CellsCsv.write(file, reader, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            return 0;
        }
        Path csv = Path.of(target).toAbsolutePath();
        long[] n = {0};
        AtomicFiles.write(csv, tmp -> {
            try (var w = Files.newBufferedWriter(tmp)) {
                n[0] = CellsCsv.write(file, reader, w);
            } catch (UnreadableFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
        out.println("genstat cells: " + n[0] + " value cells of " + file.getFileName() + " written to " + csv);
        return 0;
    }
}
