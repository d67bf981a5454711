package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Branch;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import java.util.List;
import java.util.Map;

/**
 * Runs guided flows as data: starts a flow, takes the branch an answer picks, repeats or re-asks
 * the current step. Knows nothing of any particular flow.
 */
final class FlowRunner {
    /** Unreadable answers in a row after which the conversation is handed to a person. */
    static final int HANDOFF_AFTER = 3;

    private final Replies replies;

    FlowRunner(Replies replies) {
        this.replies = replies;
    }

    /** Starts {@code flow}, asked by FAQ {@code entry}; {@code replaced} is the flow it ends, or null. */
    Turn start(Session s, Flow flow, FaqEntry entry, double confidence, Flow replaced) {
        FlowStep first = flow.step(flow.start());
        String lead = replaced == null ? null : replies.message("flow-replaced", Map.of("flow", flow.title()));
        return enter(s, flow, first, lead, entry == null ? null : entry.id(), confidence,
                entry == null ? List.of() : replies.related(entry));
    }

    /** Takes {@code branch} from the current step. */
    Turn follow(Session s, Flow flow, FlowStep current, Branch branch) {
        if (branch.stays()) {
            String text = branch.say() != null ? branch.say() : replies.prompt(current);
            return turn(s.understood(), Kind.FLOW, text, null, 1.0, replies.options(current),
                    new FlowPosition(flow.id(), current.id(), false), List.of());
        }
        return enter(s, flow, flow.step(branch.next()), branch.say(), null, 1.0, List.of());
    }

    /** Says the current step again (继续, or the flow's own question asked again). */
    Turn repeat(Session s, Flow flow, FlowStep current, String lead) {
        return turn(s.understood(), Kind.FLOW, Replies.join(lead, replies.prompt(current)), null, 1.0,
                replies.options(current), new FlowPosition(flow.id(), current.id(), false), List.of());
    }

    /**
     * A short re-ask with the options, after an answer the step could not read; the third in a row
     * ends the flow and hands the conversation to a person.
     */
    Turn reask(Session s, Flow flow, FlowStep current) {
        Session next = s.unreadableAnswer();
        if (next.unreadable() >= HANDOFF_AFTER) {
            return turn(next.handedOff(HandoffReason.UNREADABLE), Kind.HANDOFF,
                    replies.message("handoff-unreadable").strip(), null, 1.0, List.of(),
                    new FlowPosition(flow.id(), current.id(), true), List.of());
        }
        String text = Replies.join(replies.message("reask", Map.of("options", replies.reaskOptions(current))),
                current.help());
        return turn(next, Kind.FLOW, text, null, 0, replies.options(current),
                new FlowPosition(flow.id(), current.id(), false), List.of());
    }

    /** Ends the active flow on the seller's request. */
    Turn cancel(Session s, Flow flow, FlowStep current) {
        return turn(s.idle(), Kind.CANCEL, replies.message("cancel", Map.of("flow", flow.title())), null, 1.0,
                List.of(), new FlowPosition(flow.id(), current.id(), true), List.of());
    }

    private Turn enter(Session s, Flow flow, FlowStep step, String lead, String faqId, double confidence,
                       List<Related> related) {
        if (step.isEnd()) {
            String text = Replies.join(lead, replies.prompt(step),
                    replies.message("flow-finished", Map.of("flow", flow.title())));
            return turn(s.idle(), Kind.FLOW, text, faqId, confidence, List.of(),
                    new FlowPosition(flow.id(), step.id(), true), related);
        }
        return turn(s.atStep(flow.id(), step.id()), Kind.FLOW, Replies.join(lead, replies.prompt(step)),
                faqId, confidence, replies.options(step), new FlowPosition(flow.id(), step.id(), false), related);
    }

    static Turn turn(Session s, Kind kind, String text, String faqId, double confidence, List<Object> options,
                     FlowPosition flow, List<Related> related) {
        return new Turn(s, new Reply(s.conversationId(), null, kind, text, faqId, confidence, options, flow, related));
    }
}
