package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.KnowledgeBase;
import java.time.Instant;

/**
 * Decides the bot's reply to one seller message, given what the conversation remembers. Pure: no
 * I/O and no state of its own, so the caller (the server, {@code chat}, {@code ask}) owns storing
 * the returned session before it sends the reply.
 */
public interface Dialogue {

    /**
     * @param session        the conversation's stored session, or null for a new conversation
     * @param conversationId the conversation the message belongs to
     * @param text           what the seller wrote
     * @param now            when the message came in (session expiry is measured against it)
     */
    Turn handle(Session session, String conversationId, String text, Instant now);

    /** The knowledge this dialogue answers from. */
    KnowledgeBase knowledge();
}
