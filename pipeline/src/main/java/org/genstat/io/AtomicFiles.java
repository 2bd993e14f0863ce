package org.genstat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Every write in genstat goes through here: the content is written beside the target under a
 * temporary name and renamed over it, so a reader sees the old file or the new one, never half.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Writing {
        void to(Path tmp) throws IOException;
    }

    /** Writes a file: {@code writing} fills a temporary path, which then replaces {@code target}. */
    public static void write(Path target, Writing writing) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            deleteRecursively(tmp);
            writing.to(tmp);
            move(tmp, target);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Replaces a directory: {@code writing} fills a temporary directory, the old one is moved
     * aside, the new one moved in, the old one deleted. A crash between the two renames leaves
     * the old directory beside the target, and the next run starts over.
     */
    public static void replaceDirectory(Path target, Writing writing) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            deleteRecursively(tmp);
            deleteRecursively(old);
            writing.to(tmp);
            if (Files.exists(target)) {
                move(target, old);
            }
            move(tmp, target);
            deleteRecursively(old);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Renames a finished temporary file over its target. */
    public static void moveIntoPlace(Path from, Path to) throws IOException {
        move(from, to);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes everything directly in {@code dir} but {@code keep}: how derived data (packs) drops
     * what a rebuild replaced. Nothing happens when the folder does not exist.
     */
    public static void deleteAllBut(Path dir, java.util.Set<Path> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> !keep.contains(p)).toList()) {
                deleteRecursively(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot tidy " + dir, e);
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException ignored) {
            // best effort: a leftover temporary file is overwritten by the next run
        }
    }
}
