package dev.xiaoer.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A guided multi-step task, as written in {@code knowledge/flows/<id>.yaml}. {@code covers} names
 * the FAQ entries whose questions the flow walks a seller through (waybill-fix: modify, fill-missing,
 * reship, online): a question that could be any of them starts the flow, whose first step tells
 * them apart. {@code coversSource} is where that list is written (the flow's own source when absent).
 * {@code asksFirst} are the covered entries whose answer holds only for one answer to the first step
 * (补填运单号 in 发货管理 is for a seller who shipped through their own courier): a question one of them
 * answers starts the flow instead, unless it already answers the first step.
 */
public record Flow(String id, String title, String start, Map<String, FlowStep> steps, List<String> covers,
                   List<String> asksFirst, Source source, Source coversSource) {
    public Flow {
        steps = FileOrder.copyOf(steps);
        covers = List.copyOf(covers);
        asksFirst = List.copyOf(asksFirst);
    }

    /** A flow that covers no entries. */
    public Flow(String id, String title, String start, Map<String, FlowStep> steps, Source source) {
        this(id, title, start, steps, List.of(), List.of(), source, source);
    }

    /** The steps that ask something and from which step {@code stepId} can be reached: where a seller was before. */
    public List<FlowStep> stepsBefore(String stepId) {
        List<FlowStep> before = new ArrayList<>();
        for (FlowStep other : steps.values()) {
            if (!other.id().equals(stepId) && !other.isEnd() && leadsTo(other, stepId)) {
                before.add(other);
            }
        }
        return before;
    }

    private boolean leadsTo(FlowStep from, String target) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        from.options().stream().map(StepOption::next).filter(Objects::nonNull).forEach(todo::push);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(target)) {
                return true;
            }
            FlowStep next = steps.get(id);
            if (next != null && seen.add(id)) {
                next.options().stream().map(StepOption::next).filter(Objects::nonNull).forEach(todo::push);
            }
        }
        return false;
    }

    public FlowStep step(String stepId) {
        return stepId == null ? null : steps.get(stepId);
    }
}
