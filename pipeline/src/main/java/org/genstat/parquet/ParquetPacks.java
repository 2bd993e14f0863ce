package org.genstat.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.genstat.io.AtomicFiles;

/**
 * Many small Parquet files of one schema gathered into at most {@value #PACKS}: the files whose
 * names begin with one hex digit (a SHA-256) in one pack, named by a digest of its members (name,
 * size, modification time). Readers that pay per file they open (Spark, DuckDB) read a few packs
 * instead of thousands of files; a night with one new file rebuilds one pack and reuses the others.
 * Packs are derived data: deleting them, or copying the warehouse without keeping modification
 * times, costs one rebuild, never a value.
 */
public final class ParquetPacks {
    public static final int PACKS = 16;

    private ParquetPacks() {
    }

    /**
     * The packs in {@code dir} holding exactly these files (built where missing, each record in
     * {@code schema}); packs of other members are removed.
     */
    public static List<Path> of(Path dir, List<Path> files, Schema schema) {
        Map<String, List<Path>> groups = files.stream().sorted().collect(Collectors.groupingBy(
                f -> f.getFileName().toString().substring(0, 1), TreeMap::new, Collectors.toList()));
        Map<Path, List<Path>> wanted = new TreeMap<>();
        groups.forEach((prefix, members) -> wanted.put(dir.resolve(prefix + "-" + digest(members) + ".parquet"), members));
        wanted.entrySet().parallelStream().filter(e -> !Files.isRegularFile(e.getKey()))
                .forEach(e -> write(e.getKey(), e.getValue(), schema));
        AtomicFiles.deleteAllBut(dir, wanted.keySet());
        return List.copyOf(wanted.keySet());
    }

    private static void write(Path pack, List<Path> files, Schema schema) {
        try (ParquetFiles.Writer w = ParquetFiles.writer(pack, schema)) {
            for (Path f : files) {
                for (GenericRecord r : ParquetFiles.read(f, r -> r)) {
                    w.write(project(r, schema));
                }
            }
            w.commit();
        }
    }

    /** The record in the current schema, by field name: a file from an older genstat may lack a field. */
    private static GenericRecord project(GenericRecord r, Schema schema) {
        if (r.getSchema().equals(schema)) {
            return r;
        }
        GenericData.Record out = new GenericData.Record(schema);
        for (Schema.Field f : schema.getFields()) {
            out.put(f.pos(), r.getSchema().getField(f.name()) == null ? GenericData.get().getDefaultValue(f)
                    : r.get(f.name()));
        }
        return out;
    }

    private static String digest(List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            // Name, size and modification time, not the bytes: extract writes a raw file whole and anew
            // whenever it reads a report again, and reading every raw file to name the packs took 2 s a
            // night on ten years of national reports (33,550 files).
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update((Files.size(f) + ":" + Files.getLastModifiedTime(f).toInstant()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 20);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files to pack in " + files.get(0).getParent(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
