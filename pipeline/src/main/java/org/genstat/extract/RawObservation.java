package org.genstat.extract;

import java.util.List;

/**
 * One value cell of a report, as read: the label (with the code and table title beside it, if
 * any) and numbering of its row, the year, kind and
 * sex of its column, the value the Vietnamese way, and where it was (file, sheet, cell).
 * Matching to the catalog and conversion to the canonical measure happen in normalise. Built by
 * named steps ({@link #at}), not by twenty arguments in a row.
 */
public record RawObservation(
        String fileSha256,
        String sourceFile,
        String sourceSheet,
        String sourceCell,
        String label,
        String labelCode,
        String tableTitle,
        String goalNo,
        String indicatorNo,
        String unitOfMeasure,
        String unitCode,
        int reportYear,
        int year,
        String sex,
        String kind,
        Double value,
        Double denominator,
        String valueText,
        List<String> flags,
        long submittedAt) {

    /** Starts an observation read from one cell of one file. */
    public static Builder at(String fileSha256, String sourceFile, String sourceSheet, String sourceCell) {
        return new Builder(fileSha256, sourceFile, sourceSheet, sourceCell);
    }

    /** The named steps of an observation; what a step does not set stays null (0 for the years). */
    public static final class Builder {
        private final String fileSha256;
        private final String sourceFile;
        private final String sourceSheet;
        private final String sourceCell;
        private String label;
        private String labelCode;
        private String tableTitle;
        private String goalNo;
        private String indicatorNo;
        private String unitOfMeasure;
        private String unitCode;
        private int reportYear;
        private int year;
        private String sex;
        private String kind;
        private Double value;
        private Double denominator;
        private String valueText;
        private List<String> flags = List.of();
        private long submittedAt;

        private Builder(String fileSha256, String sourceFile, String sourceSheet, String sourceCell) {
            this.fileSha256 = fileSha256;
            this.sourceFile = sourceFile;
            this.sourceSheet = sourceSheet;
            this.sourceCell = sourceCell;
        }

        /** The row's label as written, a code written beside it, the table's title. */
        public Builder label(String label, String labelCode, String tableTitle) {
            this.label = label;
            this.labelCode = labelCode;
            this.tableTitle = tableTitle;
            return this;
        }

        /** The goal and indicator number written with the label ("3", "2"). */
        public Builder numbered(String goalNo, String indicatorNo) {
            this.goalNo = goalNo;
            this.indicatorNo = indicatorNo;
            return this;
        }

        /** The unit of measure the file states for the value ("%", "Nghìn người"). */
        public Builder measuredIn(String unitOfMeasure) {
            this.unitOfMeasure = unitOfMeasure;
            return this;
        }

        /** The reporting unit's code and the report's year (0 when none: national statistics). */
        public Builder reportedBy(String unitCode, int reportYear) {
            this.unitCode = unitCode;
            this.reportYear = reportYear;
            return this;
        }

        /** The year, sex and kind the value is for. */
        public Builder forYear(int year, String sex, String kind) {
            this.year = year;
            this.sex = sex;
            this.kind = kind;
            return this;
        }

        /** The value the Vietnamese way: number, the denominator it was written over, its text and flags. */
        public Builder value(Double value, Double denominator, String valueText, List<String> flags) {
            this.value = value;
            this.denominator = denominator;
            this.valueText = valueText;
            this.flags = flags == null ? List.of() : List.copyOf(flags);
            return this;
        }

        public Builder submittedAt(long submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        public RawObservation build() {
            return new RawObservation(fileSha256, sourceFile, sourceSheet, sourceCell, label, labelCode, tableTitle,
                    goalNo, indicatorNo, unitOfMeasure, unitCode, reportYear, year, sex, kind, value, denominator,
                    valueText, flags, submittedAt);
        }
    }
}
