package org.genstat.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.genstat.io.AtomicFiles;

/** Parquet files of Avro records, written atomically (temporary file, then rename). */
public final class ParquetFiles {
    /**
     * One Hadoop configuration for every reader and writer: building one parses Hadoop's default
     * XML files, which cost more than writing a small report's Parquet (measured: most of extract's
     * own time on a national inbox). Only read after it is built.
     */
    private static final org.apache.hadoop.conf.Configuration CONF = conf();

    private ParquetFiles() {
    }

    private static org.apache.hadoop.conf.Configuration conf() {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        // Standard three-level lists, as Spark and DuckDB write them.
        conf.setBoolean("parquet.avro.write-old-list-structure", false);
        conf.size(); // parse the defaults now, once, not in the first reader that asks
        return conf;
    }

    /** An open writer on a temporary file; {@link #commit()} renames it into place. */
    public static final class Writer implements AutoCloseable {
        private final ParquetWriter<GenericRecord> writer;
        private final Path tmp;
        private final Path target;
        private boolean committed;

        private Writer(Path target, Schema schema) throws IOException {
            this.target = target;
            this.tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
            java.nio.file.Files.deleteIfExists(tmp);
            this.writer = open(tmp, schema);
        }

        public void write(GenericRecord record) {
            try {
                writer.write(record);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + target, e);
            }
        }

        public void commit() {
            try {
                writer.close();
                AtomicFiles.moveIntoPlace(tmp, target);
                committed = true;
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + target, e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    writer.close();
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is replaced by the next run
                }
            }
        }
    }

    public static Writer writer(Path target, Schema schema) {
        try {
            return new Writer(target, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + target + " for writing", e);
        }
    }

    public static <T> void write(Path target, Schema schema, List<T> rows, Function<T, GenericRecord> toRecord) {
        try (Writer w = writer(target, schema)) {
            rows.forEach(r -> w.write(toRecord.apply(r)));
            w.commit();
        }
    }

    public static <T> List<T> read(Path file, Function<GenericRecord, T> fromRecord) {
        List<T> out = new ArrayList<>();
        // The builder given the configuration: without it, it builds and parses a new one per file.
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file),
                        new org.apache.parquet.conf.HadoopParquetConfiguration(CONF))
                .withDataModel(GenericData.get()).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                out.add(fromRecord.apply(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return out;
    }

    private static ParquetWriter<GenericRecord> open(Path file, Schema schema) throws IOException {
        return AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withConf(CONF)
                .withSchema(schema)
                .withDataModel(GenericData.get())
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                // Row groups are buffered in memory until full: 16 MB keeps a huge report's extract
                // within a small heap (the default, 128 MB, is half of a 256 MB JVM).
                .withRowGroupSize(16L << 20)
                .build();
    }

    /** The Parquet files directly in {@code dir} (none when it does not exist), by name; temporary files left out. */
    public static List<Path> in(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".parquet") && !p.getFileName().toString().startsWith(".")
                    && java.nio.file.Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Whether {@code location} is a Parquet file or a folder with at least one below it. */
    public static boolean exists(Path location) {
        if (java.nio.file.Files.isRegularFile(location)) {
            return true;
        }
        if (!java.nio.file.Files.isDirectory(location)) {
            return false;
        }
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(location)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a Parquet file or of every Parquet file below a folder, from their footers: what a
     * step reports it wrote, without a Spark job to read it all back.
     */
    public static long rowCount(Path location) {
        if (!java.nio.file.Files.exists(location)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(location)) {
            long rows = 0;
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".parquet")
                    && java.nio.file.Files.isRegularFile(f)).toList()) {
                try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(
                        new LocalInputFile(p), org.apache.parquet.ParquetReadOptions.builder(
                                new org.apache.parquet.conf.HadoopParquetConfiguration(CONF)).build())) {
                    rows += r.getRecordCount();
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the Parquet footers below " + location, e);
        }
    }

    /** A string field that may be null, from an Avro record (Avro gives Utf8). */
    public static String str(GenericRecord r, String field) {
        Object v = r.get(field);
        return v == null ? null : v.toString();
    }

    public static List<String> strings(GenericRecord r, String field) {
        Object v = r.get(field);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Iterable<?>) v) {
            out.add(o.toString());
        }
        return out;
    }
}
