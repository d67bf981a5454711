package dev.xiaoer.store.pg;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.Outbound;
import dev.xiaoer.store.ReplyJson;
import dev.xiaoer.store.SessionColumns;
import dev.xiaoer.store.StaffLine;
import dev.xiaoer.store.StoreException;
import dev.xiaoer.store.StoredReplies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements of a turn inside its transaction: the conversation's lock, what is known at
 * arrival, and the writes of an exchange or a session. Each call is given the transaction's
 * connection; the driver keeps the statements prepared on it (it caches them per connection).
 */
final class PgTurns {
    /**
     * The conversation's lock for the rest of the transaction, on whichever node: a 64-bit hash of
     * its id in the database's own hash function, so every node computes the same key.
     */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(?, 7869))";

    static final String SESSION_COLUMNS = """
            flow_id, step_id, unreadable, fallbacks, clarify_options, handoff_reason, last_activity, traditional,
            suspended, told_items, last_entry""";

    /**
     * The earlier reply to a msgId, and the session's version and columns unless its version is the
     * one given (the node's cached copy is current then): one statement, one round trip.
     */
    private static final String ARRIVAL = """
            SELECT (SELECT reply FROM transcript WHERE conversation_id = ? AND msg_id = ? AND role = 'bot'),
                   s.version, s.flow_id, s.step_id, s.unreadable, s.fallbacks, s.clarify_options, s.handoff_reason,
                   s.last_activity, s.traditional, s.suspended, s.told_items, s.last_entry
            FROM (SELECT 1) one LEFT JOIN sessions s ON s.conversation_id = ? AND s.version <> ?""";


    /** What is known at arrival: an earlier reply, or the session when it is newer than {@code cachedVersion}. */
    record Known(Optional<Reply> earlier, Session fresh, long version) {
    }

    /** What a write stored: the reply now stored for the message, and the session's new version (0: none written). */
    record Written(Reply reply, long version) {
    }

    private PgTurns() {
    }

    static void lock(Connection c, String conversationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setString(1, conversationId);
            ps.executeQuery().close();
        }
    }

    /** @param cachedVersion the version of the node's cached session, or -1 when it has none */
    static Known arrival(Connection c, String conversationId, String msgId, long cachedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ARRIVAL)) {
            ps.setString(1, conversationId);
            ps.setString(2, msgId);
            ps.setString(3, conversationId);
            ps.setLong(4, cachedVersion);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String earlier = rs.getString(1);
                long version = rs.getLong(2);
                Session fresh = rs.wasNull() ? null : SessionColumns.read(conversationId, rs, 3);
                return new Known(earlier == null ? Optional.empty() : Optional.of(ReplyJson.read(earlier)), fresh,
                        fresh == null ? 0 : version);
            }
        }
    }

    static Optional<Reply> answered(Connection c, String conversationId, String msgId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(StoredReplies.QUERY)) {
            return StoredReplies.find(ps, conversationId, msgId);
        }
    }

    /** The seller's line, the bot's line with the reply, the outbox row and the session; or nothing when msgId was answered. */
    static Written exchange(Connection c, Exchange e) throws SQLException {
        String replyJson = e.msgId() == null ? null : ReplyJson.write(e.reply());
        long sellerLine;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, msg_id, sender_id, text, at)
                VALUES (?, 'seller', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")) {
            ps.setString(1, e.conversationId());
            ps.setString(2, e.msgId());
            ps.setString(3, e.senderId());
            ps.setString(4, e.text());
            ps.setLong(5, e.receivedAt().toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) { // only a msgId already answered conflicts
                    return new Written(answered(c, e.conversationId(), e.msgId()).orElseThrow(() -> new StoreException(
                            "the store has message " + e.msgId() + " but not its reply", null)), 0);
                }
                sellerLine = rs.getLong(1);
            }
        }
        Reply r = e.reply();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, reply_to, msg_id, text, kind, faq_id, confidence, at,
                                        handoff_reason, reply)
                VALUES (?, 'bot', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, e.conversationId());
            ps.setLong(2, sellerLine);
            ps.setString(3, e.msgId());
            ps.setString(4, r.text());
            ps.setString(5, r.kind().wire());
            ps.setString(6, r.faqId());
            ps.setDouble(7, r.confidence());
            ps.setLong(8, e.repliedAt().toEpochMilli());
            ps.setString(9, r.kind() == Kind.HANDOFF && e.session().handedOff() ? e.session().handoffReason().wire() : null);
            ps.setString(10, replyJson);
            ps.executeUpdate();
        }
        if (e.outbound() != null) {
            outbox(c, e, replyJson);
        }
        return new Written(r, session(c, e.session()));
    }

    private static void outbox(Connection c, Exchange e, String replyJson) throws SQLException {
        outbox(c, e.outbound(), e.conversationId(), e.msgId() == null ? "x-" + UUID.randomUUID().toString().replace("-", "")
                : Outbound.deliveryId(e.outbound().channel(), e.conversationId(), e.msgId()), e.msgId(),
                replyJson != null ? replyJson : ReplyJson.write(e.reply()), e.repliedAt().toEpochMilli());
    }

    private static void outbox(Connection c, Outbound out, String conversationId, String deliveryId, String msgId,
                               String replyJson, long created) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO outbox (delivery_id, conversation_id, msg_id, channel, address, rate_key, reply, state,
                                    attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)""")) {
            ps.setString(1, deliveryId);
            ps.setString(2, conversationId);
            ps.setString(3, msgId);
            ps.setString(4, out.channel());
            ps.setString(5, out.address());
            ps.setString(6, out.rateKey());
            ps.setString(7, replyJson);
            ps.setLong(8, out.notBefore() == null ? created : Math.max(created, out.notBefore().toEpochMilli()));
            ps.setLong(9, created);
            ps.executeUpdate();
        }
    }

    /** A staff member's reply: a bot line of its own kind, answering no seller line, and its outbox row. */
    static void staffLine(Connection c, StaffLine line) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, sender_id, text, kind, at)
                VALUES (?, 'bot', ?, ?, ?, ?)""")) {
            ps.setString(1, line.conversationId());
            ps.setString(2, line.staffId());
            ps.setString(3, line.reply().text());
            ps.setString(4, StaffLine.KIND);
            ps.setLong(5, line.at().toEpochMilli());
            ps.executeUpdate();
        }
        if (line.outbound() != null) {
            outbox(c, line.outbound(), line.conversationId(),
                    Outbound.deliveryId(line.outbound().channel(), line.conversationId(), line.lineId()), null,
                    ReplyJson.write(line.reply()), line.at().toEpochMilli());
        }
    }

    /**
     * Writes the session and returns its new version; {@code handed_off_at} is kept while it stays
     * handed off, and cleared when it is not.
     */
    static long session(Connection c, Session s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO sessions (conversation_id, version, flow_id, step_id, unreadable, fallbacks, clarify_options,
                                      handoff_reason, last_activity, handed_off_at, traditional, suspended,
                                      told_items, last_entry)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (conversation_id) DO UPDATE SET version = sessions.version + 1,
                  flow_id = excluded.flow_id, step_id = excluded.step_id,
                  unreadable = excluded.unreadable, fallbacks = excluded.fallbacks,
                  clarify_options = excluded.clarify_options, handoff_reason = excluded.handoff_reason,
                  last_activity = excluded.last_activity, traditional = excluded.traditional,
                  suspended = excluded.suspended, told_items = excluded.told_items, last_entry = excluded.last_entry,
                  handed_off_at = CASE WHEN excluded.handoff_reason IS NULL THEN NULL
                                       WHEN sessions.handoff_reason IS NULL THEN excluded.handed_off_at
                                       ELSE COALESCE(sessions.handed_off_at, excluded.handed_off_at) END
                RETURNING version""")) {
            SessionColumns.bind(ps, s.conversationId(), s, SessionColumns.clarifyJson(s.clarifyOptions()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
