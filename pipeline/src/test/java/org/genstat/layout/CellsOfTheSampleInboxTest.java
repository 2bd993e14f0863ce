package org.genstat.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.genstat.extract.RawObservation;
import org.genstat.extract.ReadLimits;
import org.genstat.extract.ReportExtractor;
import org.genstat.extract.Sink;
import org.genstat.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * {@code ./genstat cells} on every file of the sample inbox: a CSV with its header, and the layout stage
 * sees the value cells the night reads from each file (its coverage of them is printed and held).
 */
class CellsOfTheSampleInboxTest {
    static final Path INBOX = Path.of("../sample-data/inbox");

    @Test
    void everySampleFileIsLaidOutAndItsReadValuesAreAmongItsCells() throws Exception {
        ReportExtractor extractor = new ReportExtractor(ReferenceData.load(null).units(), ReadLimits.defaults());
        List<Path> files;
        try (Stream<Path> s = Files.walk(INBOX)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int read = 0;
        int seen = 0;
        List<String> missed = new ArrayList<>();
        for (Path f : files) {
            StringWriter out = new StringWriter();
            CellsCsv.write(f, ReportExtractor.readerFor(f), out);
            String csv = out.toString();
            assertTrue(csv.startsWith("sheet,cell,value,labels\n"), f.toString());
            Set<String> cells = new HashSet<>();
            csv.lines().skip(1).forEach(l -> cells.add(sheetAndCell(l)));
            List<RawObservation> obs = new ArrayList<>();
            String path = INBOX.relativize(f).toString();
            extractor.extract(f, path, "sha", 0L, Sink.of(obs::add, i -> { }));
            for (RawObservation o : obs) {
                read++;
                if (cells.contains(o.sourceSheet() + "," + o.sourceCell())) {
                    seen++;
                } else if (missed.size() < 10) {
                    missed.add(path + " " + o.sourceSheet() + "!" + o.sourceCell());
                }
            }
        }
        System.out.printf("cells on the sample inbox: %d files; of the %d value cells the night reads, the layout"
                + " stage gives %d (%.1f%%)%n", files.size(), read, seen, 100.0 * seen / read);
        missed.forEach(m -> System.out.println("  not among the cells: " + m));
        assertTrue(seen >= read * FLOOR, seen + " of " + read);
    }

    // measured 98.4%: the layout leaves out long text statuses and ranges ("94,5 - 95") the row reader reads as text
    static final double FLOOR = 0.98;

    /** "sheet,cell" of a cells CSV line (a sheet name may be quoted). */
    private static String sheetAndCell(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(f.toString());
                f.setLength(0);
                if (fields.size() == 2) {
                    break;
                }
            } else {
                f.append(c);
            }
        }
        return fields.get(0) + "," + fields.get(1);
    }
}
