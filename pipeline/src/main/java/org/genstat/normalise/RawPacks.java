package org.genstat.normalise;

import java.nio.file.Path;
import java.util.List;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetPacks;
import org.genstat.storage.Warehouse;

/**
 * The raw observations normalise reads, gathered into {@link ParquetPacks}: extract writes one small
 * file per report, which keeps a report's reading idempotent and its supersession exact, but Spark
 * pays per file it opens (footer, reader set-up), which was most of normalise on a national night.
 */
final class RawPacks {
    static final int PACKS = ParquetPacks.PACKS;

    private RawPacks() {
    }

    /** The packs holding exactly these raw files (built where missing); stale packs are removed. */
    static List<Path> of(Warehouse warehouse, List<Path> rawFiles) {
        return ParquetPacks.of(warehouse.rawPacks(), rawFiles, AvroSchemas.get(AvroSchemas.RAW_OBSERVATION));
    }
}
