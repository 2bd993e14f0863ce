package org.genstat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.genstat.discover.Discovery;
import org.genstat.ingest.IngestFile;
import org.genstat.discover.Manifest;
import org.genstat.extract.ExtractStep;
import org.genstat.extract.RawObservation;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.extract.ReadLimits;
import org.genstat.extract.ReportExtractor;
import org.genstat.reference.ReferenceData;
import org.genstat.storage.Warehouse;
import org.genstat.units.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's made-up national inbox, small: every report is read, under the unit it was
 * written for (provinces and communes whose names other units share among them), and the floor
 * reads every file too.
 */
class NationalInboxTest {

    @Test
    void everyReportIsReadUnderTheUnitItWasWrittenFor(@TempDir Path dir) throws Exception {
        ReferenceData reference = ReferenceData.load(null);
        List<Unit> units = NationalInbox.units(reference.units(), 2025, 80);
        assertEquals(80, units.size());
        assertEquals(34, units.stream().filter(u -> u.level() == org.genstat.vocabulary.UnitLevel.PROVINCE).count(), "the 34 provinces first");
        NationalInbox.Written written = NationalInbox.write(dir.resolve("inbox"), reference.units(), units,
                List.of(2025), 2);
        assertEquals(80, written.files());
        assertTrue(written.xlsx() > 0 && written.xls() > 0 && written.csv() > 0, written.toString());

        Warehouse warehouse = new Warehouse(dir.resolve("warehouse"));
        new Discovery(java.time.Clock.systemUTC()).run(dir.resolve("inbox"), warehouse);
        new ExtractStep(new ReportExtractor(reference.units(), ReadLimits.defaults())).run(dir.resolve("inbox"), warehouse);
        List<IngestFile> manifest = Manifest.read(warehouse.manifest());
        for (IngestFile f : manifest) {
            String meant = Path.of(f.path()).getFileName().toString().split("-")[0];
            assertTrue(f.usable() && f.observations() > 10, f.path() + ": " + f.status() + " " + f.reason());
            assertEquals(meant, f.unitCode(), f.path() + " is filed under another unit");
            assertEquals(2025, f.reportYear());
        }
        double[] floor = ExtractionFloor.measure(written.paths(), 2);
        assertTrue(floor[1] > 0, "the floor touched the files");
    }

    /**
     * Value by value, as the issue measured a made-up national night (one value in twenty wrong): every
     * value read is the one written for its unit, label, year, kind and sex, and every value written is read.
     */
    @Test
    void everyValueReadIsTheOneWrittenUnderItsWholeIdentity(@TempDir Path dir) throws Exception {
        ReferenceData reference = ReferenceData.load(null);
        List<Unit> units = NationalInbox.units(reference.units(), 2025, 200);
        NationalInbox.write(dir.resolve("inbox"), reference.units(), units, List.of(2025), 2);
        Warehouse warehouse = new Warehouse(dir.resolve("warehouse"));
        new Discovery(java.time.Clock.systemUTC()).run(dir.resolve("inbox"), warehouse);
        new ExtractStep(new ReportExtractor(reference.units(), ReadLimits.defaults())).run(dir.resolve("inbox"), warehouse);
        java.util.Map<String, Unit> byCode = new java.util.HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        int written = 0;
        int read = 0;
        List<String> wrong = new java.util.ArrayList<>();
        for (IngestFile f : Manifest.read(warehouse.manifest())) {
            Unit u = byCode.get(Path.of(f.path()).getFileName().toString().split("-")[0]);
            java.util.Map<String, String> truth = truth(NationalInbox.reportOf(reference.units(), u, 2025), 2025);
            written += (int) truth.values().stream().filter(v -> v.matches("[0-9,]+")).count();
            for (RawObservation o : ParquetFiles.read(warehouse.rawObservations(f.sha256()), Records::raw)) {
                read++;
                String key = o.label() + "|" + o.sex() + "|" + o.year() + "|" + o.kind();
                String meant = truth.get(key);
                if (!u.code().equals(o.unitCode()) || meant == null || !meant.matches("[0-9,]+") || o.value() == null
                        || Math.abs(Double.parseDouble(meant.replace(',', '.')) - o.value()) > 1e-9) {
                    wrong.add(f.path() + "!" + o.sourceCell() + " " + key + " unit " + o.unitCode() + " = " + o.value()
                            + " (written: " + meant + ")");
                }
            }
        }
        System.out.printf("Made-up national inbox, 200 reports (34 provinces, 166 communes): %d values written, %d read, %d of them wrong%n", written,
                read, wrong.size());
        assertEquals(List.of(), wrong.stream().limit(10).toList());
        assertEquals(written, read, "every value written is read");
    }

    /** label|sex|year|kind → the value as written, from the rows the inbox wrote. */
    private static java.util.Map<String, String> truth(List<String[]> rows, int year) {
        java.util.Map<String, String> truth = new java.util.HashMap<>();
        String indicator = null;
        for (String[] r : rows) {
            if (r.length < 6 || r[0].equals("TT")) {
                continue;
            }
            boolean subRow = r[1].startsWith("Trong đó");
            indicator = subRow ? indicator : r[1];
            String sex = subRow ? "F" : "T";
            truth.put(indicator + "|" + sex + "|" + (year - 1) + "|actual", r[3]);
            truth.put(indicator + "|" + sex + "|" + year + "|actual", r[4]);
            truth.put(indicator + "|" + sex + "|2030|target", r[5]);
        }
        return truth;
    }
}
