package org.genstat.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One night at a time: a second process is refused with who holds the warehouse; a killed holder's lock is taken over. */
class WarehouseLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondNightIsRefusedWithTheHoldersPidAndCommand() throws Exception {
        Warehouse warehouse = new Warehouse(dir);
        Process other = holdInAnotherProcess(warehouse);
        try {
            WarehouseLock.HeldException held = assertThrows(WarehouseLock.HeldException.class,
                    () -> WarehouseLock.acquire(warehouse, "nightly"));
            assertEquals(other.pid(), held.holder().pid());
            assertEquals("nightly (test holder)", held.holder().command());
            assertTrue(held.getMessage().contains("PID " + other.pid()) && held.getMessage().contains("--wait"),
                    held.getMessage());
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void theLockOfAKilledNightIsTakenOverAndSaidSo() throws Exception {
        Warehouse warehouse = new Warehouse(dir);
        Process other = holdInAnotherProcess(warehouse);
        other.destroyForcibly().waitFor(); // kill -9: the text stays, the OS lock goes
        try (WarehouseLock lock = WarehouseLock.acquire(warehouse, "nightly")) {
            assertEquals(other.pid(), lock.tookOverFrom().orElseThrow().pid());
            assertEquals(ProcessHandle.current().pid(), WarehouseLock.holder(warehouse).orElseThrow().pid());
        }
        try (WarehouseLock again = WarehouseLock.acquire(warehouse, "nightly")) {
            assertTrue(again.tookOverFrom().isEmpty(), "a clean release leaves nothing to take over");
        }
    }

    @Test
    void waitingTakesTheLockWhenTheOtherNightEnds() throws Exception {
        Warehouse warehouse = new Warehouse(dir);
        Process other = holdInAnotherProcess(warehouse);
        StringBuilder told = new StringBuilder();
        CompletableFuture<WarehouseLock> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return WarehouseLock.await(warehouse, "nightly", Duration.ofMillis(50), told::append);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertTrue(!waiting.isDone() && told.toString().contains("PID " + other.pid()), told.toString());
        other.destroyForcibly().waitFor();
        try (WarehouseLock lock = waiting.get(10, TimeUnit.SECONDS)) {
            assertEquals(ProcessHandle.current().pid(), WarehouseLock.holder(warehouse).orElseThrow().pid());
        }
    }

    @Test
    void aSecondNightInTheSameProcessIsRefusedToo() throws Exception {
        Warehouse warehouse = new Warehouse(dir);
        try (WarehouseLock first = WarehouseLock.acquire(warehouse, "schedule")) {
            assertThrows(WarehouseLock.HeldException.class, () -> WarehouseLock.acquire(warehouse, "nightly"));
        }
    }

    /** Another JVM that takes the lock and keeps it until it is killed. */
    private static Process holdInAnotherProcess(Warehouse warehouse) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), warehouse.root().toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        String line = out.readLine();
        assertEquals("held", line, "the holder process did not take the lock");
        return p;
    }

    /** The other process. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            WarehouseLock lock = WarehouseLock.acquire(new Warehouse(Path.of(args[0])), "nightly (test holder)");
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            lock.close();
        }
    }
}
