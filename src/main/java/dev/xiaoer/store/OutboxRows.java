package dev.xiaoer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The outbox row of an exchange whose reply must be pushed ({@link Exchange#outbound}), written by
 * the writer inside the exchange's own transaction: the turn and its delivery are stored together
 * or not at all, so nothing a channel acknowledged can be left undelivered.
 */
final class OutboxRows {
    private final Connection connection;
    private PreparedStatement insert;

    /** @param connection the writer's connection; the statement is prepared on first use */
    OutboxRows(Connection connection) {
        this.connection = connection;
    }

    /** Closes the statement (after a failed transaction): the next insert prepares it anew. */
    void forgetStatement() {
        if (insert != null) {
            SqliteConnections.closeQuietly(insert);
            insert = null;
        }
    }

    /** Adds the exchange's delivery, pending from its {@code notBefore} (or at once). */
    void insert(Exchange e, String replyJson) throws SQLException {
        Outbound out = e.outbound();
        if (insert == null) {
            insert = connection.prepareStatement("""
                    INSERT INTO outbox (delivery_id, conversation_id, msg_id, channel, address, rate_key, reply, state,
                                        attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)""");
        }
        long created = e.repliedAt().toEpochMilli();
        insert.setString(1, e.msgId() == null ? "x-" + UUID.randomUUID().toString().replace("-", "")
                : Outbound.deliveryId(out.channel(), e.conversationId(), e.msgId()));
        insert.setString(2, e.conversationId());
        insert.setString(3, e.msgId());
        insert.setString(4, out.channel());
        insert.setString(5, out.address());
        insert.setString(6, out.rateKey());
        insert.setString(7, replyJson != null ? replyJson : ReplyJson.write(e.reply()));
        insert.setLong(8, out.notBefore() == null ? created : Math.max(created, out.notBefore().toEpochMilli()));
        insert.setLong(9, created);
        insert.executeUpdate();
    }
}
