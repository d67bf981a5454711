package dev.xiaoer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox's reads and delivery states over a connection of its own, beside the writer's: the
 * rows themselves are written by the writer with their turns ({@link OutboxRows}); only the
 * sender's updates come here, batched by the sender, one transaction per batch. Its commits are
 * not synced on their own ({@code synchronous=NORMAL}): a delivery state lost with the machine
 * means one more attempt under the same delivery id, never a lost reply.
 */
final class SqliteOutbox implements OutboxStore, AutoCloseable {
    private static final String COLUMNS = OutboxColumns.NAMES;

    private final Connection connection;

    /** @param connection read-write, to a migrated database; closed by {@link #close} */
    SqliteOutbox(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    @Override
    public synchronized List<OutboxItem> due(Instant now, int limit) {
        return query("SELECT " + COLUMNS + """
                 FROM outbox o
                WHERE o.state = 'pending' AND o.next_attempt_at <= ?
                  AND o.id = (SELECT MIN(p.id) FROM outbox p WHERE p.conversation_id = o.conversation_id
                                                                 AND p.state = 'pending')
                ORDER BY o.next_attempt_at, o.id LIMIT ?""", now.toEpochMilli(), limit);
    }

    @Override
    public synchronized Optional<Instant> nextDue() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'")) {
            long at = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public synchronized void record(List<OutboxUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        try {
            connection.setAutoCommit(false);
            try {
                for (OutboxUpdate u : updates) {
                    apply(u);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("write", e);
        }
    }

    private void apply(OutboxUpdate update) throws SQLException {
        if (update instanceof OutboxUpdate.Sent s) {
            update("""
                    UPDATE outbox SET state = 'sent', done_at = ?, last_error = NULL
                    WHERE id = ? AND state = 'pending'""", s.at().toEpochMilli(), s.id());
        } else if (update instanceof OutboxUpdate.Settled s) {
            update("""
                    UPDATE outbox SET state = 'sent', done_at = ?, last_error = NULL
                    WHERE delivery_id = ? AND state = 'pending'""", s.at().toEpochMilli(), s.deliveryId());
        } else if (update instanceof OutboxUpdate.Retry r) {
            update("""
                    UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?
                    WHERE id = ? AND state = 'pending'""", r.attempts(), r.next().toEpochMilli(), r.error(), r.id());
        } else if (update instanceof OutboxUpdate.Dead d) {
            update("""
                    UPDATE outbox SET state = 'dead', attempts = ?, done_at = ?, last_error = ?
                    WHERE id = ? AND state = 'pending'""", d.attempts(), d.at().toEpochMilli(), d.error(), d.id());
        }
    }

    @Override
    public synchronized List<OutboxItem> list(OutboxItem.State state, int limit) {
        return state == null
                ? query("SELECT " + COLUMNS + " FROM outbox ORDER BY id DESC LIMIT ?", limit)
                : query("SELECT " + COLUMNS + " FROM outbox WHERE state = ? ORDER BY id DESC LIMIT ?", state.wire(), limit);
    }

    @Override
    public synchronized Optional<Outbound> lastOutbound(String conversationId) {
        // no index by conversation over every state: staff replies are rare, the scan is of one table
        return query("SELECT " + COLUMNS + " FROM outbox WHERE conversation_id = ? ORDER BY id DESC LIMIT 1",
                conversationId).stream().findFirst().map(i -> new Outbound(i.channel(), i.address(), i.rateKey(), null));
    }

    @Override
    public synchronized Map<OutboxItem.State, Long> counts() {
        Map<OutboxItem.State, Long> counts = new EnumMap<>(OutboxItem.State.class);
        for (OutboxItem.State s : OutboxItem.State.values()) {
            counts.put(s, 0L);
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT state, COUNT(*) FROM outbox GROUP BY state")) {
            while (rs.next()) {
                counts.put(OutboxItem.State.fromWire(rs.getString(1)), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public synchronized int prune(Instant before) {
        try {
            return update("DELETE FROM outbox WHERE state = 'sent' AND done_at < ?", before.toEpochMilli());
        } catch (SQLException e) {
            throw failed("write", e);
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            OutboxColumns.bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private List<OutboxItem> query(String sql, Object... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            return OutboxColumns.items(ps, args);
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private static StoreException failed(String what, SQLException e) {
        return new StoreException("outbox " + what + " failed: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        SqliteConnections.closeQuietly(connection);
    }
}
