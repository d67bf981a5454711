package dev.xiaoer.conversation;

import dev.xiaoer.store.Outbound;
import java.util.Objects;

/**
 * A seller's message as every transport hands it to {@link Conversations#receive}: what a transport
 * reads from its own request (the HTTP body, an IM platform's callback) and has already checked.
 *
 * @param conversationId the conversation it belongs to; a transport whose ids could collide with
 *                       another's keeps them apart (a prefix per platform, say)
 * @param msgId          the sender's id for this message, or null; a repeated one is answered with the
 *                       stored reply and changes nothing
 * @param senderId       who wrote, or null
 * @param outbound       where the reply must be pushed (an IM platform's send API, a callback), or null
 *                       when the transport carries it back itself; stored with the turn, so a reply is
 *                       delivered whenever its turn is committed
 */
public record Message(String conversationId, String text, String msgId, String senderId, Outbound outbound) {
    public Message {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
    }

    /** A message whose reply goes back the way it came. */
    public Message(String conversationId, String text, String msgId, String senderId) {
        this(conversationId, text, msgId, senderId, null);
    }
}
