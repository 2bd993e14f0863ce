package org.genstat.ingest;

import org.genstat.vocabulary.FileStatus;

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
        FileStatus status,
        String reason,
        int sheets,
        int observations,
        int issues,
        long submittedAt,
        long ingestedAt,
        String supersededBy,
        String unitWritten) {

    /** Whether the file's observations go on to normalise. */
    public boolean usable() {
        return status.usable();
    }

    public IngestFile withStatus(FileStatus newStatus, String newReason, String newSupersededBy) {
        return new IngestFile(path, sha256, sizeBytes, unitCode, reportYear, newStatus, newReason, sheets,
                observations, issues, submittedAt, ingestedAt, newSupersededBy, unitWritten);
    }
}
