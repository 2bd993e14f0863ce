package org.genstat.ingest;

import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;

/** A problem with a file, sheet, row or cell, in words a clerk can act on. */
public record IngestIssue(String path, String sheet, String cell, Severity severity, IssueCode code, String message) {
}
