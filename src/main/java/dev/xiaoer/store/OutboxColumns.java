package dev.xiaoer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code outbox} row as an {@link OutboxItem}, the same in every store: the columns a read selects
 * ({@link #NAMES}, in that order) and the item they make. The statements around them stay each
 * store's own (SQLite's plain reads, PostgreSQL's claims).
 */
public final class OutboxColumns {
    /** What every read of items selects, in this order. */
    public static final String NAMES = """
            id, delivery_id, conversation_id, msg_id, channel, address, rate_key, reply, state, attempts,
            next_attempt_at, created_at, done_at, last_error""";

    private OutboxColumns() {
    }

    /** Binds {@code args} in order, runs the query (which selects {@link #NAMES}) and reads its items. */
    public static List<OutboxItem> items(PreparedStatement ps, Object... args) throws SQLException {
        bind(ps, args);
        List<OutboxItem> items = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(item(rs));
            }
        }
        return items;
    }

    /** Sets the statement's parameters to {@code args}, in order. */
    public static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static OutboxItem item(ResultSet rs) throws SQLException {
        long done = rs.getLong(13);
        Instant doneAt = rs.wasNull() ? null : Instant.ofEpochMilli(done);
        return new OutboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), ReplyJson.read(rs.getString(8)),
                OutboxItem.State.fromWire(rs.getString(9)), rs.getInt(10), Instant.ofEpochMilli(rs.getLong(11)),
                Instant.ofEpochMilli(rs.getLong(12)), doneAt, rs.getString(14));
    }
}
