package org.genstat.extract.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genstat.csv.CsvReader;
import org.genstat.text.LegacyVietnamese;

/**
 * A CSV file as a one-sheet workbook named after the file. The delimiter (comma, semicolon or
 * tab) and the encoding (UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1258)
 * are read from the file itself. Cells are text; numbers are read by the value parser.
 */
public final class CsvWorkbookReader implements WorkbookReader {
    private static final int SNIFF_BYTES = 64 * 1024;

    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException {
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Charset charset = charset(head, n);
        char delimiter = delimiter(new String(head, 0, n, charset));
        try (Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)), decoder(charset));
             CsvReader csv = new CsvReader(reader, delimiter)) {
            visitor.startSheet(file.getFileName().toString(), false);
            int rowIndex = 0;
            for (List<String> record = csv.next(); record != null; record = csv.next(), rowIndex++) {
                List<SheetCell> cells = new ArrayList<>();
                for (int c = 0; c < record.size(); c++) {
                    String text = record.get(c);
                    if (!text.isBlank()) {
                        cells.add(new SheetCell(rowIndex, c, LegacyVietnamese.toUnicode(text), null, false));
                    }
                }
                visitor.row(new SheetRow(rowIndex, cells, false));
            }
            visitor.endSheet();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UnreadableFileException("the text encoding of the file is not recognised: save it as CSV UTF-8", e);
        }
    }

    static Charset charset(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // The sniffed window may cut a multi-byte character at its end: trim up to 3 bytes.
            utf8.decode(java.nio.ByteBuffer.wrap(b, 0, n == SNIFF_BYTES ? Math.max(0, lastCharStart(b, n)) : n));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            return Charset.forName("windows-1258");
        }
    }

    private static int lastCharStart(byte[] b, int n) {
        int i = n - 1;
        while (i > 0 && n - i < 4 && (b[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }

    private static CharsetDecoder decoder(Charset charset) {
        CharsetDecoder d = charset.newDecoder();
        return StandardCharsets.UTF_8.equals(charset)
                ? d.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                : d.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The candidate that splits the first lines most consistently, outside quotes. */
    static char delimiter(String sample) {
        char best = ',';
        int bestScore = -1;
        for (char d : new char[] {';', ',', '\t'}) {
            int score = 0;
            boolean quoted = false;
            for (int i = 0, lines = 0; i < sample.length() && lines < 20; i++) {
                char ch = sample.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted && ch == d) {
                    score++;
                } else if (!quoted && ch == '\n') {
                    lines++;
                }
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }
}
