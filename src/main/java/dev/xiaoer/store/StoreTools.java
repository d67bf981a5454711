package dev.xiaoer.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteConnection;

/**
 * What operators do to a store's file, beside a running {@code serve} or without one: check it
 * ({@code xiaoer store check}) and copy it consistently ({@code xiaoer store backup}). Both read
 * through a read-only connection, so they change nothing and take no lock; in WAL mode the writer
 * goes on meanwhile.
 */
public final class StoreTools {
    private StoreTools() {
    }

    /** What a backup wrote. */
    public record Backup(Path file, long bytes, Duration took, CheckResult check) {
    }

    /**
     * SQLite's {@code quick_check} of the store in {@code dataDir} (with {@code full}, the slower
     * {@code integrity_check}, which also checks that every index matches its table).
     *
     * @throws IllegalStateException when there is no store, or it cannot be opened
     */
    public static CheckResult check(Path dataDir, boolean full) {
        try (Connection c = openReadOnly(dataDir)) {
            return IntegrityCheck.check(c, full ? "integrity_check" : "quick_check", st -> { });
        } catch (SQLException e) {
            String fault = Faults.of(e);
            if (fault == null && e.getMessage() != null && (e.getMessage().contains("SQLITE_CORRUPT")
                    || e.getMessage().contains("SQLITE_NOTADB"))) {
                return new CheckResult(false, java.util.List.of(e.getMessage()), Duration.ZERO);
            }
            throw new IllegalStateException("cannot check the store in " + dataDir + ": "
                    + (fault != null ? fault : e.getMessage()), e);
        }
    }

    /**
     * Copies the store in {@code dataDir} to {@code target} with SQLite's online backup, all pages in
     * one step (in one read transaction: a consistent snapshot however busy the writer is; a backup in
     * small steps starts again whenever the writer commits, and under steady traffic never ends), to a
     * temporary file first, moved into place once whole; then checks the copy.
     *
     * @throws IllegalStateException when there is no store, {@code target} exists, or the copy fails
     */
    public static Backup backup(Path dataDir, Path target) {
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists; give a new file to back up to");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long start = System.nanoTime();
        try (Connection c = openReadOnly(dataDir)) {
            Files.deleteIfExists(partial);
            int rc = c.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", partial.toAbsolutePath().toString(), null, 100, 3, -1);
            if (rc != 0 && rc != 101) { // SQLITE_OK, SQLITE_DONE
                throw new IllegalStateException("the backup to " + target + " failed (SQLite result " + rc + ")");
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to do
            }
            String fault = e instanceof SQLException se ? Faults.of(se) : null;
            throw new IllegalStateException("the backup to " + target + " failed: "
                    + (fault != null ? fault : e.getMessage()), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        try (Connection copy = SqliteConnections.readOnly(target)) {
            CheckResult check = IntegrityCheck.check(copy, "quick_check", st -> { });
            return new Backup(target, Files.size(target), took, check);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the backup " + target + " was written but cannot be read back: "
                    + e.getMessage(), e);
        }
    }

    private static Connection openReadOnly(Path dataDir) throws SQLException {
        Path file = dataDir.resolve(SqliteConversationReader.FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no conversation store in " + dataDir + " (" + SqliteConversationReader.FILE
                    + " is missing)");
        }
        return SqliteConnections.readOnly(file);
    }
}
