package org.genstat.layout;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.genstat.csv.CsvWriter;
import org.genstat.extract.sheet.UnreadableFileException;
import org.genstat.extract.sheet.WorkbookReader;

/**
 * What {@code ./genstat cells FILE} writes: one row per value cell with the cell references of every
 * heading that qualifies it (column and row paths, stub heads, title lines), so anyone can see how
 * a table was read.
 */
public final class CellsCsv {
    public static final String[] COLUMNS = {"sheet", "cell", "value", "labels"};

    private CellsCsv() {
    }

    /** @return the number of value cells written */
    public static long write(Path file, WorkbookReader reader, Writer out) throws IOException, UnreadableFileException {
        CsvWriter csv = new CsvWriter(out);
        csv.write(List.of(COLUMNS));
        long[] n = {0};
        LayoutReader layout = new LayoutReader(LayoutReader.Settings.defaults(), c -> {
            csv.write(List.of(c.sheet(), c.value().ref(), c.value().text(),
                    c.headings().stream().map(Heading::cell).distinct().collect(Collectors.joining(";"))));
            n[0]++;
        });
        reader.read(file, layout);
        out.flush();
        return n[0];
    }
}
