package org.genstat.extract;

import org.genstat.ingest.IngestIssue;
import org.genstat.vocabulary.FileStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.genstat.ingest.IngestFile;
import org.genstat.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that try to hurt the night: each is refused with a reason, and nothing leaks from them. */
class HostileFilesTest {
    static final Path GOOD = Path.of("../sample-data/inbox/kon-tum/kontum-2017-phu-luc-chi-tieu-bdg.xlsx");
    private static ReportExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ReportExtractor(ReferenceData.load(null).units(), ReadLimits.defaults().withMaxBytes(50L << 20));
    }

    private record Read(ReportExtractor.Outcome outcome, List<RawObservation> observations, List<IngestIssue> issues) {
    }

    private static Read read(Path file) {
        List<RawObservation> obs = new ArrayList<>();
        List<IngestIssue> issues = new ArrayList<>();
        ReportExtractor.Outcome o = extractor.extract(file, file.getFileName().toString(), "sha", 0L,
                Sink.of(obs::add, issues::add));
        return new Read(o, obs, issues);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithThatReason(@TempDir Path tmp) throws Exception {
        Path locked = tmp.resolve("locked.xlsx");
        Path plain = tmp.resolve("plain.xlsx");
        Files.copy(GOOD, plain);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mat-khau");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        Read r = read(locked);
        assertEquals(FileStatus.REJECTED, r.outcome().status());
        assertTrue(r.outcome().reason().contains("password"), r.outcome().reason());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated(@TempDir Path tmp) throws IOException {
        Path bomb = tmp.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros); // 200 MB of nothing, a few hundred KB packed
            }
        }
        assertTrue(Files.size(bomb) < 2 << 20);
        long before = usedHeap();
        Read r = read(bomb);
        assertEquals(FileStatus.REJECTED, r.outcome().status());
        assertTrue(r.outcome().reason().contains("zip bomb"), r.outcome().reason());
        assertTrue(usedHeap() - before < 100L << 20, "nothing near 200 MB was inflated");
    }

    @Test
    void anOdsWithAnExternalEntityLeaksNothing(@TempDir Path tmp) throws IOException {
        Path ods = tmp.resolve("xxe.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                    + "<table:table table:name=\"x\"><table:table-row><table:table-cell><text:p>&e;</text:p>"
                    + "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
                    + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
        }
        Read r = read(ods);
        assertEquals(FileStatus.REJECTED, r.outcome().status());
        String everything = r.toString();
        assertFalse(everything.contains("root:"), "the entity was not resolved: " + everything);
    }

    @Test
    void anOversizedFileIsRefusedUnread(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "x;1\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < (51 << 20) / line.length; i++) {
                out.write(line);
            }
        }
        Read r = read(big);
        assertEquals(FileStatus.REJECTED, r.outcome().status());
        assertTrue(r.outcome().reason().contains("over the limit"), r.outcome().reason());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
