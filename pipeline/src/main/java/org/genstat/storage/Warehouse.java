package org.genstat.storage;

import java.nio.file.Path;

/** Where each step reads and writes under the warehouse folder. */
public record Warehouse(Path root) {
    public Warehouse {
        root = root.toAbsolutePath().normalize();
    }

    public Path manifest() {
        return root.resolve("manifest/ingest_file.parquet");
    }

    public Path rawObservations(String sha256) {
        return root.resolve("raw/observations/" + sha256 + ".parquet");
    }

    public Path rawObservationsDir() {
        return root.resolve("raw/observations");
    }

    public Path rawIssues(String sha256) {
        return root.resolve("raw/issues/" + sha256 + ".parquet");
    }

    public Path rawIssuesDir() {
        return root.resolve("raw/issues");
    }

    /** The raw observations gathered into a few packs for normalise: derived, rebuilt when missing. */
    public Path rawPacks() {
        return root.resolve("raw/packs");
    }

    /** The raw issues gathered into a few packs for publish: derived, rebuilt when missing. */
    public Path rawIssuePacks() {
        return root.resolve("raw/issue-packs");
    }

    /** What normalise made of each raw pack on its own (see ResolvedPacks): derived, rebuilt when missing. */
    public Path resolvedPacks() {
        return root.resolve("raw/resolved");
    }

    public Path curated(String table) {
        return root.resolve("curated/" + table);
    }

    /** Issues that normalise finds (unmatched labels, impossible values), rewritten each run. */
    public Path normaliseIssues() {
        return root.resolve("curated/normalise_issues.parquet");
    }

    public Path duckdb() {
        return root.resolve("genstat.duckdb");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path jobRepository() {
        return root.resolve("state/jobs");
    }
}
