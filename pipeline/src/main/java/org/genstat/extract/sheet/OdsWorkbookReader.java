package org.genstat.extract.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.genstat.text.LegacyVietnamese;

/**
 * Reads an OpenDocument spreadsheet (.ods, as LibreOffice saves it) by streaming its
 * content.xml: one row at a time, repeated rows and cells expanded only where they hold
 * something, DTDs and external entities refused.
 */
public final class OdsWorkbookReader implements WorkbookReader {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final int MAX_COLUMNS = 1024;
    private static final int MAX_REPEATED_ROWS = 10_000;

    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException {
        ZipGuard.check(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new UnreadableFileException("the file is not an OpenDocument spreadsheet (no content.xml)");
            }
            try (InputStream in = ZipGuard.bounded(zip.getInputStream(content), ZipGuard.MAX_UNPACKED, "content.xml")) {
                parse(factory().createXMLStreamReader(in), visitor);
            }
        } catch (XMLStreamException e) {
            throw new UnreadableFileException("the spreadsheet's content is not well-formed XML ("
                    + e.getMessage() + "): save it again and resend it", e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private static void parse(XMLStreamReader x, SheetVisitor visitor) throws XMLStreamException {
        int row = -1;
        int col = 0;
        int rowRepeat = 1;
        boolean rowHidden = false;
        List<SheetCell> cells = null;
        boolean inSheet = false;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())) {
                switch (x.getLocalName()) {
                    case "table" -> {
                        visitor.startSheet(LegacyVietnamese.toUnicode(x.getAttributeValue(TABLE, "name")), false);
                        inSheet = true;
                        row = -1;
                    }
                    case "table-row" -> {
                        row++;
                        col = 0;
                        cells = new ArrayList<>();
                        rowRepeat = intAttr(x, "number-rows-repeated");
                        rowHidden = "collapse".equals(x.getAttributeValue(TABLE, "visibility"))
                                || "filter".equals(x.getAttributeValue(TABLE, "visibility"));
                    }
                    case "table-cell", "covered-table-cell" -> {
                        int repeat = intAttr(x, "number-columns-repeated");
                        SheetCell cell = cell(x, row, col);
                        if (cell != null && cells != null) {
                            for (int i = 0; i < repeat && col + i < MAX_COLUMNS; i++) {
                                cells.add(new SheetCell(row, col + i, cell.text(), cell.number(), cell.percentFormat()));
                            }
                        }
                        col += repeat;
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(x.getNamespaceURI())) {
                if (x.getLocalName().equals("table-row") && cells != null) {
                    int copies = cells.isEmpty() ? 1 : Math.min(rowRepeat, MAX_REPEATED_ROWS);
                    for (int i = 0; i < copies; i++) {
                        int r = row + i;
                        List<SheetCell> shifted = cells.stream()
                                .map(c -> new SheetCell(r, c.col(), c.text(), c.number(), c.percentFormat())).toList();
                        visitor.row(new SheetRow(r, shifted, rowHidden));
                    }
                    row += rowRepeat - 1;
                    cells = null;
                } else if (x.getLocalName().equals("table") && inSheet) {
                    visitor.endSheet();
                    inSheet = false;
                }
            }
        }
    }

    /** A cell's value: the number it stores (percentages as stored, 0.445 for 44.5 %) and the text it shows. */
    private static SheetCell cell(XMLStreamReader x, int row, int col) throws XMLStreamException {
        String type = x.getAttributeValue(OFFICE, "value-type");
        String value = x.getAttributeValue(OFFICE, "value");
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (x.getLocalName().equals("p") && text.length() > 0) {
                    text.append('\n');
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.CHARACTERS) {
                text.append(x.getText());
            }
        }
        String shown = LegacyVietnamese.toUnicode(text.toString());
        boolean numeric = ("float".equals(type) || "percentage".equals(type) || "currency".equals(type)) && value != null;
        if (numeric) {
            return new SheetCell(row, col, shown, Double.valueOf(value), "percentage".equals(type));
        }
        return shown.isBlank() ? null : new SheetCell(row, col, shown, null, false);
    }

    private static int intAttr(XMLStreamReader x, String name) {
        String v = x.getAttributeValue(TABLE, name);
        return v == null ? 1 : Math.max(1, Integer.parseInt(v));
    }
}
