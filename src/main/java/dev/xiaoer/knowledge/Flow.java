package dev.xiaoer.knowledge;

import java.util.Map;

/** A guided multi-step task, as written in {@code knowledge/flows/<id>.yaml}. */
public record Flow(String id, String title, String start, Map<String, FlowStep> steps, Source source) {
    public Flow {
        steps = Map.copyOf(steps);
    }

    public FlowStep step(String stepId) {
        return stepId == null ? null : steps.get(stepId);
    }
}
