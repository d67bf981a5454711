package dev.xiaoer.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Lends a connection for one read: the SQLite store's {@link ReaderPool}, or a PostgreSQL pool. The
 * reads of staff and reports ({@link BackofficeQueries}) are written once, over this. A failed read
 * becomes a {@link StoreException}.
 */
public interface SqlReads {

    /** A read on a lent connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T withConnection(Work<T> work);
}
