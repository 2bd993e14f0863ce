package org.genstat.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One night at a time on a warehouse. The lock is the operating system's lock on
 * {@code state/night.lock}, so it goes with the process that holds it, however that process
 * ends; the file's text says who holds it (PID, since when, which command), for the one line a
 * second night prints. Text left by a process that is gone is a stale lock: it is taken over and
 * said so.
 */
public final class WarehouseLock implements AutoCloseable {
    /** Who holds (or held) the lock, as its file says. */
    public record Holder(long pid, Instant since, String command) {
        boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        @Override
        public String toString() {
            return "'" + command + "' (PID " + pid + ") since " + since;
        }
    }

    /** The warehouse is in use by another night. */
    public static final class HeldException extends Exception {
        private final transient Holder holder;

        HeldException(Path warehouse, Holder holder) {
            super("the warehouse " + warehouse + " is in use by " + (holder == null ? "another genstat" : holder)
                    + ": wait for it to finish, or run again with --wait");
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    // The OS lock covers one byte far past the text, so the text stays readable where locks are mandatory.
    private static final long LOCK_POSITION = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;
    private final Holder tookOverFrom;

    private WarehouseLock(FileChannel channel, FileLock lock, Holder tookOverFrom) {
        this.channel = channel;
        this.lock = lock;
        this.tookOverFrom = tookOverFrom;
    }

    public static Path file(Warehouse warehouse) {
        return warehouse.root().resolve("state/night.lock");
    }

    /** Takes the lock now, or fails at once naming who holds it. */
    public static WarehouseLock acquire(Warehouse warehouse, String command) throws HeldException {
        WarehouseLock taken = tryAcquire(warehouse, command);
        if (taken == null) {
            throw new HeldException(warehouse.root(), holder(warehouse).orElse(null));
        }
        return taken;
    }

    /** Takes the lock, waiting for the night that holds it; {@code waiting} hears once who that is. */
    public static WarehouseLock await(Warehouse warehouse, String command, Duration poll,
                                      java.util.function.Consumer<String> waiting) throws InterruptedException {
        boolean told = false;
        while (true) {
            WarehouseLock taken = tryAcquire(warehouse, command);
            if (taken != null) {
                return taken;
            }
            if (!told) {
                waiting.accept("waiting for " + holder(warehouse).map(Holder::toString).orElse("another genstat")
                        + " to finish with " + warehouse.root());
                told = true;
            }
            Thread.sleep(poll.toMillis());
        }
    }

    private static WarehouseLock tryAcquire(Warehouse warehouse, String command) {
        Path file = file(warehouse);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another night in the same JVM)
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            Holder before = read(channel).filter(h -> h.pid() != ProcessHandle.current().pid()).orElse(null);
            Holder me = new Holder(ProcessHandle.current().pid(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    command);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text(me).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WarehouseLock(channel, lock, before);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the warehouse at " + file + ": " + e.getMessage(), e);
        }
    }

    /** Who the lock file names, if anyone. */
    public static Optional<Holder> holder(Warehouse warehouse) {
        Path file = file(warehouse);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The holder this lock replaced: a process that ended without releasing the lock (a kill, a
     * crash). Empty after a clean release, which clears the text.
     */
    public Optional<Holder> tookOverFrom() {
        return Optional.ofNullable(tookOverFrom).filter(h -> !h.alive());
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel anyway.
        } finally {
            closeQuietly(channel);
        }
    }

    private static String text(Holder h) {
        return "pid=" + h.pid() + "\nsince=" + h.since() + "\ncommand=" + h.command() + "\n";
    }

    private static Optional<Holder> read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        if (size == 0) {
            return Optional.empty();
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        channel.read(buf, 0);
        String pid = null;
        String since = null;
        String command = null;
        for (String line : new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("pid=")) {
                pid = line.substring(4);
            } else if (line.startsWith("since=")) {
                since = line.substring(6);
            } else if (line.startsWith("command=")) {
                command = line.substring(8);
            }
        }
        try {
            return Optional.of(new Holder(Long.parseLong(pid), Instant.parse(since), command));
        } catch (RuntimeException e) {
            return Optional.empty(); // not our text: no one to name
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }
}
