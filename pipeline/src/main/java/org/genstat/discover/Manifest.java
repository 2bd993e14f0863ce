package org.genstat.discover;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.genstat.ingest.IngestFile;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;

/**
 * The list of every file the warehouse has registered, kept as Parquet between nights. It is the
 * warehouse's memory: a file read once is not read again, and a file that has left the inbox
 * keeps its data (nothing is lost because a clerk tidied a folder).
 */
public final class Manifest {
    private Manifest() {
    }

    public static List<IngestFile> read(Path file) {
        return Files.exists(file) ? new ArrayList<>(ParquetFiles.read(file, Records::file)) : new ArrayList<>();
    }

    public static void write(Path file, List<IngestFile> files) {
        List<IngestFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(IngestFile::path).thenComparing(IngestFile::sha256));
        ParquetFiles.write(file, AvroSchemas.get(AvroSchemas.INGEST_FILE), sorted, Records::file);
    }
}
