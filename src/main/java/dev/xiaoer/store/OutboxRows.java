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
        insert(e.outbound(), e.conversationId(), e.msgId() == null ? "x-" + UUID.randomUUID().toString().replace("-", "")
                : Outbound.deliveryId(e.outbound().channel(), e.conversationId(), e.msgId()), e.msgId(),
                replyJson != null ? replyJson : ReplyJson.write(e.reply()), e.repliedAt().toEpochMilli());
    }

    /** Adds a staff reply's delivery, under a delivery id derived from the line's own id. */
    void insert(StaffLine line, String replyJson) throws SQLException {
        insert(line.outbound(), line.conversationId(),
                Outbound.deliveryId(line.outbound().channel(), line.conversationId(), line.lineId()), null,
                replyJson, line.at().toEpochMilli());
    }

    private void insert(Outbound out, String conversationId, String deliveryId, String msgId, String replyJson,
                        long created) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("""
                    INSERT INTO outbox (delivery_id, conversation_id, msg_id, channel, address, rate_key, reply, state,
                                        attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)""");
        }
        insert.setString(1, deliveryId);
        insert.setString(2, conversationId);
        insert.setString(3, msgId);
        insert.setString(4, out.channel());
        insert.setString(5, out.address());
        insert.setString(6, out.rateKey());
        insert.setString(7, replyJson);
        insert.setLong(8, out.notBefore() == null ? created : Math.max(created, out.notBefore().toEpochMilli()));
        insert.setLong(9, created);
        insert.executeUpdate();
    }
}
