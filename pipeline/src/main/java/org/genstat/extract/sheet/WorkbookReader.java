package org.genstat.extract.sheet;

import java.io.IOException;
import java.nio.file.Path;

/** Streams one spreadsheet file to a {@link SheetVisitor}. */
public interface WorkbookReader {
    void read(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException;
}
