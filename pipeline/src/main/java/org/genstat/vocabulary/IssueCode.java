package org.genstat.vocabulary;

/** What an ingest issue is about (ingest_issue.code); its message says what to do. */
public enum IssueCode implements Coded {
    /** The file cannot be read or is no report; the file is rejected. */
    FILE_REJECTED,
    /** A file of the manifest is no longer in the inbox. */
    FILE_MISSING,
    /** A genstat bug while reading the file: not the clerk's fault. */
    INTERNAL_ERROR,
    /** How the report's unit and year were read, or why they were not. */
    REPORT_IDENTITY,
    UNIT_UNKNOWN,
    NOT_READ,
    VALUE_UNREADABLE,
    ROW_WITHOUT_LABEL,
    SEX_ROW_WITHOUT_INDICATOR,
    COLUMN_WITHOUT_YEAR,
    KIND_UNSTATED,
    KIND_CONFLICT,
    LABEL_UNMATCHED,
    MALE_VALUE_FOR_FEMALE_SHARE,
    /** Two cells of one file give one key different values: neither lands. */
    CONFLICT;

    @Override
    public String toString() {
        return code();
    }
}
