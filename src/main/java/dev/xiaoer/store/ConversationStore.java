package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Where conversations live between messages: each one's session, its transcript, and the reply
 * given to each {@code msgId}; the {@link ConversationReader reads}, and the writes of the message
 * path and of staff. Narrow on purpose, so that one shared database can later serve several nodes
 * ({@link SqliteConversationStore} is the embedded one). Implementations are thread-safe.
 */
public interface ConversationStore extends ConversationReader {

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
     * When the exchange has an {@link Exchange#outbound} its reply is added to the {@link #outbox} in
     * the same transaction; a repeated msgId adds nothing.
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
     * One message's whole turn: what the store knows at its arrival, the exchange {@code decide} makes
     * of it, and its commit, with no other turn of the conversation in between, on this node or any
     * other that shares the store. {@code decide} is not called when {@code msgId} was answered
     * before and the store sees it at arrival (see {@link #arrival}): the future then completes with
     * the earlier reply. Otherwise it completes with the
     * exchange's own reply (the same instance) once stored, or with an earlier reply when a copy of
     * the message got in first; it fails with a {@link StoreException} when the store failed, or
     * with what {@code decide} threw.
     *
     * <p>This default suits a store that is its database's only writer and whose callers already run
     * a conversation's turns one at a time ({@code conversation.ConversationLanes}); a store shared by
     * several nodes holds a per-conversation lock in the database from the arrival to the commit.
     */
    default CompletableFuture<Reply> turn(String conversationId, String msgId, Function<Arrival, Exchange> decide) {
        return StoreTurns.turn(this, conversationId, msgId, decide, this::commitAsync);
    }

    /**
     * {@link #turn(String, String, Function)}, asking that the future be completed on {@code tellOn}
     * (the thread that will use the reply, such as the event loop of the connection it goes back on)
     * rather than on a thread of the store's own, when the store completes it on another thread at
     * all: then what the caller chains on it runs there without one more hand-over. A store that
     * completes its futures on the calling thread, or has no such thread, ignores it (this default).
     */
    default CompletableFuture<Reply> turn(String conversationId, String msgId, Executor tellOn,
                                          Function<Arrival, Exchange> decide) {
        return turn(conversationId, msgId, decide);
    }

    /**
     * Stores a session on its own, durably, with no message: a staff action between messages, such
     * as handing a conversation back to the bot. Callers order it with the conversation's messages.
     * Returns once the session is durable; it is written in order with the exchanges already given to
     * {@link #commitAsync} and not yet stored, so it never lands before an earlier message's session.
     */
    void saveSession(Session session);

    /**
     * Stores a staff member's reply durably: its transcript line and, when it has an
     * {@link StaffLine#outbound}, its outbox row, in one transaction; in order with the exchanges
     * already given to {@link #commitAsync}. Callers order it with the conversation's messages.
     */
    void saveStaffLine(StaffLine line);

    /** The replies committed to be pushed, and what became of their deliveries. */
    OutboxStore outbox();

    /**
     * Whether the store can write now, and what its integrity check found. A store that cannot write
     * fails every write with a {@link StoreException} until it can again; callers turn messages away
     * meanwhile rather than answer without a commit.
     */
    default StoreHealth health() {
        return StoreHealth.WRITABLE;
    }

    /** Finishes pending writes and releases the database. */
    @Override
    void close();
}
