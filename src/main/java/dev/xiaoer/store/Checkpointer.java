package dev.xiaoer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed pages from the write-ahead log into the database file on a thread and
 * connection of its own, so that commits do not wait for it. A checkpoint ends with an fsync of
 * the database file, ~8 ms here for a few hundred scattered pages; run by the writer (SQLite's
 * auto-checkpoint) that stalled every commit queued behind it, about ten times a second at
 * 3,000 messages/s. The writer keeps a far larger auto-checkpoint of its own: only it can restart
 * the log from the beginning (no frames may be appended meanwhile), and by then little is left
 * to copy, which bounds the log's size.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final Connection connection;
    private final long everyExchanges;
    private final long pollNanos;
    private final AtomicLong written = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopping;

    /**
     * @param connection     a read-write connection to the database, used for nothing else; closed by {@link #close}
     * @param everyExchanges how many exchanges are written between two checkpoints
     * @param poll           how often the count is looked at
     */
    Checkpointer(Connection connection, long everyExchanges, Duration poll) {
        this.connection = connection;
        this.everyExchanges = everyExchanges;
        this.pollNanos = poll.toNanos();
        this.thread = new Thread(this::loop, "store-checkpointer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Called by the writer after each commit. */
    void written(int exchanges) {
        written.addAndGet(exchanges);
    }

    private void loop() {
        long checkpointedAt = 0;
        while (!stopping) {
            LockSupport.parkNanos(this, pollNanos);
            long now = written.get();
            if (now - checkpointedAt < everyExchanges) {
                continue;
            }
            checkpointedAt = now;
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(PASSIVE)"); // never blocks the writer nor readers
            } catch (SQLException e) {
                log.warn("store: a background checkpoint failed ({}); the writer's own checkpoints go on", e.toString());
            }
        }
    }

    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("store: closing the checkpoint connection failed: {}", e.toString());
        }
    }
}
