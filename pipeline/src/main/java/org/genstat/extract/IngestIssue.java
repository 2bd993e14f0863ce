package org.genstat.extract;

/** A problem with a file, sheet, row or cell, in words a clerk can act on. */
public record IngestIssue(String path, String sheet, String cell, String severity, String code, String message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";
}
