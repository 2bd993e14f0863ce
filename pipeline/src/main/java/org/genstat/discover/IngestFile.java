package org.genstat.discover;

/**
 * A file of the inbox in the manifest: its content hash and what became of it; {@code unitWritten}
 * is the unit as the file's title writes it.
 */
public record IngestFile(
        String path,
        String sha256,
        long sizeBytes,
        String unitCode,
        Integer reportYear,
        String status,
        String reason,
        int sheets,
        int observations,
        int issues,
        long submittedAt,
        long ingestedAt,
        String supersededBy,
        String unitWritten) {

    public static final String PENDING = "pending";
    public static final String LOADED = "loaded";
    public static final String PARTIAL = "partial";
    public static final String REJECTED = "rejected";
    public static final String DUPLICATE = "duplicate";
    public static final String SUPERSEDED = "superseded";
    /** Held for a person: another file resolves to the same unit and year but names the unit otherwise. */
    public static final String HELD = "held";

    /** Whether the file's observations go on to normalise. */
    public boolean usable() {
        return LOADED.equals(status) || PARTIAL.equals(status);
    }

    public IngestFile withStatus(String newStatus, String newReason, String newSupersededBy) {
        return new IngestFile(path, sha256, sizeBytes, unitCode, reportYear, newStatus, newReason, sheets,
                observations, issues, submittedAt, ingestedAt, newSupersededBy, unitWritten);
    }
}
