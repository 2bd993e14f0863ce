package org.genstat.extract;

/** Who sent a report and for which year, with the cells that said so; a reason when unknown. */
public record ReportIdentity(String unitCode, String unitName, Integer reportYear, String problem) {
    public boolean known() {
        return problem == null;
    }
}
