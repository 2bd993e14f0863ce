package org.genstat.extract.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a zip-based workbook (xlsx, ods) that would unpack to far more than it weighs — a zip
 * bomb — from its directory, before anything is inflated; and bounds what is actually read.
 */
public final class ZipGuard {
    /** Compression ratios above this are not produced by spreadsheets (xlsx is typically 5–20). */
    static final long MAX_RATIO = 200;
    static final long MAX_UNPACKED = 4L << 30;

    private ZipGuard() {
    }

    public static void check(Path file) throws UnreadableFileException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = Math.max(1, e.getCompressedSize());
                if (size > 0) {
                    total += size;
                    if (size > (16L << 20) && size / packed > MAX_RATIO) {
                        throw bomb(e.getName(), size);
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException("the workbook is damaged or incomplete (" + e.getMessage()
                    + "): save it again and resend it", e);
        }
        if (total > MAX_UNPACKED) {
            throw bomb("the workbook", total);
        }
    }

    static UnreadableFileException bomb(String part, long size) {
        return new UnreadableFileException(part + " would unpack to " + size / (1 << 20)
                + " MB, far more than a report holds (a zip bomb?): the file is refused unread");
    }

    /** A stream that fails once more than {@code max} bytes have been read from it. */
    static InputStream bounded(InputStream in, long max, String part) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && ++count > max) {
                    throw new IOException(part + " unpacks to more than " + max / (1 << 20) + " MB");
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0 && (count += n) > max) {
                    throw new IOException(part + " unpacks to more than " + max / (1 << 20) + " MB");
                }
                return n;
            }
        };
    }
}
