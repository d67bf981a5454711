package dev.xiaoer.conversation;

import dev.xiaoer.dialogue.Reply;

/**
 * How a message ended, in the use case's words; each transport says it in its own (the HTTP API:
 * 200 with the reply, or a status and an error code; an IM channel: a reply sent, or the platform
 * left to retry). Every message ends in exactly one.
 */
public sealed interface Outcome permits Outcome.Answered, Outcome.Duplicate, Outcome.Rejected {

    /** Answered: the new session, the transcript and {@code reply} are stored durably. */
    record Answered(Reply reply) implements Outcome {
    }

    /** A msgId answered before: {@code reply} is the one stored then, given again; nothing changed. */
    record Duplicate(Reply reply) implements Outcome {
    }

    /** Turned away: nothing was stored, and the same message may be sent again. */
    enum Rejected implements Outcome {
        /** Too many messages are waiting for a worker; retry shortly. */
        BUSY,
        /** The service is stopping; retry against the next one. */
        SHUTTING_DOWN,
        /** No knowledge is loaded yet; retry shortly. */
        NOT_READY,
        /** The store could not read or write the conversation. */
        STORE_UNAVAILABLE,
        /** Something failed that should not have (a bug); logged with its cause. */
        FAILED
    }
}
