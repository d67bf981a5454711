package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The reply given to a msgId, kept in the bot line of its exchange (schema 4; since SQLite's schema 10 only
 * what the line's columns do not hold, {@link ReplyJson#writeBeside}): one query, read for a
 * repeated message and when a commit finds its msgId answered. PostgreSQL's transcript is keyed by
 * the conversation id as {@link #QUERY} reads it; SQLite's by the conversation's number since its
 * schema 8 ({@code SqliteConversationReader}, {@code WriterConnection}), which read the same column.
 */
public final class StoredReplies {
    /** The bot line's columns {@link #read} reads, from its {@code reply} on. */
    static final String COLUMNS = "reply, text, kind, faq_id, confidence";
    /** Parameters: conversation id, msgId. */
    public static final String QUERY =
            "SELECT " + COLUMNS + " FROM transcript WHERE conversation_id = ? AND msg_id = ? AND role = 'bot'";

    private StoredReplies() {
    }

    /** The reply a msgId got, through {@code ps} (a {@link #QUERY} statement of a reader or the writer). */
    public static Optional<Reply> find(PreparedStatement ps, String conversationId, String msgId) throws SQLException {
        ps.setString(1, conversationId);
        ps.setString(2, msgId);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Reply reply = read(rs, 1, conversationId, msgId);
            if (reply == null) {
                throw missing(conversationId, msgId);
            }
            return Optional.of(reply);
        }
    }

    /**
     * The reply in the row's {@link #COLUMNS} from {@code column} on (the bot line of {@code msgId} in
     * {@code conversationId}), in either of its stored forms; null when the line has none.
     */
    static Reply read(ResultSet rs, int column, String conversationId, String msgId) throws SQLException {
        String json = rs.getString(column);
        if (json == null) {
            return null;
        }
        return ReplyJson.read(json, conversationId, msgId, rs.getString(column + 2), rs.getString(column + 1),
                rs.getString(column + 3), rs.getDouble(column + 4));
    }

    /** The store has the message but not its reply (written by a version before replies were kept). */
    static StoreException missing(String conversationId, String msgId) {
        return new StoreException("the store has message " + msgId + " of conversation " + conversationId
                + " but not the reply it was given", null);
    }
}
