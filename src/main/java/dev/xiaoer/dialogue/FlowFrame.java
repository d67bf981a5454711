package dev.xiaoer.dialogue;

/** A flow and the step it is at: the active one, or one paused under it. */
public record FlowFrame(String flowId, String stepId) {
    public FlowFrame {
        if (flowId == null || stepId == null) {
            throw new IllegalArgumentException("a flow frame needs a flow and a step");
        }
    }
}
