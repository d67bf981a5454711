package dev.xiaoer.dialogue;

import java.util.List;

/** The session changes one turn can make, as small pure functions over the immutable {@link Session}. */
final class Sessions {
    private Sessions() {
    }

    /** At step {@code stepId} of flow {@code flowId}; counters and pending clarify cleared. */
    static Session atStep(Session s, String flowId, String stepId) {
        return new Session(s.conversationId(), flowId, stepId, 0, 0, List.of(), s.handoffReason(), s.lastActivity());
    }

    /** Out of any flow; counters and pending clarify cleared. */
    static Session idle(Session s) {
        return atStep(s, null, null);
    }

    /** Same flow position, nothing pending: a turn that was understood. */
    static Session understood(Session s) {
        return atStep(s, s.flowId(), s.stepId());
    }

    static Session unreadable(Session s) {
        return new Session(s.conversationId(), s.flowId(), s.stepId(), s.unreadable() + 1, 0, List.of(),
                s.handoffReason(), s.lastActivity());
    }

    static Session fallback(Session s) {
        return new Session(s.conversationId(), s.flowId(), s.stepId(), 0, s.fallbacks() + 1, List.of(),
                s.handoffReason(), s.lastActivity());
    }

    static Session clarifying(Session s, List<String> faqIds) {
        return new Session(s.conversationId(), s.flowId(), s.stepId(), 0, 0, faqIds, s.handoffReason(),
                s.lastActivity());
    }

    /** With a person now: out of any flow, {@code reason} kept. */
    static Session handedOff(Session s, String reason) {
        return new Session(s.conversationId(), null, null, 0, 0, List.of(), reason, s.lastActivity());
    }
}
