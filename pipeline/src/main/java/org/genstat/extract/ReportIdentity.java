package org.genstat.extract;

/**
 * Who sent a report and for which year; {@code toldBy} names the cells that said so ("unit from
 * Phu luc!A1, year from Phu luc!A4"); {@code problem} says why it is unknown.
 */
public record ReportIdentity(String unitCode, String unitName, Integer reportYear, String problem, String toldBy) {

    public ReportIdentity(String unitCode, String unitName, Integer reportYear, String problem) {
        this(unitCode, unitName, reportYear, problem, null);
    }

    public boolean known() {
        return problem == null;
    }
}
