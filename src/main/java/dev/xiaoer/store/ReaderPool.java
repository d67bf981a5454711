package dev.xiaoer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store's read connections, each lent to one thread at a time with the statements kept on it.
 * A read never waits for the writer (WAL); it waits for a connection only when more threads read at
 * once than there are connections, so a serving store opens one per worker.
 */
final class ReaderPool implements AutoCloseable, SqlReads {

    /** A read connection and its kept statements; only the thread that borrowed it uses either. */
    static final class Reader {
        private final Connection connection;
        /** The per-message queries, prepared on first use and kept: preparing was a tenth of a message's work. */
        private final Map<String, PreparedStatement> kept = new HashMap<>();

        private Reader(Connection connection) {
            this.connection = connection;
        }

        /** The kept statement for {@code sql}, prepared on first use; the caller must not close it. */
        PreparedStatement kept(String sql) throws SQLException {
            PreparedStatement ps = kept.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                kept.put(sql, ps);
            }
            return ps;
        }

        /** The connection itself, for a statement used once (the caller closes it). */
        Connection connection() {
            return connection;
        }

        /** After a failed read: the statements are prepared afresh. */
        private void forgetKept() {
            for (PreparedStatement ps : kept.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // the connection may be gone; nothing else to free
                }
            }
            kept.clear();
        }
    }

    /** A read on a borrowed connection. */
    @FunctionalInterface
    interface Query<T> {
        T run(Reader reader) throws SQLException;
    }

    private final int size;
    private final BlockingQueue<Reader> idle;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param connections read connections, closed by {@link #close} */
    ReaderPool(List<Connection> connections) {
        if (connections.isEmpty()) {
            throw new IllegalArgumentException("a reader pool needs at least one connection");
        }
        this.size = connections.size();
        this.idle = new ArrayBlockingQueue<>(size);
        connections.forEach(c -> idle.add(new Reader(c)));
    }

    /** How many connections the pool lends: as many reads run at once. */
    int size() {
        return size;
    }

    /** Runs {@code query} on a connection, waiting for one when all are lent. */
    <T> T read(Query<T> query) {
        Reader reader;
        try {
            reader = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store connection", e);
        }
        try {
            return query.run(reader);
        } catch (SQLException e) {
            reader.forgetKept();
            throw new StoreException("store read failed: " + e.getMessage(), e);
        } finally {
            idle.add(reader);
        }
    }

    /** A read on a borrowed connection's own, for statements used once (the work closes them). */
    @Override
    public <T> T withConnection(SqlReads.Work<T> work) {
        return read((Query<T>) r -> work.run(r.connection()));
    }

    /** Closes each connection once it is given back (waiting up to 10 s for each). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (int i = 0; i < size; i++) {
            try {
                Reader r = idle.poll(10, TimeUnit.SECONDS);
                if (r != null) {
                    SqliteConnections.closeQuietly(r.connection);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }
}
