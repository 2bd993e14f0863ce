package org.genstat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.genstat.discover.Discovery;
import org.genstat.ingest.IngestFile;
import org.genstat.discover.Manifest;
import org.genstat.extract.ExtractStep;
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
}
