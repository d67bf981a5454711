package dev.xiaoer.store.pg;

import dev.xiaoer.store.StoreHealth;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database can be used now. The first failure of the database itself ({@link PgFaults})
 * makes the store unwritable: messages are turned away at once (503 store_unavailable) rather than
 * each waiting for the pool's timeout. A probe ({@code SELECT 1} through the pool) runs every half
 * second meanwhile, and the first that answers makes the store writable again.
 */
final class PgHealth implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PgHealth.class);
    private static final long PROBE_MILLIS = 500;

    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile String unwritable;
    private volatile Instant since;
    private volatile PgPool pool;

    void start(PgPool pool) {
        this.pool = pool;
        prober.scheduleWithFixedDelay(this::probe, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    }

    StoreHealth now() {
        String why = unwritable;
        return why == null ? StoreHealth.WRITABLE : new StoreHealth(why, since, StoreHealth.Check.OFF, null, null);
    }

    /** A failure of the database itself, seen by any caller. */
    void failed(SQLException e) {
        String why = PgFaults.of(e);
        if (why == null) {
            return;
        }
        synchronized (this) {
            if (unwritable == null) {
                since = Instant.now();
                log.error("store: cannot use the database: {}; messages are turned away (503 store_unavailable) "
                        + "until it answers, probing every {} ms", why, PROBE_MILLIS);
            }
            unwritable = why;
        }
    }

    /** A transaction committed: the database works. */
    void worked() {
        if (unwritable != null) {
            recovered();
        }
    }

    private void probe() {
        PgPool p = pool;
        if (unwritable == null || p == null) {
            return;
        }
        try {
            p.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
                return null;
            });
            recovered();
        } catch (RuntimeException e) {
            // still down; the failure has told failed(), which keeps the first reason's time
        }
    }

    private synchronized void recovered() {
        if (unwritable != null) {
            log.warn("store: the database answers again ({} s after: {})",
                    Duration.between(since, Instant.now()).toSeconds(), unwritable);
            unwritable = null;
            since = null;
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
