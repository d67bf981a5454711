package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.time.Instant;
import java.util.Objects;

/**
 * One message and its answer, as the store commits them together.
 *
 * @param msgId      the client's message id, or null when it sent none
 * @param senderId   who wrote, or null
 * @param session    the session after this turn
 * @param receivedAt when the message came in
 * @param repliedAt  when the reply was decided
 * @param outbound   where the reply must be pushed, or null when the transport carries it itself;
 *                   committed as an outbox row in the same transaction as the turn
 */
public record Exchange(String conversationId, String msgId, String senderId, String text, Instant receivedAt,
                       Session session, Reply reply, Instant repliedAt, Outbound outbound) {

    /** An exchange whose reply goes back the way its message came. */
    public Exchange(String conversationId, String msgId, String senderId, String text, Instant receivedAt,
                    Session session, Reply reply, Instant repliedAt) {
        this(conversationId, msgId, senderId, text, receivedAt, session, reply, repliedAt, null);
    }

    public Exchange {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(repliedAt, "repliedAt");
    }
}
