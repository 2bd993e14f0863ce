package org.genstat.jobs;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.genstat.io.AtomicFiles;

/**
 * A throwaway PostgreSQL server on 127.0.0.1 from the machine's own binaries (Debian's
 * {@code postgresql} package): initdb into a temporary folder, start, stop, delete. As root it
 * runs them as the {@code postgres} user, since PostgreSQL refuses to run as root.
 */
final class PostgresServer implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Why no server can be started here, if none can. */
    static Optional<String> unavailable() {
        if (binaries().isEmpty()) {
            return Optional.of("no PostgreSQL server binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql:"
                    + " install Debian's postgresql package");
        }
        if (isRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
            return Optional.of("running as root without runuser to start PostgreSQL as another user");
        }
        return Optional.empty();
    }

    static PostgresServer start() throws Exception {
        Path bin = binaries().orElseThrow();
        boolean root = isRoot();
        Path dir = Files.createTempDirectory("genstat-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, dir, port, root);
        if (root) {
            run(List.of("chown", "postgres:", dir.toString()), false);
        }
        Path data = dir.resolve("data");
        server.pg("initdb", "-D", data.toString(), "-U", "genstat", "-A", "trust", "-E", "UTF8", "--no-locale",
                "--no-sync");
        server.pg("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return server;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return "genstat";
    }

    @Override
    public void close() throws Exception {
        try {
            pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            AtomicFiles.deleteRecursively(dir);
        }
    }

    private void pg(String program, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(List.of(args));
        run(cmd, true);
    }

    private static void run(List<String> cmd, boolean inTmp) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (inTmp) {
            pb.directory(Path.of(System.getProperty("java.io.tmpdir")).toFile()); // a folder the postgres user may enter
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    private static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(d));
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.sorted(java.util.Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
        } catch (IOException e) {
            // not Debian's layout
        }
        return candidates.stream().map(d -> d.toAbsolutePath().normalize())
                .filter(d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
                .map(PostgresServer::realBin).findFirst();
    }

    /** /usr/local/bin/initdb may be a link into the version's bin folder, where pg_ctl finds postgres. */
    private static Path realBin(Path dir) {
        try {
            return dir.resolve("initdb").toRealPath().getParent();
        } catch (IOException e) {
            return dir;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
