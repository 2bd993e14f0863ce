package org.genstat.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks (the
 * official unit conversion table has all three). Reads one record at a time.
 */
public final class CsvReader implements AutoCloseable {
    private final Reader in;
    private final char delimiter;
    private long recordNumber;

    public CsvReader(Reader in, char delimiter) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
        this.delimiter = delimiter;
    }

    /** Reads a whole UTF-8 file (a leading byte-order mark is dropped). */
    public static List<List<String>> readAll(Path file, char delimiter) {
        try (CsvReader r = new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), delimiter)) {
            return r.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A file whose first record names the columns, as one map per record (missing cells are ""). */
    public static List<java.util.Map<String, String>> readMaps(Path file) {
        return maps(readAll(file, ','));
    }

    /** Records under a header record, as maps from column name to text; blank lines are skipped. */
    public static List<java.util.Map<String, String>> maps(List<List<String>> all) {
        List<java.util.Map<String, String>> out = new ArrayList<>();
        List<String> header = all.isEmpty() ? List.of() : all.get(0);
        for (List<String> row : all.subList(Math.min(1, all.size()), all.size())) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }

    public List<List<String>> readAll() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = next(); row != null; row = next()) {
            rows.add(row);
        }
        return rows;
    }

    /** 1-based number of the record last returned. */
    public long recordNumber() {
        return recordNumber;
    }

    /** The next record, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        if (recordNumber == 0 && c == '\uFEFF') {
            c = in.read();
            if (c == -1) {
                return null;
            }
        }
        recordNumber++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (c == -1) {
                fields.add(field.toString());
                return fields;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int peek = in.read();
                    if (peek == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = peek;
                        continue;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
            c = in.read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
