package org.genstat.extract;

import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.sheet.SheetVisitor;

/** Passes a workbook's rows on while the file stays within its cell and time budget. */
final class BudgetedVisitor implements SheetVisitor {
    private final SheetVisitor next;
    private final ReadLimits limits;
    private final long deadline;
    private long cells;
    private long rows;

    BudgetedVisitor(SheetVisitor next, ReadLimits limits) {
        this.next = next;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        checkTime();
        next.startSheet(name, hidden);
    }

    @Override
    public void row(SheetRow row) {
        cells += row.cells().size();
        if (cells > limits.maxCells()) {
            throw new ReadLimits.Exceeded("the file has more than " + limits.maxCells()
                    + " filled cells (genstat.max-cells): split it into several files");
        }
        if (++rows % 1024 == 0) {
            checkTime();
        }
        next.row(row);
    }

    @Override
    public void endSheet() {
        next.endSheet();
    }

    void checkTime() {
        if (System.nanoTime() > deadline) {
            throw new ReadLimits.Exceeded(timeReason(limits));
        }
    }

    static String timeReason(ReadLimits limits) {
        return "reading the file took more than " + limits.maxTime().toSeconds()
                + " s (genstat.max-seconds): split it into several files, or save it again from Excel";
    }
}
