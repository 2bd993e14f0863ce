package org.genstat.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.genstat.extract.RawObservation;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.storage.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Normalise reads the raw observations through packs: every row once, and a new report costs one pack. */
class RawPacksTest {
    @TempDir
    Path dir;

    @Test
    void everyRowOnceInAtMostSixteenPacks() {
        Warehouse warehouse = new Warehouse(dir);
        List<Path> raw = IntStream.range(0, 40).mapToObj(i -> report(warehouse, sha(i), 3)).toList();
        List<Path> packs = RawPacks.of(warehouse, raw);
        assertTrue(packs.size() <= RawPacks.PACKS, packs.toString());
        List<String> cells = new ArrayList<>();
        packs.forEach(p -> cells.addAll(ParquetFiles.read(p, r -> r.get("file_sha256") + "!" + r.get("source_cell"))));
        assertEquals(120, cells.size());
        assertEquals(120, cells.stream().distinct().count());
    }

    @Test
    void aNewReportRebuildsOnlyItsPackAndTheOldOnesStay() throws Exception {
        Warehouse warehouse = new Warehouse(dir);
        List<Path> raw = new ArrayList<>(IntStream.range(0, 40).mapToObj(i -> report(warehouse, sha(i), 2)).toList());
        List<Path> first = RawPacks.of(warehouse, raw);
        FileTime old = FileTime.fromMillis(0);
        for (Path p : first) {
            Files.setLastModifiedTime(p, old);
        }
        raw.add(report(warehouse, "a" + "9".repeat(63), 2));
        List<Path> second = RawPacks.of(warehouse, raw);

        List<Path> rebuilt = second.stream().filter(p -> !first.contains(p)).toList();
        assertEquals(1, rebuilt.size(), second.toString());
        assertTrue(rebuilt.get(0).getFileName().toString().startsWith("a-"), rebuilt.toString());
        for (Path p : second) {
            if (!rebuilt.contains(p)) {
                assertEquals(old, Files.getLastModifiedTime(p), p + " was rewritten");
            }
        }
        try (var s = Files.list(dir.resolve("raw/packs"))) {
            assertEquals(second.size(), s.count(), "the replaced pack is removed");
        }
    }

    @Test
    void aReportReadAgainChangesItsPack() {
        Warehouse warehouse = new Warehouse(dir);
        List<Path> raw = List.of(report(warehouse, sha(1), 2));
        Path before = RawPacks.of(warehouse, raw).get(0);
        report(warehouse, sha(1), 3); // the same file read again by a newer genstat: other rows
        Path after = RawPacks.of(warehouse, raw).get(0);
        assertNotEquals(before, after);
        assertEquals(3, ParquetFiles.read(after, r -> r).size());
    }

    @Test
    void aRawFileOfAnOlderSchemaGetsTheNewFieldsEmpty() {
        Warehouse warehouse = new Warehouse(dir);
        org.apache.avro.Schema current = AvroSchemas.get(AvroSchemas.RAW_OBSERVATION);
        org.apache.avro.Schema older = org.apache.avro.Schema.createRecord(current.getName(), null,
                current.getNamespace(), false, current.getFields().stream()
                        .filter(f -> !f.name().equals("denominator"))
                        .map(f -> new org.apache.avro.Schema.Field(f, f.schema())).toList());
        org.apache.avro.generic.GenericRecord full = Records.raw(RawObservation.at(sha(2), "old.xlsx", "Sheet1", "C5")
                .label("Tỷ lệ nữ", null, null).numbered("1", "1").measuredIn("%").reportedBy("01", 2024)
                .forYear(2024, "F", "actual").value(12.5, 200.0, "12,5", List.of()).build());
        org.apache.avro.generic.GenericData.Record old = new org.apache.avro.generic.GenericData.Record(older);
        older.getFields().forEach(f -> old.put(f.name(), full.get(f.name())));
        Path file = warehouse.rawObservations(sha(2));
        ParquetFiles.write(file, older, List.of(old), r -> r);

        List<RawObservation> packed = ParquetFiles.read(RawPacks.of(warehouse, List.of(file)).get(0), Records::raw);
        assertEquals(1, packed.size());
        assertEquals(12.5, packed.get(0).value());
        assertEquals(null, packed.get(0).denominator());
    }

    private static String sha(int i) {
        return String.format("%x", i % 16) + String.format("%063d", i);
    }

    private static Path report(Warehouse warehouse, String sha, int values) {
        List<RawObservation> rows = IntStream.range(0, values).mapToObj(v -> RawObservation.at(sha, "f-" + sha + ".xlsx",
                "Sheet1", "C" + (v + 5)).label("Tỷ lệ nữ", null, null).numbered("1", "1").measuredIn("%")
                .reportedBy("01", 2024).forYear(2024, "F", "actual").value(10.0 + v, null, "10", List.of()).build())
                .toList();
        Path file = warehouse.rawObservations(sha);
        ParquetFiles.write(file, AvroSchemas.get(AvroSchemas.RAW_OBSERVATION), rows, Records::raw);
        return file;
    }
}
