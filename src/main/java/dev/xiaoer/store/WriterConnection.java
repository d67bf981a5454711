package dev.xiaoer.store;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's one read-write connection and the statements of a write: an exchange is a seller
 * line, a bot line (holding the reply under its msgId) and the session; a staff action is the
 * session alone. Used by the writer thread only; a failed transaction is rolled back here, so the
 * connection is ready for the next one.
 *
 * <p>Transactions are begun and ended here with SQL ({@code BEGIN IMMEDIATE}, {@code COMMIT},
 * {@code ROLLBACK}), not through the driver's auto-commit: when a commit fails for a full disk
 * SQLite may roll the transaction back by itself, and the driver, which begins its next transaction
 * only after a commit or rollback of its own succeeds, was then left out of step, running every
 * later statement in auto-commit and failing every later commit ("no transaction is active") even
 * once there was room again. A failure that is the disk's or the file's rather than the write's
 * ({@link #fault()}: full, read-only, an I/O error) fails the whole batch; the writer then retries
 * with {@link #probe()} until it passes.
 *
 * <p>Every line is written under its conversation's number ({@code sessions.no}, schema 8), which
 * leads the transcript's key: the writer gives a new conversation the next number before its first
 * line, and keeps the numbers of the conversations it wrote recently, so that an exchange costs no
 * look-up of its own. Numbers are given by this connection only (one writer per file), never twice:
 * one given to a write that was then rolled back is kept for that conversation, or left unused.
 */
final class WriterConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriterConnection.class);
    /**
     * Log pages after which the writer checkpoints itself (SQLite's default is 1,000). Under steady
     * writes the background checkpoints never quite catch up, and only the writer can restart the
     * log from its beginning: this is what bounds the log (~17 MB), with little left to copy by then.
     */
    private static final int CHECKPOINT_PAGES = 4_000;
    /** Conversations whose number is kept: as many as the store keeps sessions of. */
    private static final int KEPT_NUMBERS = 4_096;

    private final Connection connection;
    /** Begins and ends transactions. */
    private final Statement control;
    /** Why the last batch or probe could not be written at all, or null. */
    private String fault;
    // prepared once, on first use
    /** {@code BEGIN IMMEDIATE} and {@code COMMIT} of a group commit: a plain statement would compile them every time. */
    private PreparedStatement begin;
    private PreparedStatement commit;
    private PreparedStatement findReply;
    private PreparedStatement upsertSession;
    private PreparedStatement insertSellerLine;
    private PreparedStatement insertBotLine;
    private PreparedStatement insertStaffLine;
    private PreparedStatement findNumber;
    private final OutboxRows outbox;
    /** The numbers of the conversations written most recently (as given, whether or not their write committed). */
    private final Map<String, Long> numbers = new LinkedHashMap<>(KEPT_NUMBERS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > KEPT_NUMBERS;
        }
    };
    /** The number the next new conversation gets: above every number the file holds or this writer gave. */
    private long nextNumber;

    /** @param connection a read-write connection to a migrated database; closed by {@link #close} */
    WriterConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.outbox = new OutboxRows(connection);
        connection.setAutoCommit(true); // transactions are this class's own, in SQL
        this.control = connection.createStatement();
        control.execute("PRAGMA wal_autocheckpoint = " + CHECKPOINT_PAGES);
        try (ResultSet rs = control.executeQuery("SELECT COALESCE(MAX(no), 0) + 1 FROM sessions")) {
            nextNumber = rs.next() ? rs.getLong(1) : 1;
        }
    }

    /**
     * The conversation's number: kept, else as the file has it, else the next one (a new
     * conversation; its session row, written in the same transaction, keeps it).
     */
    private long number(String conversationId) throws SQLException {
        Long kept = numbers.get(conversationId);
        if (kept != null) {
            return kept;
        }
        long no;
        findNumber.setString(1, conversationId);
        try (ResultSet rs = findNumber.executeQuery()) {
            no = rs.next() ? rs.getLong(1) : nextNumber++;
        }
        numbers.put(conversationId, no);
        return no;
    }

    /**
     * Why the last {@link #writeTogether} or {@link #probe} could not write at all (the disk is full,
     * the file read-only, an I/O error), or null when it could: each write then had its own outcome.
     */
    String fault() {
        return fault;
    }

    /**
     * Writes one small change (the schema version, unchanged) in a transaction of its own: whether
     * the store can write now. Returns null when it could, else why not (also {@link #fault()}).
     */
    String probe() {
        fault = null;
        try {
            control.execute("BEGIN IMMEDIATE");
            control.executeUpdate("UPDATE schema_version SET version = version");
            control.execute("COMMIT");
            return null;
        } catch (SQLException e) {
            rollback();
            forgetStatements();
            fault = Faults.of(e);
            return fault != null ? fault : "the store cannot write: " + e.getMessage();
        }
    }

    /**
     * All of {@code batch} in one transaction; when that fails, each on its own, so that one bad
     * write fails alone. Returns each write's outcome, in order.
     */
    WriteOutcome[] writeTogether(List<PendingWrite> batch) {
        fault = null;
        WriteOutcome[] outcomes = new WriteOutcome[batch.size()];
        try {
            prepare();
            begin.execute();
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = write(batch.get(i));
            }
            commit.execute();
            return outcomes;
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (unwritable(e, outcomes, 0) || outcomes.length == 1) {
                if (outcomes.length == 1 && fault == null) {
                    outcomes[0] = failed(e);
                }
                return outcomes;
            }
            log.warn("store: a group commit of {} failed ({}); writing them one by one", outcomes.length, e.toString());
        }
        for (int i = 0; i < outcomes.length; i++) {
            try {
                prepare();
                begin.execute();
                outcomes[i] = write(batch.get(i));
                commit.execute();
            } catch (SQLException | RuntimeException e) {
                rollback();
                if (unwritable(e, outcomes, i)) {
                    return outcomes; // those before are committed and keep their outcomes
                }
                outcomes[i] = failed(e);
            }
        }
        return outcomes;
    }

    /**
     * When {@code e} is the disk's or the file's failure, not the write's: records it as the
     * {@link #fault}, fails the writes from {@code from} on with it (none of them is stored), and
     * prepares the statements afresh for the next attempt.
     */
    private boolean unwritable(Exception e, WriteOutcome[] outcomes, int from) {
        String why = e instanceof SQLException se ? Faults.of(se) : null;
        if (why == null) {
            return false;
        }
        fault = why;
        forgetStatements();
        WriteOutcome failed = new WriteOutcome.Failed(new StoreException("the store cannot write: " + why, e));
        for (int i = from; i < outcomes.length; i++) {
            outcomes[i] = failed;
        }
        return true;
    }

    private static WriteOutcome failed(Exception e) {
        return new WriteOutcome.Failed(new StoreException("store write failed: " + e.getMessage(), e));
    }

    private WriteOutcome write(PendingWrite write) throws SQLException {
        if (write.staff() != null) {
            StaffLine line = write.staff();
            PreparedStatement ps = insertStaffLine;
            ps.setString(1, line.conversationId());
            ps.setString(2, line.staffId());
            ps.setString(3, line.reply().text());
            ps.setString(4, StaffLine.KIND);
            ps.setLong(5, line.at().toEpochMilli());
            ps.setLong(6, number(line.conversationId()));
            ps.executeUpdate();
            if (line.outbound() != null) {
                outbox.insert(line, write.replyJson());
            }
            return WriteOutcome.Stored.AS_GIVEN;
        }
        if (write.exchange() == null) {
            String cid = write.session().conversationId();
            upsert(cid, number(cid), write.session(), write.clarifyJson());
            return WriteOutcome.Stored.AS_GIVEN;
        }
        Exchange e = write.exchange();
        long no = number(e.conversationId());
        PreparedStatement seller = insertSellerLine;
        seller.setString(1, e.conversationId());
        seller.setString(2, e.msgId());
        seller.setString(3, e.senderId());
        seller.setString(4, e.text());
        seller.setLong(5, e.receivedAt().toEpochMilli());
        seller.setLong(6, no);
        if (seller.executeUpdate() == 0) { // only a msgId already answered conflicts
            return new WriteOutcome.AlreadyAnswered(findReply(no, e.conversationId(), e.msgId())
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
        bot.setLong(10, no);
        bot.executeUpdate();
        if (e.outbound() != null) {
            outbox.insert(e, write.replyJson());
        }
        upsert(e.conversationId(), no, e.session(), write.clarifyJson());
        return WriteOutcome.Stored.AS_GIVEN;
    }

    /** The reply the conversation's msgId got, by the transcript's key. */
    private Optional<Reply> findReply(long no, String conversationId, String msgId) throws SQLException {
        findReply.setLong(1, no);
        findReply.setString(2, msgId);
        try (ResultSet rs = findReply.executeQuery()) {
            return rs.next() ? Optional.ofNullable(StoredReplies.read(rs, 1, conversationId, msgId)) : Optional.empty();
        }
    }

    /**
     * Writes the session; {@code handed_off_at} is kept while it stays handed off, and cleared when it
     * is not; a new one gets the conversation's number {@code no}.
     */
    private void upsert(String conversationId, long no, Session s, String clarifyJson) throws SQLException {
        PreparedStatement ps = upsertSession;
        SessionColumns.bind(ps, conversationId, s, clarifyJson);
        ps.setLong(14, no);
        ps.executeUpdate();
    }

    private void prepare() throws SQLException {
        if (findReply != null) {
            return;
        }
        PreparedStatement find = connection.prepareStatement(
                "SELECT " + StoredReplies.COLUMNS + " FROM transcript WHERE conversation_no = ? AND msg_id = ? AND role = 'bot'");
        findNumber = connection.prepareStatement("SELECT no FROM sessions WHERE conversation_id = ?");
        begin = connection.prepareStatement("BEGIN IMMEDIATE");
        commit = connection.prepareStatement("COMMIT");
        // handed_off_at is kept while the conversation stays handed off, and cleared when it is not
        upsertSession = connection.prepareStatement("""
                INSERT INTO sessions (conversation_id, flow_id, step_id, unreadable, fallbacks, clarify_options,
                                      handoff_reason, last_activity, handed_off_at, traditional, suspended,
                                      told_items, last_entry, no)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (conversation_id) DO UPDATE SET flow_id = excluded.flow_id, step_id = excluded.step_id,
                  unreadable = excluded.unreadable, fallbacks = excluded.fallbacks,
                  clarify_options = excluded.clarify_options, handoff_reason = excluded.handoff_reason,
                  last_activity = excluded.last_activity, traditional = excluded.traditional,
                  suspended = excluded.suspended, told_items = excluded.told_items, last_entry = excluded.last_entry,
                  handed_off_at = CASE WHEN excluded.handoff_reason IS NULL THEN NULL
                                       WHEN sessions.handoff_reason IS NULL THEN excluded.handed_off_at
                                       ELSE COALESCE(sessions.handed_off_at, excluded.handed_off_at) END""");
        // a msgId already answered conflicts on transcript_by_msg: nothing is written, and the writer
        // looks up the first reply; so a new message costs no lookup of its own
        insertSellerLine = connection.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, msg_id, sender_id, text, at, conversation_no)
                VALUES (?, 'seller', ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        // written right after its seller line, whose row id last_insert_rowid() still is
        insertBotLine = connection.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, reply_to, msg_id, text, kind, faq_id, confidence, at,
                                        handoff_reason, reply, conversation_no)
                VALUES (?, 'bot', last_insert_rowid(), ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        // a staff reply: a bot line of its own kind, answering no seller line and under no msgId
        insertStaffLine = connection.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, sender_id, text, kind, at, conversation_no)
                VALUES (?, 'bot', ?, ?, ?, ?, ?)""");
        findReply = find; // last: a failure above prepares all again on the next write
    }

    /** Ends the transaction, if one is open (SQLite may have rolled it back already). */
    private void rollback() {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                log.warn("store: rollback failed: {}", e.toString());
            }
        }
    }

    /** Closes the prepared statements (a failed one may be left mid-way): the next write prepares them anew. */
    private void forgetStatements() {
        for (PreparedStatement ps : new PreparedStatement[] {begin, commit, findReply, upsertSession, insertSellerLine,
                insertBotLine, insertStaffLine, findNumber}) {
            if (ps != null) {
                SqliteConnections.closeQuietly(ps);
            }
        }
        begin = null;
        commit = null;
        findReply = null;
        upsertSession = null;
        insertSellerLine = null;
        insertBotLine = null;
        insertStaffLine = null;
        findNumber = null;
        outbox.forgetStatement();
    }

    @Override
    public void close() {
        forgetStatements();
        SqliteConnections.closeQuietly(control);
        SqliteConnections.closeQuietly(connection);
    }
}
