package org.genstat.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.genstat.catalog.IndicatorCatalog;
import org.genstat.ingest.IngestIssue;
import org.genstat.io.AtomicFiles;
import org.genstat.io.Sha256;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.storage.NightInputs;
import org.genstat.storage.Warehouse;

/**
 * {@link FileResolution}'s result for each raw pack, kept under the pack's name and the rules it was
 * resolved with (the catalog's fingerprint and genstat's code): a folder of observations and a file
 * of issues, the issues written last so that a pack interrupted half-way is resolved again. A night
 * with one new report resolves one pack; changed aliases or a new genstat resolve them all. Derived
 * data, like the raw packs: deleting it costs one rebuild, never a value.
 */
final class ResolvedPacks {
    /** One raw pack and where its resolution lives. */
    record Pack(Path raw, String prefix, Path rows, Path issues) {
        boolean resolved() {
            return Files.isRegularFile(issues);
        }
    }

    private final Path dir;
    private final List<Pack> packs;

    private ResolvedPacks(Path dir, List<Pack> packs) {
        this.dir = dir;
        this.packs = packs;
    }

    static ResolvedPacks of(Warehouse warehouse, List<Path> rawPacks, IndicatorCatalog catalog) {
        Path dir = warehouse.resolvedPacks();
        String rules = Sha256.hex(catalog.fingerprint() + "\n" + NightInputs.codeVersion()).substring(0, 12);
        List<Pack> packs = new ArrayList<>();
        for (Path raw : rawPacks) {
            String name = raw.getFileName().toString().replaceFirst("\\.parquet$", "") + "-" + rules;
            packs.add(new Pack(raw, name.substring(0, 1), dir.resolve(name), dir.resolve(name + ".issues.parquet")));
        }
        return new ResolvedPacks(dir, List.copyOf(packs));
    }

    List<Pack> unresolved() {
        return packs.stream().filter(p -> !p.resolved()).toList();
    }

    /**
     * Moves what a Spark write left in {@code written} (one folder per pack prefix, absent for a pack
     * none of whose rows landed) into each pack's place, then writes each pack's issues.
     */
    void store(List<Pack> resolvedNow, Path written, java.util.Map<String, List<IngestIssue>> issues) {
        try {
            for (Pack p : resolvedNow) {
                AtomicFiles.deleteRecursively(p.rows());
                Path part = written.resolve(FileResolution.PACK + "=" + p.prefix());
                if (Files.isDirectory(part)) {
                    AtomicFiles.moveIntoPlace(part, p.rows());
                } else {
                    Files.createDirectories(p.rows());
                }
                ParquetFiles.write(p.issues(), AvroSchemas.get(AvroSchemas.INGEST_ISSUE),
                        issues.getOrDefault(p.prefix(), List.of()), Records::issue);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the resolved observations in " + dir, e);
        }
    }

    /** A folder for Spark to write into, below this one (a move into place stays on one file system). */
    Path scratch() {
        return dir.resolve(".written-" + ProcessHandle.current().pid());
    }

    /** The folders holding observations, for the packs that resolved to any. */
    List<Path> rowFolders() {
        return packs.stream().map(Pack::rows).filter(ParquetFiles::exists).toList();
    }

    /** Every pack's issues, in pack order. */
    List<IngestIssue> issues() {
        List<IngestIssue> all = new ArrayList<>();
        for (Pack p : packs) {
            all.addAll(ParquetFiles.read(p.issues(), Records::issue));
        }
        return all;
    }

    /** Removes what no current pack uses: resolutions of packs rebuilt since, or under older rules. */
    void removeStale() {
        AtomicFiles.deleteAllBut(dir, packs.stream().flatMap(p -> Stream.of(p.rows(), p.issues()))
                .collect(Collectors.toSet()));
    }
}
