package dev.xiaoer.store.pg;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.xiaoer.store.SqlReads;
import dev.xiaoer.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The connections to PostgreSQL: a HikariCP pool and the two ways the store uses a connection, a
 * read in auto-commit and a transaction. Plumbing only; what is read and written, and what a
 * failure means for the store, are {@link PgConversationStore}'s. A failure of the database (not of
 * one statement) is told to {@code onFault} before it is thrown as a {@link StoreException}.
 */
final class PgPool implements SqlReads, AutoCloseable {
    private final HikariDataSource source;
    private final Consumer<SQLException> onFault;

    private PgPool(HikariDataSource source, Consumer<SQLException> onFault) {
        this.source = source;
        this.onFault = onFault;
    }

    /**
     * Opens a pool of at most {@code size} connections to {@code jdbcUrl}, waiting up to
     * {@code startTimeoutMillis} for the database at start. A connection is waited for at most 2 s
     * later on, and a statement or a lock at most 10 s: a database that went away turns into
     * failures that the store reports as unavailable, never into threads that hang.
     */
    static PgPool open(String jdbcUrl, int size, long startTimeoutMillis, Consumer<SQLException> onFault) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("xiaoer-store");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, 2));
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(startTimeoutMillis);
        config.addDataSourceProperty("ApplicationName", "xiaoer");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("socketTimeout", "30");
        // statement_timeout bounds a read; lock_timeout bounds the wait for a conversation's lock
        config.setConnectionInitSql("SET statement_timeout = '10s'; SET lock_timeout = '10s'");
        try {
            return new PgPool(new HikariDataSource(config), onFault);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot connect to the store " + redacted(jdbcUrl) + ": "
                    + cause.getMessage(), e);
        }
    }

    /** The URL without a password given in it, for logs and messages. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    @Override
    public <T> T withConnection(Work<T> work) {
        try (Connection c = source.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    /**
     * Runs {@code work} in one transaction and commits it; rolls back when it throws (a
     * {@link RuntimeException} from {@code work} is thrown as it is).
     */
    <T> T inTransaction(Work<T> work) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw failed("write", e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: its transaction went with it
        }
    }

    private StoreException failed(String what, SQLException e) {
        String fault = PgFaults.of(e);
        if (fault != null) {
            onFault.accept(e);
            return new StoreException("the store cannot write: " + fault, e);
        }
        return new StoreException("store " + what + " failed: " + e.getMessage(), e);
    }

    /** How many connections are lent now, and the most it lends. */
    int active() {
        return source.getHikariPoolMXBean() == null ? 0 : source.getHikariPoolMXBean().getActiveConnections();
    }

    @Override
    public void close() {
        source.close();
    }
}
