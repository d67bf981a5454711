package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.Candidate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /**
     * The FAQ entries that best match {@code text}, best first, at most {@code limit}, whatever the
     * bot itself would reply: staff suggestions and the unanswered report use them. None by default.
     */
    default List<Candidate> candidates(String text, int limit) {
        return List.of();
    }

    /** What the bot says to ask step {@code stepId} of flow {@code flowId}, if both exist. */
    default Optional<String> prompt(String flowId, String stepId) {
        return knowledge().flow(flowId).map(f -> f.step(stepId)).map(FlowStep::say).map(String::strip);
    }
}
