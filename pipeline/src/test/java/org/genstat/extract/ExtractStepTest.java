package org.genstat.extract;

import org.genstat.vocabulary.FileStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.genstat.discover.Discovery;
import org.genstat.ingest.IngestFile;
import org.genstat.discover.Manifest;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.reference.ReferenceData;
import org.genstat.storage.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** discover + extract over the real sample inbox, and over bad files that must not stop the night. */
class ExtractStepTest {
    static final Path SAMPLE_INBOX = Path.of("../sample-data/inbox");
    private static ReferenceData reference;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load(null);
    }

    private static Map<String, IngestFile> night(Path inbox, Warehouse w) {
        new Discovery(Clock.systemUTC()).run(inbox, w);
        new ExtractStep(new ReportExtractor(reference.units(), ReadLimits.defaults().withMaxBytes(10L << 20))).run(inbox, w);
        return Manifest.read(w.manifest()).stream().collect(Collectors.toMap(IngestFile::path, f -> f));
    }

    @Test
    void everySampleFileIsReadWithItsUnitYearAndCells(@TempDir Path tmp) {
        Warehouse w = new Warehouse(tmp);
        Map<String, IngestFile> files = night(SAMPLE_INBOX, w);
        IngestFile konTum = files.get("kon-tum/kontum-2017-phu-luc-chi-tieu-bdg.xlsx");
        assertEquals(FileStatus.LOADED, konTum.status());
        assertEquals("62", konTum.unitCode());
        assertEquals(2017, konTum.reportYear());
        assertEquals(66, konTum.observations());
        IngestFile quangNinh = files.get("quang-ninh/QN-bao-cao-BDG-2022.xlsx");
        assertEquals("22", quangNinh.unitCode());
        assertEquals(43, quangNinh.observations());
        IngestFile huongTra = files.get("huong-tra/huongtra_baocao_2023.csv");
        assertEquals("480", huongTra.unitCode());
        assertEquals(2023, huongTra.reportYear());

        List<RawObservation> raw = ParquetFiles.read(w.rawObservations(konTum.sha256()), Records::raw);
        RawObservation sexRatio2016 = raw.stream().filter(o -> o.sourceCell().equals("C17")).findFirst().orElseThrow();
        assertEquals("Phu luc", sexRatio2016.sourceSheet());
        assertEquals(2016, sexRatio2016.year());
        assertEquals("actual", sexRatio2016.kind());
        assertEquals(108.0, sexRatio2016.value());
        assertEquals(102.0, sexRatio2016.denominator());
        assertEquals("4", sexRatio2016.goalNo());
        assertEquals("1", sexRatio2016.indicatorNo());
    }

    @Test
    void sexSubRowsBelongToTheIndicatorAbove(@TempDir Path tmp) {
        Warehouse w = new Warehouse(tmp);
        IngestFile qn = night(SAMPLE_INBOX, w).get("quang-ninh/QN-bao-cao-BDG-2022.xlsx");
        List<RawObservation> girls = ParquetFiles.read(w.rawObservations(qn.sha256()), Records::raw).stream()
                .filter(o -> "F".equals(o.sex())).toList();
        assertEquals(2, girls.size());
        assertTrue(girls.get(0).label().startsWith("Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số"));
        assertEquals("5.2", girls.get(0).goalNo() + "." + girls.get(0).indicatorNo());
    }

    @Test
    void badFilesAreRejectedWithAReasonAndTheOthersStillLoad(@TempDir Path tmp) throws IOException {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        Path good = SAMPLE_INBOX.resolve("kon-tum/kontum-2017-phu-luc-chi-tieu-bdg.xlsx");
        Files.copy(good, inbox.resolve("good.xlsx"));
        Files.copy(good, inbox.resolve("resent-copy.xlsx"));
        Files.write(inbox.resolve("empty.xlsx"), new byte[0]);
        Files.writeString(inbox.resolve("letter.xlsx"), "Kính gửi Sở Lao động");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(inbox.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(inbox.resolve("notes.csv"), "a;b\n1;2\n");
        Files.writeString(inbox.resolve("report.pdf"), "%PDF-1.4");

        Map<String, IngestFile> files = night(inbox, new Warehouse(tmp.resolve("wh")));
        assertEquals(FileStatus.LOADED, files.get("good.xlsx").status());
        assertEquals(66, files.get("good.xlsx").observations());
        assertEquals(FileStatus.DUPLICATE, files.get("resent-copy.xlsx").status());
        assertReason(files, "empty.xlsx", "empty");
        assertReason(files, "letter.xlsx", "not a spreadsheet");
        assertReason(files, "truncated.xlsx", "damaged");
        assertReason(files, "notes.csv", "no table");
        assertReason(files, "report.pdf", "not a spreadsheet");
    }

    @Test
    void aSecondNightReadsNothingAgain(@TempDir Path tmp) {
        Warehouse w = new Warehouse(tmp);
        night(SAMPLE_INBOX, w);
        Discovery.Result again = new Discovery(Clock.systemUTC()).run(SAMPLE_INBOX, w);
        assertEquals(0, again.registered());
        ExtractStep.Result extract = new ExtractStep(new ReportExtractor(reference.units(), ReadLimits.defaults().withMaxBytes(10L << 20)))
                .run(SAMPLE_INBOX, w);
        assertEquals(0, extract.read());
    }

    private static void assertReason(Map<String, IngestFile> files, String path, String words) {
        IngestFile f = files.get(path);
        assertEquals(FileStatus.REJECTED, f.status(), path);
        assertTrue(f.reason().contains(words), path + ": " + f.reason());
    }
}
