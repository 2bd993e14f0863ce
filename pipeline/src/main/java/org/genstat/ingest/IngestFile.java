package org.genstat.ingest;

import org.genstat.vocabulary.FileStatus;

/**
 * A file of the inbox in the manifest: its content hash and what became of it; {@code unitWritten}
 * is the unit as the file's title writes it. Built by named steps: {@link #pending}, then
 * {@link #identified}, {@link #counted} and {@link #withStatus}.
 */
public record IngestFile(
        String path,
        String sha256,
        long sizeBytes,
        String unitCode,
        Integer reportYear,
        FileStatus status,
        String reason,
        int sheets,
        int observations,
        int issues,
        long submittedAt,
        long ingestedAt,
        String supersededBy,
        String unitWritten) {

    /** A file just seen in the inbox, not read yet. */
    public static IngestFile pending(String path, String sha256, long sizeBytes, long submittedAt, long ingestedAt) {
        return new IngestFile(path, sha256, sizeBytes, null, null, FileStatus.PENDING, null, 0, 0, 0, submittedAt,
                ingestedAt, null, null);
    }

    /** Whose report it is: the unit's code, the report's year, and the unit as the title writes it. */
    public IngestFile identified(String newUnitCode, Integer newReportYear, String newUnitWritten) {
        return new IngestFile(path, sha256, sizeBytes, newUnitCode, newReportYear, status, reason, sheets,
                observations, issues, submittedAt, ingestedAt, supersededBy, newUnitWritten);
    }

    /** What reading it gave: sheets read, observations and issues written. */
    public IngestFile counted(int newSheets, int newObservations, int newIssues) {
        return new IngestFile(path, sha256, sizeBytes, unitCode, reportYear, status, reason, newSheets,
                newObservations, newIssues, submittedAt, ingestedAt, supersededBy, unitWritten);
    }

    /** Whether the file's observations go on to normalise. */
    public boolean usable() {
        return status.usable();
    }

    public IngestFile withStatus(FileStatus newStatus, String newReason, String newSupersededBy) {
        return new IngestFile(path, sha256, sizeBytes, unitCode, reportYear, newStatus, newReason, sheets,
                observations, issues, submittedAt, ingestedAt, newSupersededBy, unitWritten);
    }
}
