package org.genstat.extract.sheet;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.genstat.text.LegacyVietnamese;

/**
 * Reads .xlsx by streaming (a window of rows in memory, never the whole workbook) and legacy
 * .xls through POI's HSSF model (an .xls is at most 65,536 rows). Formulas give their cached
 * value; nothing is evaluated.
 */
public final class PoiWorkbookReader implements WorkbookReader {
    private static final int ROW_CACHE = 200;
    private final DataFormatter formatter = new DataFormatter();
    private final boolean streaming;

    static {
        JaxpDefaults.apply();
    }

    /** @param streaming true for an OOXML (zip) workbook, false for an OLE2 one (.xls, or encrypted) */
    public PoiWorkbookReader(boolean streaming) {
        this.streaming = streaming;
    }

    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException {
        if (streaming) {
            ZipGuard.check(file);
        }
        try (InputStream in = Files.newInputStream(file);
             Workbook wb = streaming
                     ? StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(8192).open(in)
                     : WorkbookFactory.create(in)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                visitor.startSheet(LegacyVietnamese.toUnicode(sheet.getSheetName()),
                        wb.isSheetHidden(s) || wb.isSheetVeryHidden(s));
                for (Row row : sheet) {
                    visitor.row(convert(row, sheet, wb));
                }
                visitor.endSheet();
            }
        } catch (org.apache.poi.hssf.OldExcelFormatException e) {
            throw new UnreadableFileException("the workbook is in the old Excel 5.0/95 format: open it in Excel and"
                    + " save it as .xlsx", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("the workbook is protected by a password: send it without one", e);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.poifs.filesystem.NotOLE2FileException
                 | org.apache.poi.poifs.filesystem.OfficeXmlFileException e) {
            throw new UnreadableFileException("the file is not an Excel workbook although its name says so", e);
        } catch (com.github.pjfanning.xlsx.exceptions.OpenException
                 | com.github.pjfanning.xlsx.exceptions.ReadException e) {
            throw new UnreadableFileException("the workbook is damaged or incomplete (" + rootMessage(e)
                    + "): save it again from Excel and resend it", e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                throw new UnreadableFileException("the workbook unpacks to far more than it weighs (a zip bomb?):"
                        + " the file is refused", e);
            }
            throw e;
        }
    }

    private SheetRow convert(Row row, Sheet sheet, Workbook wb) {
        List<SheetCell> cells = new ArrayList<>();
        for (Cell cell : row) {
            if (sheet.isColumnHidden(cell.getColumnIndex())) {
                continue; // hidden helper columns are not part of the report
            }
            SheetCell c = convert(cell);
            if (c != null) {
                CellStyle style = cell.getCellStyle();
                cells.add(style == null ? c : new SheetCell(c.row(), c.col(), c.text(), c.number(), c.percentFormat(),
                        style.getIndention(), bold(wb, style)));
            }
        }
        return new SheetRow(row.getRowNum(), cells, row.getZeroHeight());
    }

    private SheetCell convert(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                boolean percent = format != null && format.contains("%");
                return new SheetCell(r, c, shown(cell, v), v, percent);
            }
            case STRING -> {
                String s = cell.getStringCellValue();
                return s == null || s.isBlank() ? null : new SheetCell(r, c, LegacyVietnamese.toUnicode(s), null, false);
            }
            case BOOLEAN -> {
                return new SheetCell(r, c, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false);
            }
            default -> {
                return null;
            }
        }
    }

    /** Whether the cell's font is bold; false where the reader cannot tell. */
    private static boolean bold(Workbook wb, CellStyle style) {
        try {
            if (style instanceof org.apache.poi.xssf.usermodel.XSSFCellStyle x) {
                return x.getFont().getBold(); // the streaming workbook answers through the style's own font
            }
            return wb.getFontAt(style.getFontIndex()).getBold();
        } catch (RuntimeException e) {
            return false; // a streaming workbook without its styles table
        }
    }

    private String shown(Cell cell, double v) {
        try {
            return cell.getCellType() == CellType.FORMULA ? stripZeros(v) : formatter.formatCellValue(cell);
        } catch (RuntimeException e) {
            return stripZeros(v);
        }
    }

    private static String stripZeros(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
