package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where conversations live between messages: each one's session, its transcript, and the reply
 * given to each {@code msgId}. Narrow on purpose, so that one shared database can later serve
 * several nodes. Implementations are thread-safe.
 */
public interface ConversationStore extends AutoCloseable {

    /** The conversation's session as last committed, or empty for a conversation never seen. */
    Optional<Session> session(String conversationId);

    /** The reply already given to {@code msgId} in this conversation, if any. */
    Optional<Reply> answered(String conversationId, String msgId);

    /**
     * What every message needs before the dialogue runs: the {@link #session}, and the reply
     * {@code msgId} already got. Implementations answer it in one read or from memory; they may
     * leave {@code earlier} empty for a msgId they cannot see at once (not the conversation's last
     * one), because {@link #commit} finds it in any case and keeps the first reply.
     */
    default Arrival arrival(String conversationId, String msgId) {
        return new Arrival(msgId == null ? Optional.empty() : answered(conversationId, msgId), session(conversationId));
    }

    /**
     * Stores one exchange atomically and durably: the new session, the seller's message and the
     * bot's reply in the transcript, and the reply under its {@code msgId}. When the msgId was
     * already answered nothing changes and the earlier reply is returned.
     *
     * @return the reply now stored for this message: the exchange's, or the earlier one
     */
    Reply commit(Exchange exchange);

    /**
     * {@link #commit} without waiting: the future completes with the stored reply once the exchange
     * is durable, or fails with a {@link StoreException}. Callers that do not block while the
     * exchange is written let many exchanges share one write to disk.
     */
    default CompletableFuture<Reply> commitAsync(Exchange exchange) {
        try {
            return CompletableFuture.completedFuture(commit(exchange));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Stores a session on its own, durably, with no message: a staff action between messages, such
     * as handing a conversation back to the bot. Callers order it with the conversation's messages.
     * Returns once the session is durable; it is written in order with the exchanges already given to
     * {@link #commitAsync} and not yet stored, so it never lands before an earlier message's session.
     */
    void saveSession(Session session);

    /** The conversation's transcript, oldest first. */
    List<TranscriptEntry> transcript(String conversationId);

    /** The last {@code limit} lines of the conversation's transcript, oldest first. */
    List<TranscriptEntry> recent(String conversationId, int limit);

    /** Conversations currently with a person (their session has a handoff reason), the longest waiting first. */
    List<HandedOff> handedOff();

    /**
     * Messages the bot answered weakly since {@code since}: fallbacks, and answers whose confidence
     * is below {@code belowConfidence}; oldest first, at most {@code limit}.
     */
    List<Miss> misses(Instant since, double belowConfidence, int limit);

    /** Finishes pending writes and releases the database. */
    @Override
    void close();
}
