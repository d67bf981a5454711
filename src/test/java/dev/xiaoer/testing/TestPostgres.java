package dev.xiaoer.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for tests: Debian's server binaries ({@code /usr/lib/postgresql/N/bin},
 * {@code apt-get install postgresql}), a cluster made by {@code initdb} in a temporary directory and
 * started on a free port of 127.0.0.1, never the system's own cluster. initdb and the server refuse
 * to run as root, so as root (CI) they run as the {@code postgres} user. Without the binaries the
 * test is skipped, unless {@code XIAOER_REQUIRE_POSTGRES} is set (as {@code .ci/run} does): then it fails.
 */
public final class TestPostgres implements AutoCloseable {
    /** The superuser initdb creates; trust authentication on the loopback only. */
    public static final String USER = "xiaoer";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgres;
    private final boolean fsync;
    private int databases;

    private TestPostgres(Path bin, Path dir, int port, boolean asPostgres, boolean fsync) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
        this.fsync = fsync;
    }

    /** The newest installed server's bin directory, if any. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("postgres")))
                    .max(Comparator.comparing(b -> version(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Skips the calling test when PostgreSQL is absent and not required; fails it when required. */
    public static Path binariesOrSkip() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String why = "PostgreSQL's server is not installed (/usr/lib/postgresql/*/bin; apt-get install -y postgresql)";
            if (System.getenv("XIAOER_REQUIRE_POSTGRES") != null) {
                Assertions.fail(why + ", and XIAOER_REQUIRE_POSTGRES is set");
            }
            Assumptions.abort(why + "; set XIAOER_REQUIRE_POSTGRES to make this a failure");
        }
        return bin.get();
    }

    /**
     * A new cluster, started. With {@code fsync} off it is faster and still keeps every commit through a
     * crash of the server (commits are written to the kernel before they return), not of the machine.
     */
    public static TestPostgres start(boolean fsync) throws Exception {
        Path bin = binariesOrSkip();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("xiaoer-pg");
        if (root) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        TestPostgres pg = new TestPostgres(bin, dir, freePort(), root, fsync);
        pg.run(List.of(bin.resolve("initdb").toString(), "-D", pg.data().toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        pg.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stopQuietly));
        return pg;
    }

    private Path data() {
        return dir.resolve("data");
    }

    public int port() {
        return port;
    }

    /** A JDBC URL of {@code database}. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    /** Creates a fresh database and returns its URL. */
    public synchronized String newDatabase() throws SQLException {
        String name = "xiaoer_" + (++databases) + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /** Starts the server (after {@link #stop}) and waits until it accepts connections. */
    public void startServer() throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                        + " -c max_connections=200" + (fsync ? "" : " -c fsync=off"),
                "start"));
    }

    /** Stops the server at once, as a crash would (connections broken, no checkpoint). */
    public void stop() throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (Exception ignored) {
            // already stopped
        }
    }

    private void run(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(dir.resolve("ctl.out").toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", full) + " failed: " + Files.readString(dir.resolve("ctl.out"))
                    + (Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : ""));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        stopQuietly();
    }
}
