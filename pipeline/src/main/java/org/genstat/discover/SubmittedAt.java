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
    /** OpenDocument's meta.xml: the date LibreOffice last saved the file. */
    private static final Pattern ODF_DATE = Pattern.compile("<dc:date>\\s*([^<\\s]+)\\s*</dc:date>");
    private static final int MAX_CORE_BYTES = 64 * 1024;

    private SubmittedAt() {
    }

    public static long of(Path file) throws IOException {
        Instant saved = savedTime(file);
        return saved != null ? saved.toEpochMilli() : Files.getLastModifiedTime(file).toMillis();
    }

    /** "2022-12-15T10:30:00Z", or without a zone ("2027-11-25T09:00:00", read as UTC). */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    static Instant savedTime(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry core = zip.getEntry("docProps/core.xml");
            ZipEntry meta = zip.getEntry("meta.xml");
            ZipEntry entry = core != null ? core : meta;
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                String xml = new String(in.readNBytes(MAX_CORE_BYTES), StandardCharsets.UTF_8);
                Matcher m = (core != null ? MODIFIED : ODF_DATE).matcher(xml);
                return m.find() ? instant(m.group(1)) : null;
            }
        } catch (IOException | DateTimeParseException e) {
            return null; // not a zip, or no readable saved time: the file time stands
        }
    }
}
