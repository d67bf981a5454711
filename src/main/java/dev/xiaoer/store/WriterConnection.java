package dev.xiaoer.store;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's one read-write connection and the statements of a write: an exchange is a seller
 * line, a bot line (holding the reply under its msgId) and the session; a staff action is the
 * session alone. Used by the writer thread only; a failed transaction is rolled back here, so the
 * connection is ready for the next one.
 */
final class WriterConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriterConnection.class);
    /**
     * Log pages after which the writer checkpoints itself (SQLite's default is 1,000). Under steady
     * writes the background checkpoints never quite catch up, and only the writer can restart the
     * log from its beginning: this is what bounds the log (~17 MB), with little left to copy by then.
     */
    private static final int CHECKPOINT_PAGES = 4_000;

    private final Connection connection;
    // prepared once, on first use
    private PreparedStatement findReply;
    private PreparedStatement upsertSession;
    private PreparedStatement insertSellerLine;
    private PreparedStatement insertBotLine;
    private final OutboxRows outbox;

    /** @param connection a read-write connection to a migrated database; closed by {@link #close} */
    WriterConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.outbox = new OutboxRows(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + CHECKPOINT_PAGES);
        }
        connection.setAutoCommit(false);
    }

    /**
     * All of {@code batch} in one transaction; when that fails, each on its own, so that one bad
     * write fails alone. Returns each write's outcome, in order.
     */
    WriteOutcome[] writeTogether(List<PendingWrite> batch) {
        WriteOutcome[] outcomes = new WriteOutcome[batch.size()];
        try {
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = write(batch.get(i));
            }
            connection.commit();
            return outcomes;
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (outcomes.length == 1) {
                outcomes[0] = failed(e);
                return outcomes;
            }
            log.warn("store: a group commit of {} failed ({}); writing them one by one", outcomes.length, e.toString());
        }
        for (int i = 0; i < outcomes.length; i++) {
            try {
                outcomes[i] = write(batch.get(i));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback();
                outcomes[i] = failed(e);
            }
        }
        return outcomes;
    }

    private static WriteOutcome failed(Exception e) {
        return new WriteOutcome.Failed(new StoreException("store write failed: " + e.getMessage(), e));
    }

    private WriteOutcome write(PendingWrite write) throws SQLException {
        prepare();
        if (write.exchange() == null) {
            upsert(write.session().conversationId(), write.session(), write.clarifyJson());
            return WriteOutcome.Stored.AS_GIVEN;
        }
        Exchange e = write.exchange();
        PreparedStatement seller = insertSellerLine;
        seller.setString(1, e.conversationId());
        seller.setString(2, e.msgId());
        seller.setString(3, e.senderId());
        seller.setString(4, e.text());
        seller.setLong(5, e.receivedAt().toEpochMilli());
        if (seller.executeUpdate() == 0) { // only a msgId already answered conflicts
            return new WriteOutcome.AlreadyAnswered(StoredReplies.find(findReply, e.conversationId(), e.msgId())
                    .orElseThrow(() -> StoredReplies.missing(e.conversationId(), e.msgId())));
        }
        Reply r = e.reply();
        PreparedStatement bot = insertBotLine;
        bot.setString(1, e.conversationId());
        bot.setString(2, e.msgId());
        bot.setString(3, r.text());
        bot.setString(4, r.kind().wire());
        bot.setString(5, r.faqId());
        bot.setDouble(6, r.confidence());
        bot.setLong(7, e.repliedAt().toEpochMilli());
        bot.setString(8, r.kind() == Kind.HANDOFF && e.session().handedOff() ? e.session().handoffReason().wire() : null);
        bot.setString(9, write.replyJson());
        bot.executeUpdate();
        if (e.outbound() != null) {
            outbox.insert(e, write.replyJson());
        }
        upsert(e.conversationId(), e.session(), write.clarifyJson());
        return WriteOutcome.Stored.AS_GIVEN;
    }

    /** Writes the session; {@code handed_off_at} is kept while it stays handed off, and cleared when it is not. */
    private void upsert(String conversationId, Session s, String clarifyJson) throws SQLException {
        PreparedStatement ps = upsertSession;
        ps.setString(1, conversationId);
        ps.setString(2, s.flowId());
        ps.setString(3, s.stepId());
        ps.setInt(4, s.unreadable());
        ps.setInt(5, s.fallbacks());
        ps.setString(6, clarifyJson);
        ps.setString(7, s.handedOff() ? s.handoffReason().wire() : null);
        ps.setLong(8, s.lastActivity().toEpochMilli());
        if (s.handedOff()) {
            ps.setLong(9, s.lastActivity().toEpochMilli());
        } else {
            ps.setNull(9, Types.INTEGER);
        }
        ps.setInt(10, s.traditional() ? 1 : 0);
        ps.setString(11, SessionColumns.suspendedJson(s.suspended()));
        ps.executeUpdate();
    }

    private void prepare() throws SQLException {
        if (findReply != null) {
            return;
        }
        PreparedStatement find = connection.prepareStatement(StoredReplies.QUERY);
        // handed_off_at is kept while the conversation stays handed off, and cleared when it is not
        upsertSession = connection.prepareStatement("""
                INSERT INTO sessions (conversation_id, flow_id, step_id, unreadable, fallbacks, clarify_options,
                                      handoff_reason, last_activity, handed_off_at, traditional, suspended)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (conversation_id) DO UPDATE SET flow_id = excluded.flow_id, step_id = excluded.step_id,
                  unreadable = excluded.unreadable, fallbacks = excluded.fallbacks,
                  clarify_options = excluded.clarify_options, handoff_reason = excluded.handoff_reason,
                  last_activity = excluded.last_activity, traditional = excluded.traditional,
                  suspended = excluded.suspended,
                  handed_off_at = CASE WHEN excluded.handoff_reason IS NULL THEN NULL
                                       WHEN sessions.handoff_reason IS NULL THEN excluded.handed_off_at
                                       ELSE COALESCE(sessions.handed_off_at, excluded.handed_off_at) END""");
        // a msgId already answered conflicts on transcript_by_msg: nothing is written, and the writer
        // looks up the first reply; so a new message costs no lookup of its own
        insertSellerLine = connection.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, msg_id, sender_id, text, at)
                VALUES (?, 'seller', ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        // written right after its seller line, whose row id last_insert_rowid() still is
        insertBotLine = connection.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, reply_to, msg_id, text, kind, faq_id, confidence, at,
                                        handoff_reason, reply)
                VALUES (?, 'bot', last_insert_rowid(), ?, ?, ?, ?, ?, ?, ?, ?)""");
        findReply = find; // last: a failure above prepares all again on the next write
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("store: rollback failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        SqliteConnections.closeQuietly(connection);
    }
}
