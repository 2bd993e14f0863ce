package org.genstat.extract.sheet;

/** Receives a workbook one sheet and one row at a time, in order; nothing is kept behind it. */
public interface SheetVisitor {
    void startSheet(String name, boolean hidden);

    void row(SheetRow row);

    void endSheet();
}
