package dev.xiaoer.dialogue;

import java.util.List;

/**
 * Where a conversation is in a guided flow, as the reply's {@code flow} object shows it;
 * {@code suspended} lists the flows paused under it, most recent first.
 */
public record FlowPosition(String id, String step, boolean done, List<FlowFrame> suspended) {
    public FlowPosition {
        suspended = List.copyOf(suspended);
    }

    /** A position with no flow paused under it. */
    public FlowPosition(String id, String step, boolean done) {
        this(id, step, done, List.of());
    }
}
