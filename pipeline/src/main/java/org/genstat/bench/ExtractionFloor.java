package org.genstat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The least any reader of these files must do: unzip each xlsx and run a SAX parser that does
 * nothing over its sheets and shared strings, walk each xls's records with a listener that does
 * nothing, decode each csv. On every core: the floor extraction is measured against.
 */
public final class ExtractionFloor {
    private ExtractionFloor() {
    }

    /** @return seconds to touch every file, and the count of XML elements or records seen (so nothing is optimised away) */
    public static double[] measure(List<Path> files, int threads) throws Exception {
        AtomicLong seen = new AtomicLong();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        long start = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> files.parallelStream().forEach(f -> {
                try {
                    seen.addAndGet(touch(f, factory));
                } catch (Exception e) {
                    throw new IllegalStateException("floor: cannot read " + f + ": " + e.getMessage(), e);
                }
            })).get();
        } finally {
            pool.shutdown();
        }
        return new double[] {(System.nanoTime() - start) / 1e9, seen.get()};
    }

    private static long touch(Path f, SAXParserFactory factory) throws Exception {
        String name = f.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            long[] n = {0};
            DefaultHandler count = new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String q, org.xml.sax.Attributes a) {
                    n[0]++;
                }
            };
            try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                try (InputStream in = reader.getSharedStringsData()) {
                    factory.newSAXParser().parse(in, count);
                }
                for (var it = reader.getSheetsData(); it.hasNext(); ) {
                    try (InputStream in = it.next()) {
                        factory.newSAXParser().parse(in, count);
                    }
                }
            }
            return n[0];
        }
        if (name.endsWith(".xls")) {
            long[] n = {0};
            try (POIFSFileSystem fs = new POIFSFileSystem(f.toFile(), true)) {
                HSSFRequest request = new HSSFRequest();
                request.addListenerForAllRecords(r -> n[0]++);
                new HSSFEventFactory().processWorkbookEvents(request, fs);
            }
            return n[0];
        }
        return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).length();
    }
}
