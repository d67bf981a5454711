package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reads of the SQLite store ({@value #FILE} under the data directory) over a pool of read
 * connections. {@link #open} opens a file for reading only, beside a running service (WAL lets
 * readers and the writer work at once), for reports: it has no write to call. The serving store,
 * {@link SqliteConversationStore}, is this over its own pool, with the writes and a session cache.
 */
public sealed class SqliteConversationReader implements ConversationReader permits SqliteConversationStore {
    /** The database file's name inside the data directory. */
    public static final String FILE = "xiaoer.db";

    private static final String SESSION = """
            SELECT flow_id, step_id, unreadable, fallbacks, clarify_options, handoff_reason, last_activity,
                   traditional, suspended, told_items, last_entry
            FROM sessions WHERE conversation_id = ?""";

    /**
     * The stored reply to a msgId (null when none) and the session's columns (null when none), in one
     * row. A conversation's lines are keyed by its session's number (schema 8): with no session, no line.
     */
    private static final String ARRIVAL = """
            SELECT t.reply, t.text, t.kind, t.faq_id, t.confidence,
                   s.flow_id, s.step_id, s.unreadable, s.fallbacks, s.clarify_options, s.handoff_reason,
                   s.last_activity, s.traditional, s.suspended, s.told_items, s.last_entry
            FROM (SELECT 1) LEFT JOIN sessions s ON s.conversation_id = ?1
              LEFT JOIN transcript t ON t.conversation_no = s.no AND t.msg_id = ?2 AND t.role = 'bot'""";

    /** {@link StoredReplies#QUERY} by the transcript's key (schema 8); the same parameters. */
    private static final String ANSWERED = """
            SELECT reply, text, kind, faq_id, confidence FROM transcript
            WHERE conversation_no = (SELECT no FROM sessions WHERE conversation_id = ?) AND msg_id = ? AND role = 'bot'""";
    /** A conversation's lines by the transcript's key (schema 8). */
    private static final String LINES_BY_NUMBER = "conversation_no = (SELECT no FROM sessions WHERE conversation_id = ?)";
    /** The first schema whose lines are keyed by their conversation's number. */
    private static final int NUMBERED = 8;

    private final ReaderPool readers;
    private final BackofficeQueries backoffice;

    /** A reader of a file at the latest schema (the serving store migrates it first). */
    SqliteConversationReader(ReaderPool readers) {
        this(readers, Schema.latest());
    }

    private SqliteConversationReader(ReaderPool readers, int version) {
        this.readers = readers;
        // a file not migrated yet, opened for reading only, finds its lines by the conversation id
        this.backoffice = version >= NUMBERED ? new BackofficeQueries(readers, LINES_BY_NUMBER)
                : new BackofficeQueries(readers);
    }

    /**
     * Opens the store in {@code dataDir} for reading only: it writes nothing, migrates nothing, and
     * works while {@code serve} has the same file open. Refuses a missing database, and one written
     * by a newer xiaoer.
     */
    public static SqliteConversationReader open(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no conversation store in " + dataDir + " (" + FILE + " is missing)");
        }
        Connection c = null;
        try {
            c = SqliteConnections.readOnly(file);
            int version = Schema.version(c);
            if (version > Schema.latest() || version < 1) {
                throw new IllegalStateException("the store in " + dataDir + " has schema version " + version
                        + "; this xiaoer reads versions 1 to " + Schema.latest());
            }
            return new SqliteConversationReader(new ReaderPool(List.of(c)), version);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                SqliteConnections.closeQuietly(c);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot open the store in " + dataDir + " read-only: " + e.getMessage(), e);
        }
    }

    /** How many reads may run at once. */
    final int readerCount() {
        return readers.size();
    }

    /** The session as the file has it (the serving store looks in its cache first). */
    @Override
    public Optional<Session> session(String conversationId) {
        return readers.read(r -> {
            PreparedStatement ps = r.kept(SESSION);
            ps.setString(1, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(SessionColumns.read(conversationId, rs, 1));
            }
        });
    }

    /** The reply to {@code msgId} and the session, as the file has them, in one statement: one read transaction. */
    final Arrival arrivalFromFile(String conversationId, String msgId) {
        return readers.read(r -> {
            PreparedStatement ps = r.kept(ARRIVAL);
            ps.setString(1, conversationId);
            ps.setString(2, msgId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Reply earlier = StoredReplies.read(rs, 1, conversationId, msgId);
                rs.getLong(12);
                Optional<Session> session = rs.wasNull() ? Optional.empty()
                        : Optional.of(SessionColumns.read(conversationId, rs, 6));
                return new Arrival(Optional.ofNullable(earlier), session);
            }
        });
    }

    @Override
    public final Optional<Reply> answered(String conversationId, String msgId) {
        return readers.read(r -> StoredReplies.find(r.kept(ANSWERED), conversationId, msgId));
    }

    @Override
    public final List<TranscriptEntry> transcript(String conversationId) {
        return backoffice.transcript(conversationId);
    }

    @Override
    public final List<TranscriptEntry> recent(String conversationId, int limit) {
        return backoffice.recent(conversationId, limit);
    }

    @Override
    public final Page<TranscriptEntry> transcript(String conversationId, String after, int limit) {
        return backoffice.transcript(conversationId, after, limit);
    }

    @Override
    public final List<HandedOff> handedOff() {
        return backoffice.handedOff();
    }

    @Override
    public final Page<HandedOff> handedOff(String after, int limit) {
        return backoffice.handedOff(after, limit);
    }

    @Override
    public final List<Miss> misses(Instant since, double belowConfidence, int limit) {
        return backoffice.misses(since, belowConfidence, limit);
    }

    /** Closes the read connections, each once it is given back. */
    @Override
    public void close() {
        readers.close();
    }
}
