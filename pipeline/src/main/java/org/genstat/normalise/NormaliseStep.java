package org.genstat.normalise;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.genstat.discover.Manifest;
import org.genstat.ingest.IngestFile;
import org.genstat.ingest.IngestIssue;
import org.genstat.io.AtomicFiles;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.reference.ReferenceData;
import org.genstat.spark.SparkSchemas;
import org.genstat.storage.Warehouse;
import org.genstat.vocabulary.IssueCode;

/**
 * Step 3 (Spark): raw observations of the usable files → curated observations: label → catalog
 * code, value → the indicator's canonical measure, generation and flags, and one row per
 * (indicator, unit, year, sex, kind) — the latest submission wins. Partitioned by year.
 *
 * <p>In two stages: each raw pack's files are resolved on their own ({@link FileResolution}), and
 * only packs not resolved before under the same rules are ({@link ResolvedPacks}); then the latest
 * submission per key is chosen over all of them. A night with one new report among thousands
 * resolves one pack of them, not all.
 */
public final class NormaliseStep {

    /** What normalise did this run. */
    public record Result(long observations, int unmatchedLabels, int issues) {
    }

    private final SparkSession spark;
    private final ReferenceData reference;

    public NormaliseStep(SparkSession spark, ReferenceData reference) {
        this.spark = spark;
        this.reference = reference;
    }

    public Result run(Warehouse warehouse) {
        ResolvedPacks packs = ResolvedPacks.of(warehouse, RawPacks.of(warehouse, usableRawFiles(warehouse)),
                reference.catalog());
        List<ResolvedPacks.Pack> unresolved = packs.unresolved();
        if (!unresolved.isEmpty()) {
            resolve(packs, unresolved);
        }
        packs.removeStale();

        Dataset<Row> resolved = resolvedRows(packs);
        Dataset<Row> curated = LatestSubmission.perKey(resolved);
        AtomicFiles.replaceDirectory(warehouse.curated("observation"), tmp -> curated
                .repartition(col("year"))
                .sortWithinPartitions("indicator_code", "unit_code", "sex", "kind")
                .write().mode(SaveMode.Overwrite).partitionBy("year").parquet(tmp.toString()));

        // Each file's issues together, in the order they were found in it, files in name order.
        List<IngestIssue> issues = new ArrayList<>(packs.issues());
        issues.sort(Comparator.comparing(IngestIssue::path, Comparator.nullsFirst(Comparator.naturalOrder())));
        ParquetFiles.write(warehouse.normaliseIssues(), AvroSchemas.get(AvroSchemas.INGEST_ISSUE), issues,
                Records::issue);
        int unmatched = (int) issues.stream().filter(i -> i.code() == IssueCode.LABEL_UNMATCHED).count();
        return new Result(ParquetFiles.rowCount(warehouse.curated("observation")), unmatched, issues.size());
    }

    /** Resolves these packs in one Spark pass and keeps each one's result. */
    private void resolve(ResolvedPacks packs, List<ResolvedPacks.Pack> unresolved) {
        // Read once: several actions run over it. One partition per core: Spark packs small files ~30
        // to a task, which made a hundred tasks for every later scan of a few MB.
        Dataset<Row> raw = spark.read().schema(SparkSchemas.of(AvroSchemas.RAW_OBSERVATION))
                .parquet(unresolved.stream().map(p -> p.raw().toString()).toArray(String[]::new))
                .filter(col("unit_code").isNotNull())
                .coalesce(spark.sparkContext().defaultParallelism())
                .persist(StorageLevel.MEMORY_AND_DISK());
        Path scratch = packs.scratch();
        try {
            FileResolution.Result result = new FileResolution(spark, reference.catalog()).resolve(raw);
            AtomicFiles.deleteRecursively(scratch);
            // One task per pack, so each pack's rows are one file.
            result.rows().repartition(col(FileResolution.PACK)).write().mode(SaveMode.Overwrite)
                    .partitionBy(FileResolution.PACK).parquet(scratch.toString());
            packs.store(unresolved, scratch, result.issues());
            AtomicFiles.deleteRecursively(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the resolved observations to " + scratch, e);
        } finally {
            raw.unpersist();
        }
    }

    private Dataset<Row> resolvedRows(ResolvedPacks packs) {
        String[] folders = packs.rowFolders().stream().map(Path::toString).toArray(String[]::new);
        return folders.length == 0
                ? spark.createDataFrame(List.of(), SparkSchemas.of(AvroSchemas.OBSERVATION))
                : spark.read().schema(SparkSchemas.of(AvroSchemas.OBSERVATION)).parquet(folders);
    }

    private static List<Path> usableRawFiles(Warehouse warehouse) {
        return Manifest.read(warehouse.manifest()).stream()
                .filter(IngestFile::usable)
                .map(f -> warehouse.rawObservations(f.sha256()))
                .filter(Files::exists)
                .distinct().toList();
    }
}
