package org.genstat.extract;

/**
 * Who sent a report and for which year; {@code toldBy} names the cells that said so ("unit from
 * Phu luc!A1, year from Phu luc!A4"); {@code problem} says why it is unknown; {@code unitWritten}
 * is the unit as the file writes it ("xã Hoà Bình"), to tell two senders of one unit apart.
 */
public record ReportIdentity(String unitCode, String unitName, Integer reportYear, String problem, String toldBy,
                             String unitWritten) {

    public ReportIdentity(String unitCode, String unitName, Integer reportYear, String problem) {
        this(unitCode, unitName, reportYear, problem, null, null);
    }

    public ReportIdentity(String unitCode, String unitName, Integer reportYear, String problem, String toldBy) {
        this(unitCode, unitName, reportYear, problem, toldBy, null);
    }

    public boolean known() {
        return problem == null;
    }
}
