package dev.xiaoer.dialogue;

import java.time.Instant;
import java.util.List;

/**
 * Everything the dialogue remembers of one conversation between two messages. Immutable: each
 * turn returns the next session, which the store commits before the reply goes out.
 *
 * @param flowId         the active flow, or null
 * @param stepId         the current step of the active flow, or null
 * @param unreadable     answers in a row that the current step could not read
 * @param fallbacks      fallbacks in a row
 * @param clarifyOptions the FAQ ids offered by the last clarify, which a reply of 1, 2… picks
 * @param handoffReason  why the conversation is with a person, or null while the bot answers
 * @param lastActivity   when the last message came in
 * @param traditional    the seller writes in Traditional script: replies to script-neutral messages
 *                       (2, ok, 👌) stay in it
 */
public record Session(String conversationId, String flowId, String stepId, int unreadable, int fallbacks,
                      List<String> clarifyOptions, String handoffReason, Instant lastActivity, boolean traditional) {

    public Session {
        clarifyOptions = List.copyOf(clarifyOptions);
    }

    /** A session of a seller writing in Simplified script. */
    public Session(String conversationId, String flowId, String stepId, int unreadable, int fallbacks,
                   List<String> clarifyOptions, String handoffReason, Instant lastActivity) {
        this(conversationId, flowId, stepId, unreadable, fallbacks, clarifyOptions, handoffReason, lastActivity, false);
    }

    /** This session, with the seller's script. */
    public Session withTraditional(boolean isTraditional) {
        return isTraditional == traditional ? this : new Session(conversationId, flowId, stepId, unreadable, fallbacks,
                clarifyOptions, handoffReason, lastActivity, isTraditional);
    }

    /** A conversation nobody has written in yet. */
    public static Session fresh(String conversationId, Instant now) {
        return new Session(conversationId, null, null, 0, 0, List.of(), null, now);
    }

    public boolean inFlow() {
        return flowId != null;
    }

    public boolean handedOff() {
        return handoffReason != null;
    }
}
