package org.genstat.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.genstat.io.AtomicFiles;

/**
 * What the steps after extract read, as one SHA-256: the manifest (which names every raw Parquet
 * file by the content it came from), the reference data and genstat's own code. When it equals
 * the fingerprint of the last published night and that night's DuckDB file is still there,
 * normalise, analyse and publish would rebuild the same warehouse: a night can stop after extract.
 */
public final class NightInputs {
    private NightInputs() {
    }

    /** @param schemasDir the reference data read from a folder, or null when it is the jar's copy */
    public static String fingerprint(Warehouse warehouse, Path schemasDir) {
        MessageDigest md = sha256();
        add(md, "manifest", warehouse.manifest());
        if (schemasDir != null && Files.isDirectory(schemasDir)) {
            for (Path f : files(schemasDir)) {
                add(md, schemasDir.relativize(f).toString(), f);
            }
        }
        // A rebuilt genstat may read the same inputs differently.
        md.update(("code\n" + codeVersion()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The SHA-256 of the jar genstat runs from, read once per process; "classes" when it runs from a
     * build folder (tests, an IDE), where each run starts from a fresh warehouse anyway.
     */
    public static String codeVersion() {
        return CodeVersion.VALUE;
    }

    private static final class CodeVersion {
        static final String VALUE = compute();

        private static String compute() {
            Path code = codeLocation();
            if (code == null || !Files.isRegularFile(code)) {
                return "classes";
            }
            MessageDigest md = sha256();
            add(md, "code", code);
            return HexFormat.of().formatHex(md.digest());
        }
    }

    private static Path marker(Warehouse warehouse) {
        return warehouse.root().resolve("state/published-inputs.sha256");
    }

    /** The warehouse on disk was published from exactly these inputs. */
    public static boolean published(Warehouse warehouse, String fingerprint) {
        try {
            return Files.isRegularFile(warehouse.duckdb()) && Files.isRegularFile(marker(warehouse))
                    && Files.readString(marker(warehouse)).strip().equals(fingerprint);
        } catch (IOException e) {
            return false; // unknown: do the work
        }
    }

    /** Called once a night has published from these inputs. */
    public static void markPublished(Warehouse warehouse, String fingerprint) {
        AtomicFiles.write(marker(warehouse), tmp -> Files.writeString(tmp, fingerprint + "\n"));
    }

    private static void add(MessageDigest md, String name, Path file) {
        md.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        if (!Files.isRegularFile(file)) {
            md.update((byte) 0);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        md.update((byte) 1);
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path codeLocation() {
        try {
            var source = NightInputs.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
