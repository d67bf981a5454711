package dev.xiaoer.store.pg;

import dev.xiaoer.store.OutboxColumns;
import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.OutboxStore;
import dev.xiaoer.store.OutboxUpdate;
import dev.xiaoer.store.Outbound;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in PostgreSQL, drained by every node at once without double sends: {@link #due} claims
 * the items it returns for this node, in one statement that skips rows another node is claiming
 * ({@code FOR UPDATE SKIP LOCKED}) and rows another node claimed and has not finished
 * ({@code claimed_until} in the future). Recording an outcome ends the claim. A node that dies with
 * items claimed holds them only until their claim runs out ({@value #CLAIM_SECONDS} s); another node
 * then sends them again under the same delivery id, which the platforms dedupe.
 */
final class PgOutbox implements OutboxStore {
    static final int CLAIM_SECONDS = 60;
    private static final String COLUMNS = OutboxColumns.NAMES;

    private final PgPool pool;
    private final String node;

    PgOutbox(PgPool pool, String node) {
        this.pool = pool;
        this.node = node;
    }

    /** Each the oldest pending item of its conversation, due and not claimed by another node; claimed for this one. */
    @Override
    public List<OutboxItem> due(Instant now, int limit) {
        long at = now.toEpochMilli();
        List<OutboxItem> items = pool.inTransaction(c -> query(c, """
                UPDATE outbox SET claimed_by = ?, claimed_until = ?
                WHERE id IN (SELECT o.id FROM outbox o
                             WHERE o.state = 'pending' AND o.next_attempt_at <= ?
                               AND (o.claimed_until IS NULL OR o.claimed_until <= ?)
                               AND o.id = (SELECT MIN(p.id) FROM outbox p WHERE p.conversation_id = o.conversation_id
                                                                          AND p.state = 'pending')
                             ORDER BY o.next_attempt_at, o.id LIMIT ?
                             FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS, node, at + Duration.ofSeconds(CLAIM_SECONDS).toMillis(), at, at, limit));
        items.sort(Comparator.comparing(OutboxItem::nextAttemptAt).thenComparingLong(OutboxItem::id));
        return items;
    }

    @Override
    public Optional<Instant> nextDue() {
        return pool.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT MIN(GREATEST(next_attempt_at, COALESCE(claimed_until, 0))) FROM outbox WHERE state = 'pending'""");
                 ResultSet rs = ps.executeQuery()) {
                long at = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
            }
        });
    }

    @Override
    public void record(List<OutboxUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        pool.inTransaction(c -> {
            for (OutboxUpdate u : updates) {
                apply(c, u);
            }
            return null;
        });
    }

    private static void apply(Connection c, OutboxUpdate update) throws SQLException {
        if (update instanceof OutboxUpdate.Sent s) {
            update(c, """
                    UPDATE outbox SET state = 'sent', done_at = ?, last_error = NULL, claimed_until = NULL
                    WHERE id = ? AND state = 'pending'""", s.at().toEpochMilli(), s.id());
        } else if (update instanceof OutboxUpdate.Settled s) {
            update(c, """
                    UPDATE outbox SET state = 'sent', done_at = ?, last_error = NULL, claimed_until = NULL
                    WHERE delivery_id = ? AND state = 'pending'""", s.at().toEpochMilli(), s.deliveryId());
        } else if (update instanceof OutboxUpdate.Retry r) {
            update(c, """
                    UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, claimed_until = NULL
                    WHERE id = ? AND state = 'pending'""", r.attempts(), r.next().toEpochMilli(), r.error(), r.id());
        } else if (update instanceof OutboxUpdate.Dead d) {
            update(c, """
                    UPDATE outbox SET state = 'dead', attempts = ?, done_at = ?, last_error = ?, claimed_until = NULL
                    WHERE id = ? AND state = 'pending'""", d.attempts(), d.at().toEpochMilli(), d.error(), d.id());
        }
    }

    @Override
    public List<OutboxItem> list(OutboxItem.State state, int limit) {
        return pool.withConnection(c -> state == null
                ? query(c, "SELECT " + COLUMNS + " FROM outbox ORDER BY id DESC LIMIT ?", limit)
                : query(c, "SELECT " + COLUMNS + " FROM outbox WHERE state = ? ORDER BY id DESC LIMIT ?",
                        state.wire(), limit));
    }

    @Override
    public Optional<Outbound> lastOutbound(String conversationId) {
        return pool.withConnection(c -> query(c, "SELECT " + COLUMNS
                + " FROM outbox WHERE conversation_id = ? ORDER BY id DESC LIMIT 1", conversationId).stream().findFirst()
                .map(i -> new Outbound(i.channel(), i.address(), i.rateKey(), null)));
    }

    @Override
    public Map<OutboxItem.State, Long> counts() {
        return pool.withConnection(c -> {
            Map<OutboxItem.State, Long> counts = new EnumMap<>(OutboxItem.State.class);
            for (OutboxItem.State s : OutboxItem.State.values()) {
                counts.put(s, 0L);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT state, COUNT(*) FROM outbox GROUP BY state");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(OutboxItem.State.fromWire(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    @Override
    public int prune(Instant before) {
        return pool.inTransaction(c -> update(c, "DELETE FROM outbox WHERE state = 'sent' AND done_at < ?",
                before.toEpochMilli()));
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            OutboxColumns.bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static List<OutboxItem> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return OutboxColumns.items(ps, args);
        }
    }
}
