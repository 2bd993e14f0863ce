package org.genstat.discover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * When a unit submitted a file: the time its workbook was last saved (the "modified" core
 * property Excel writes), else the file's modification time. A copy or a git checkout changes
 * the file time, not the saved time, so "the later report wins" stays true across copies.
 */
public final class SubmittedAt {
    private static final Pattern MODIFIED = Pattern.compile("<dcterms:modified[^>]*>\\s*([^<\\s]+)\\s*</dcterms:modified>");
    private static final int MAX_CORE_BYTES = 64 * 1024;

    private SubmittedAt() {
    }

    public static long of(Path file) throws IOException {
        Instant saved = savedTime(file);
        return saved != null ? saved.toEpochMilli() : Files.getLastModifiedTime(file).toMillis();
    }

    static Instant savedTime(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry core = zip.getEntry("docProps/core.xml");
            if (core == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(core)) {
                String xml = new String(in.readNBytes(MAX_CORE_BYTES), StandardCharsets.UTF_8);
                Matcher m = MODIFIED.matcher(xml);
                return m.find() ? OffsetDateTime.parse(m.group(1)).toInstant() : null;
            }
        } catch (IOException | DateTimeParseException e) {
            return null; // not a zip, or no readable saved time: the file time stands
        }
    }
}
