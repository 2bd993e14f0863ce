package org.genstat.extract;

import org.genstat.ingest.IngestIssue;
import org.genstat.vocabulary.FileStatus;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genstat.ingest.IngestFile;
import org.genstat.discover.Manifest;
import org.genstat.parquet.AvroSchemas;
import org.genstat.parquet.ParquetFiles;
import org.genstat.parquet.Records;
import org.genstat.storage.Warehouse;

/**
 * Step 2: reads every file the manifest holds as pending into raw Parquet (one file of
 * observations and one of issues per content hash), then marks earlier submissions of the same
 * unit and report year as superseded by the latest one.
 */
public final class ExtractStep {
    /** What extract did this run. */
    public record Result(int read, int loaded, int partial, int rejected, int superseded, long observations) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractStep.class);

    /** Extract stopped on request (Ctrl-C, SIGTERM) between two files; what it read is kept. */
    public static final class StoppedException extends RuntimeException {
        StoppedException(String message) {
            super(message);
        }
    }

    private final ReportExtractor extractor;
    private final int threads;
    private volatile boolean stopRequested;

    public ExtractStep(ReportExtractor extractor) {
        this(extractor, 0);
    }

    /** @param threads files read at once; 0 for one per core (each file is read by one thread) */
    public ExtractStep(ReportExtractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Asks a running extract to stop after the file it is reading; the manifest keeps the files read. */
    public void requestStop() {
        stopRequested = true;
    }

    public Result run(Path inbox, Warehouse warehouse) {
        List<IngestFile> manifest = Manifest.read(warehouse.manifest());
        int read = 0;
        int loaded = 0;
        int partial = 0;
        int rejected = 0;
        long observations = 0;
        boolean stopped = false;
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < manifest.size(); i++) {
            if (FileStatus.PENDING.equals(manifest.get(i).status())) {
                pending.add(i);
            }
        }
        // Files are independent (each writes its own Parquet): several are read at once, the
        // manifest is updated in its own order.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(threads, pending.size())), r -> {
                    Thread t = new Thread(r, "genstat-extract");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<IngestFile>> reading = new ArrayList<>();
            for (int i : pending) {
                IngestFile f = manifest.get(i);
                reading.add(pool.submit(() -> stopRequested ? null : extract(inbox, warehouse, f)));
            }
            for (int k = 0; k < pending.size(); k++) {
                IngestFile done = done(reading.get(k));
                if (done == null) {
                    stopped = true;
                    continue;
                }
                manifest.set(pending.get(k), done);
                read++;
                observations += done.observations();
                switch (done.status()) {
                    case LOADED -> loaded++;
                    case PARTIAL -> partial++;
                    default -> rejected++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (read == 0 && !stopped) {
            // Nothing new: who supersedes whom is as the last run left it, and the manifest stays as it is.
            long superseded = manifest.stream().filter(f -> FileStatus.SUPERSEDED.equals(f.status())).count();
            return new Result(0, 0, 0, 0, (int) superseded, 0);
        }
        int superseded = Submissions.resolve(manifest, f -> Submissions.keys(warehouse, f));
        Manifest.write(warehouse.manifest(), manifest);
        if (stopped) {
            long left = manifest.stream().filter(f -> FileStatus.PENDING.equals(f.status())).count();
            throw new StoppedException("stopped on request after reading " + read + " files; " + left
                    + " are left for the next run");
        }
        return new Result(read, loaded, partial, rejected, superseded, observations);
    }

    private static IngestFile done(java.util.concurrent.Future<IngestFile> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoppedException("interrupted while reading the inbox");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private IngestFile extract(Path inbox, Warehouse warehouse, IngestFile f) {
        Path file = inbox.resolve(f.path());
        try (ParquetFiles.Writer obs = ParquetFiles.writer(warehouse.rawObservations(f.sha256()),
                AvroSchemas.get(AvroSchemas.RAW_OBSERVATION));
             ParquetFiles.Writer issues = ParquetFiles.writer(warehouse.rawIssues(f.sha256()),
                     AvroSchemas.get(AvroSchemas.INGEST_ISSUE))) {
            ReportExtractor.Outcome outcome;
            if (!Files.isRegularFile(file)) {
                IngestIssue gone = new IngestIssue(f.path(), null, null, Severity.ERROR, IssueCode.FILE_MISSING,
                        "the file left the inbox before it was read: put it back to have it read");
                issues.write(Records.issue(gone));
                outcome = new ReportExtractor.Outcome(FileStatus.REJECTED, gone.message(), null, null, 0, 0, 1);
            } else {
                Sink sink = Sink.of(o -> obs.write(Records.raw(o)),
                        i -> issues.write(Records.issue(i)));
                outcome = readOrReportBug(file, f, sink);
            }
            obs.commit();
            issues.commit();
            return f.identified(outcome.unitCode(), outcome.reportYear(), outcome.unitWritten())
                    .counted(outcome.sheets(), outcome.observations(), outcome.issues())
                    .withStatus(outcome.status(), outcome.reason(), null);
        }
    }

    /**
     * One file's reading. A bug of genstat met in one file must not stop the night, nor read as the
     * clerk's fault: the file is refused as an internal error, with the trace in the log.
     */
    private ReportExtractor.Outcome readOrReportBug(Path file, IngestFile f, Sink sink) {
        try {
            return extractor.extract(file, f.path(), f.sha256(), f.submittedAt(), sink);
        } catch (RuntimeException e) {
            LOG.error("internal error while reading {}", f.path(), e);
            String reason = "genstat met an internal error while reading this file (" + e.getClass().getSimpleName()
                    + "); the file may well be fine: report it to the genstat maintainers with the log";
            sink.issue(new IngestIssue(f.path(), null, null, Severity.ERROR, IssueCode.INTERNAL_ERROR, reason));
            return new ReportExtractor.Outcome(FileStatus.REJECTED, reason, null, null, 0, 0, 1);
        }
    }

    /**
     * Resubmission per value: normalise keeps, for every key, the latest submission's value, so an
     * earlier file of the same unit and report year still gives the keys no later file gives (a
     * statistics annex beside the main report). A file is {@code superseded} only when later files give
     * every key it gave. Computed afresh over the whole manifest.
     */
    static final class Submissions {
        private Submissions() {
        }

        static int resolve(List<IngestFile> manifest, java.util.function.Function<IngestFile, Set<String>> keysOf) {
            Comparator<IngestFile> latest = Comparator.comparingLong(IngestFile::submittedAt)
                    .thenComparingLong(IngestFile::ingestedAt).thenComparing(IngestFile::path);
            int superseded = 0;
            // New content under a file's name for the same report year is its new version: it stands for
            // the file whole, whatever unit either says (a title corrected and sent again). The same name
            // reused for another year's report is another report.
            Map<String, Integer> newestOfPath = new HashMap<>();
            for (int i = 0; i < manifest.size(); i++) {
                if (candidate(manifest.get(i))) {
                    newestOfPath.merge(version(manifest.get(i)), i,
                            (a, b) -> latest.compare(manifest.get(a), manifest.get(b)) >= 0 ? a : b);
                }
            }
            Map<String, List<Integer>> byUnitYear = new HashMap<>();
            for (int i = 0; i < manifest.size(); i++) {
                IngestFile f = manifest.get(i);
                if (!candidate(f)) {
                    continue;
                }
                if (newestOfPath.get(version(f)) != i) {
                    superseded++;
                    manifest.set(i, f.withStatus(FileStatus.SUPERSEDED, "replaced in the inbox by a newer version"
                            + " of the same name", f.path()));
                } else if (f.unitCode() != null && f.reportYear() != null) {
                    byUnitYear.computeIfAbsent(f.unitCode() + "/" + f.reportYear(), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> group : byUnitYear.values()) {
                if (group.size() < 2) {
                    restore(manifest, group.get(0));
                    continue;
                }
                if (UnitClash.hold(manifest, group)) {
                    continue;
                }
                List<Integer> newestFirst = new ArrayList<>(group);
                newestFirst.sort(Comparator.comparing(manifest::get, latest).reversed());
                Set<String> givenLater = new HashSet<>();
                IngestFile newest = manifest.get(newestFirst.get(0));
                for (int i : newestFirst) {
                    IngestFile f = manifest.get(i);
                    Set<String> keys = keysOf.apply(f);
                    if (f != newest && givenLater.containsAll(keys)) {
                        superseded++;
                        manifest.set(i, f.withStatus(FileStatus.SUPERSEDED, "replaced by " + newest.path()
                                + ": later reports of the same unit and year give every value it gave", newest.path()));
                    } else {
                        restore(manifest, i);
                    }
                    givenLater.addAll(keys);
                }
            }
            return superseded;
        }

        private static String version(IngestFile f) {
            return f.path() + "\n" + f.reportYear();
        }

        private static boolean candidate(IngestFile f) {
            return f.usable() || FileStatus.SUPERSEDED.equals(f.status()) || FileStatus.HELD.equals(f.status());
        }

        /** A file superseded or held on an earlier night that no longer is gives its values again. */
        static void restore(List<IngestFile> manifest, int i) {
            IngestFile f = manifest.get(i);
            if (FileStatus.SUPERSEDED.equals(f.status()) || FileStatus.HELD.equals(f.status())) {
                manifest.set(i, f.withStatus(f.issues() > 0 ? FileStatus.PARTIAL : FileStatus.LOADED,
                        f.issues() > 0 ? f.issues() + " cells or rows could not be read; see ingest_issue" : null, null));
            }
        }

        /** What a file's values are about, as read: label, numbering, table, unit, year, sex and kind. */
        static Set<String> keys(Warehouse warehouse, IngestFile f) {
            Path raw = warehouse.rawObservations(f.sha256());
            if (!Files.exists(raw)) {
                return Set.of();
            }
            return new HashSet<>(ParquetFiles.read(raw, r -> String.join("\u0001",
                    String.valueOf(ParquetFiles.str(r, "label")), String.valueOf(ParquetFiles.str(r, "label_code")),
                    String.valueOf(ParquetFiles.str(r, "table_title")), String.valueOf(ParquetFiles.str(r, "goal_no")),
                    String.valueOf(ParquetFiles.str(r, "indicator_no")), String.valueOf(ParquetFiles.str(r, "unit_code")),
                    String.valueOf(r.get("year")), String.valueOf(ParquetFiles.str(r, "sex")),
                    String.valueOf(ParquetFiles.str(r, "kind")))));
        }
    }
}
