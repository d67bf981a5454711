package dev.xiaoer.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * How the store's connections to its SQLite file are opened: WAL with {@code synchronous=FULL}
 * (a commit that returned survives a crash of the process or the machine) for the serving store's
 * connections, and a plain read-only one for reading beside a running service.
 */
final class SqliteConnections {
    private static final Logger log = LoggerFactory.getLogger(SqliteConnections.class);

    private SqliteConnections() {
    }

    /** For the writer and the checkpointer. */
    static Connection readWrite(Path file) throws SQLException {
        return connect(file, false);
    }

    /** For the serving store's readers: the writer's settings, and queries only. */
    static Connection queryOnly(Path file) throws SQLException {
        return connect(file, true);
    }

    private static Connection connect(Path file, boolean queryOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        // row ids are asked for where needed (last_insert_rowid); the driver would otherwise run a query after every write
        config.setGetGeneratedKeys(false);
        // the indexes take random inserts: keep their pages in memory rather than reading them back per write
        config.setCacheSize(-16_384); // KiB
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        if (queryOnly) {
            queryOnly(c);
        }
        return c;
    }

    /**
     * For reading beside a running service (which owns the file): opened read-only, so it changes
     * neither the journal mode nor anything else.
     */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try {
            queryOnly(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    private static void queryOnly(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA query_only = true");
        }
    }

    static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("store: closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
        }
    }
}
