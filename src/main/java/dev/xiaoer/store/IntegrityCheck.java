package dev.xiaoer.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's {@code PRAGMA quick_check} over the whole file, on a thread and read connection of its
 * own, so that start-up does not wait for it (it reads every page: see docs/operations.md for its
 * time on a large store). Damage in the middle of the file otherwise shows only as some
 * conversations failing on every message; a failed check makes the store's {@link StoreHealth}
 * say so, and with it {@code /readyz} and the metrics. The same check is {@code xiaoer store check}.
 */
final class IntegrityCheck implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);
    private final Connection connection;
    private final Thread thread;
    private volatile Statement running;
    private volatile StoreHealth.Check state = StoreHealth.Check.RUNNING;
    private volatile CheckResult result;

    /** Starts checking {@code file} through {@code connection} (read-only; closed when done). */
    IntegrityCheck(Path file, Connection connection) {
        this.connection = connection;
        this.thread = new Thread(() -> run(file), "store-check");
        thread.setDaemon(true);
        thread.start();
    }

    StoreHealth.Check state() {
        return state;
    }

    /** What the check found, or null while it runs. */
    CheckResult result() {
        return result;
    }

    private void run(Path file) {
        try {
            CheckResult r = check(connection, "quick_check", st -> running = st);
            result = r;
            state = r.ok() ? StoreHealth.Check.OK : StoreHealth.Check.FAILED;
            if (r.ok()) {
                log.info("store: quick_check of {} ({} MB) ok in {} ms", file, size(file) / 1_000_000, r.took().toMillis());
            } else {
                log.error("store: quick_check of {} found damage ({}); /readyz says 503 store_check_failed: restore a "
                        + "backup (xiaoer store backup) or repair it (docs/operations.md)", file, r.summary());
            }
        } catch (SQLException e) {
            if (running == null && state == StoreHealth.Check.OFF) {
                return; // closed while checking
            }
            result = new CheckResult(false, List.of(e.getMessage()), Duration.ZERO);
            state = StoreHealth.Check.FAILED;
            log.error("store: quick_check of {} failed: {}", file, e.getMessage());
        } finally {
            SqliteConnections.closeQuietly(connection);
        }
    }

    /** Runs {@code PRAGMA pragma} ({@code quick_check} or {@code integrity_check}) on {@code c}. */
    static CheckResult check(Connection c, String pragma, Consumer<Statement> started) throws SQLException {
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            started.accept(st);
            try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean ok = lines.size() == 1 && "ok".equals(lines.get(0));
        return new CheckResult(ok, ok ? List.of() : lines, took);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Stops a check still running (it is interrupted, and reports nothing) and waits for its thread. */
    @Override
    public void close() {
        if (state == StoreHealth.Check.RUNNING) {
            Statement st = running;
            state = StoreHealth.Check.OFF;
            running = null;
            if (st != null) {
                try {
                    st.cancel();
                } catch (SQLException e) {
                    log.debug("store: cancelling the check: {}", e.toString());
                }
            }
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
