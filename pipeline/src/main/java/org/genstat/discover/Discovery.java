package org.genstat.discover;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.genstat.ingest.IngestFile;
import org.genstat.storage.Warehouse;
import org.genstat.vocabulary.FileStatus;

/**
 * Step 1: registers every file of the inbox in the manifest by its SHA-256. Content already
 * registered is not read again; the same content under a second name is a duplicate.
 */
public final class Discovery {
    /** What discover found this run. */
    public record Result(int seen, int registered, int duplicates) {
    }

    private final Clock clock;

    public Discovery(Clock clock) {
        this.clock = clock;
    }

    public Result run(Path inbox, Warehouse warehouse) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("the inbox " + inbox + " does not exist or is not a folder");
        }
        List<IngestFile> manifest = Manifest.read(warehouse.manifest());
        Map<String, IngestFile> byPathAndSha = new HashMap<>();
        Map<String, IngestFile> firstBySha = new HashMap<>();
        for (IngestFile f : manifest) {
            byPathAndSha.put(f.path() + "\n" + f.sha256(), f);
            if (!FileStatus.DUPLICATE.equals(f.status())) {
                firstBySha.putIfAbsent(f.sha256(), f);
            }
        }
        int seen = 0;
        int registered = 0;
        int duplicates = 0;
        long now = clock.millis();
        for (Path file : files(inbox)) {
            seen++;
            String path = inbox.relativize(file).toString().replace('\\', '/');
            String sha = sha256(file);
            if (byPathAndSha.containsKey(path + "\n" + sha)) {
                continue;
            }
            long size;
            long modified;
            try {
                size = Files.size(file);
                modified = SubmittedAt.of(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            IngestFile first = firstBySha.get(sha);
            IngestFile entry;
            if (first != null) {
                duplicates++;
                entry = IngestFile.pending(path, sha, size, modified, now)
                        .identified(first.unitCode(), first.reportYear(), first.unitWritten())
                        .withStatus(FileStatus.DUPLICATE, "same content as " + first.path() + ", which is counted once",
                                null);
            } else {
                registered++;
                entry = IngestFile.pending(path, sha, size, modified, now);
                firstBySha.put(sha, entry);
            }
            manifest.add(entry);
            byPathAndSha.put(path + "\n" + sha, entry);
        }
        if (registered + duplicates > 0 || !Files.exists(warehouse.manifest())) {
            Manifest.write(warehouse.manifest(), manifest); // unchanged otherwise: a night with nothing new writes nothing
        }
        return new Result(seen, registered, duplicates);
    }

    /** Regular, visible files below the inbox, in path order so every run sees them alike. */
    static List<Path> files(Path inbox) {
        try (Stream<Path> s = Files.walk(inbox)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> inbox.relativize(p).toString().chars().noneMatch(c -> c == 0))
                    .filter(p -> {
                        for (Path part : inbox.relativize(p)) {
                            if (part.toString().startsWith(".") || part.toString().startsWith("~$")) {
                                return false; // hidden files and Excel's lock files
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
