package org.genstat.extract;

import java.util.List;

/**
 * One value cell of a report, as read: the label (with the code and table title beside it, if
 * any) and numbering of its row, the year, kind and
 * sex of its column, the value the Vietnamese way, and where it was (file, sheet, cell).
 * Matching to the catalog and conversion to the canonical measure happen in normalise.
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
}
