package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reads of the conversation store: a conversation's session, transcript and stored replies,
 * the handoff queue, and the questions the bot missed. Every {@link ConversationStore} is one; a
 * caller that only reads (a report, beside a running service) holds just this, and so cannot write:
 * see {@link SqliteConversationReader#open}. Implementations are thread-safe.
 */
public interface ConversationReader extends AutoCloseable {

    /** The conversation's session as last committed, or empty for a conversation never seen. */
    Optional<Session> session(String conversationId);

    /** The reply already given to {@code msgId} in this conversation, if any. */
    Optional<Reply> answered(String conversationId, String msgId);

    /** The conversation's whole transcript, oldest first (for tools; staff read it by {@link #transcript(String, String, int) pages}). */
    List<TranscriptEntry> transcript(String conversationId);

    /**
     * At most {@code limit} lines of the conversation's transcript, oldest first, from the start
     * ({@code after} null) or after the position a previous page gave as its {@link Page#next}.
     *
     * @throws IllegalArgumentException when {@code after} is not a position this store gave
     */
    Page<TranscriptEntry> transcript(String conversationId, String after, int limit);

    /** The last {@code limit} lines of the conversation's transcript, oldest first. */
    List<TranscriptEntry> recent(String conversationId, int limit);

    /** Conversations currently with a person (their session has a handoff reason), the longest waiting first. */
    List<HandedOff> handedOff();

    /**
     * At most {@code limit} of the {@link #handedOff()} queue, in its order, from its head ({@code after}
     * null) or after the position a previous page gave as its {@link Page#next}. Paging holds its place:
     * a conversation handed off or resolved meanwhile does not shift the pages that follow.
     *
     * @throws IllegalArgumentException when {@code after} is not a position this store gave
     */
    Page<HandedOff> handedOff(String after, int limit);

    /**
     * Messages the bot answered weakly since {@code since}: fallbacks, handoffs after fallbacks, and
     * answers whose confidence is below {@code belowConfidence}; oldest first, at most {@code limit}.
     */
    List<Miss> misses(Instant since, double belowConfidence, int limit);

    /** Releases the database (a store first finishes its pending writes). */
    @Override
    void close();
}
