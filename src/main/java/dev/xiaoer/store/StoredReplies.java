package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The reply given to a msgId, kept in the bot line of its exchange (schema 4): one query, read for a
 * repeated message and when a commit finds its msgId answered. PostgreSQL's transcript is keyed by
 * the conversation id as {@link #QUERY} reads it; SQLite's by the conversation's number since its
 * schema 8 ({@code SqliteConversationReader}, {@code WriterConnection}), which read the same column.
 */
public final class StoredReplies {
    /** Parameters: conversation id, msgId. */
    public static final String QUERY =
            "SELECT reply FROM transcript WHERE conversation_id = ? AND msg_id = ? AND role = 'bot'";

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
            String json = rs.getString(1);
            if (json == null) {
                throw missing(conversationId, msgId);
            }
            return Optional.of(ReplyJson.read(json));
        }
    }

    /** The store has the message but not its reply (written by a version before replies were kept). */
    static StoreException missing(String conversationId, String msgId) {
        return new StoreException("the store has message " + msgId + " of conversation " + conversationId
                + " but not the reply it was given", null);
    }
}
