package dev.xiaoer.conversation;

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
 */
public record Message(String conversationId, String text, String msgId, String senderId) {
    public Message {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
    }
}
