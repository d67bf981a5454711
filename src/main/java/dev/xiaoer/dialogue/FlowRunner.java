package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.knowledge.StepOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs guided flows as data: starts a flow (pausing the active one under it), takes the option an
 * answer picked, repeats or re-asks the current step, cancels, and resumes a paused flow. Knows
 * nothing of any particular flow.
 */
final class FlowRunner {
    /** Unclear answers in a row after which the conversation is handed to a person. */
    static final int HANDOFF_AFTER = 3;

    private final KnowledgeBase kb;
    private final Replies replies;

    FlowRunner(KnowledgeBase kb, Replies replies) {
        this.kb = kb;
        this.replies = replies;
    }

    /** Where {@code s} is: its active flow and step, with the flows paused under it. */
    static FlowPosition position(Session s) {
        return s.inFlow() ? new FlowPosition(s.flowId(), s.stepId(), false, s.suspended()) : null;
    }

    /**
     * Starts {@code flow}, asked by FAQ {@code entry}; a flow active until now is paused under it, to
     * be resumed with 继续 when this one ends. A flow asked for while it is paused resumes where it was.
     */
    Turn start(Session s, Flow flow, FaqEntry entry, double confidence) {
        return start(s, flow, entry, confidence, step -> Optional.empty());
    }

    /**
     * The same, for a message that may already tell the case its first step chooses among ({@code told}: the step →
     * the option the message tells there, if any): 我是在1688物流平台上下单发的货 单号想改一下 is taken to the online
     * answer, and on as far as it tells, as a reply at the step would be; a flow resumed, from the step where it was.
     */
    Turn start(Session s, Flow flow, FaqEntry entry, double confidence, Function<FlowStep, Optional<StepOption>> told) {
        // asked for again while paused: it goes on where it was, not from the start
        if (s.suspended().stream().anyMatch(f -> f.flowId().equals(flow.id())) && flow.step(pausedStep(s, flow)) != null) {
            Session back = s.resumingSuspended(flow.id());
            // (and moved on by what the message tells at that step, as a reply there would be: 订单全部交易关闭了 after a walk
            // begun beside it ended)
            String resumed = replies.message("resumed", Map.of("flow", flow.title()));
            Turn again = repeat(back, flow, flow.step(back.stepId()), resumed);
            Turn moved = resumedTelling(again, told);
            return moved == again ? again
                    : new Turn(moved.session(), moved.reply().withText(Replies.join(resumed, moved.reply().text())));
        }
        Session next = s.suspendingFor(flow.id(), flow.start());
        String lead = null;
        if (s.inFlow() && !s.flowId().equals(flow.id())) {
            lead = replies.message("flow-suspended", Map.of("flow", flow.title(), "paused", title(s.flowId())));
        }
        FlowStep first = flow.step(flow.start());
        Optional<StepOption> given = told.apply(first);
        if (given.isPresent()) {
            Turn taken = take(next, flow, first, given.get(), told);
            // (still the answer to the entry asked, as the flow's first step would have been)
            Reply reply = entry == null ? taken.reply() : taken.reply().withFaq(entry.id(), confidence);
            return new Turn(taken.session(), lead == null ? reply : reply.withText(Replies.join(lead, reply.text())));
        }
        return enter(next, flow, first, lead, entry == null ? null : entry.id(), confidence,
                entry == null ? List.of() : replies.related(entry), null);
    }

    /**
     * {@code back}, a paused flow taken up again at its step, moved on by what the same message tells there ({@code told}:
     * the step → the option told, if any), as a reply at the step would be (回到运单号那个 我们是线上下单的).
     */
    Turn resumedTelling(Turn back, Function<FlowStep, Optional<StepOption>> told) {
        Session at = back.session();
        Flow flow = at.inFlow() ? kb.flow(at.flowId()).orElse(null) : null;
        FlowStep step = flow == null ? null : flow.step(at.stepId());
        return step == null ? back : told.apply(step).map(option -> take(at, flow, step, option, told)).orElse(back);
    }

    private static String pausedStep(Session s, Flow flow) {
        return s.suspended().stream().filter(f -> f.flowId().equals(flow.id())).findFirst().map(FlowFrame::stepId)
                .orElse(null);
    }

    /** Takes {@code option} of the current step: to the next step, or its words and the same step again. */
    Turn take(Session s, Flow flow, FlowStep current, StepOption option) {
        return take(s, flow, current, option, (String) null);
    }

    /**
     * The same, moving on after {@code lead} (or none): the answer to what the seller asked beside the fact that
     * answers the step.
     */
    Turn take(Session s, Flow flow, FlowStep current, StepOption option, String lead) {
        if (option.stays()) {
            String text = option.say() != null ? option.say() : replies.prompt(current);
            // (its advice given: a bare ok next takes it in, FlowFrame.ADVISED)
            // (a 'not yet' forgets what was told of the steps ahead: 还有个单子买家没点收货 — the last sale's date told before
            // will change when that order ends)
            Session kept = current.negativeOption().filter(option::equals).isPresent() ? s.forgettingAhead() : s;
            Session advised = option.say() != null ? kept.understood().telling(FlowFrame.ADVISED) : kept.understood();
            return TurnBuilder.reply(Kind.FLOW, Replies.join(lead, text)).options(replies.options(current))
                    .at(position(advised)).leaving(advised);
        }
        return enter(s.atStep(flow.id(), option.next()), flow, flow.step(option.next()), Replies.join(lead, option.say()),
                null, 1.0, List.of(), current);
    }

    /**
     * Takes {@code option}, and then, step by step, the option the same reply also gives the step it
     * moved to ({@code ahead}: the step reached → the option said there, if any):
     * 订单全部交易成功，投诉也一个都没有 answers the orders and the complaints at once.
     */
    Turn take(Session s, Flow flow, FlowStep current, StepOption option,
              Function<FlowStep, Optional<StepOption>> ahead) {
        // (and what an earlier message told of a step reached, 最后一笔是10月8号交易成功的 in the opening, is its answer too)
        Map<String, String> toldBefore = s.inFlow() && s.flowId().equals(flow.id()) ? s.flow().toldAhead() : Map.of();
        Turn turn = take(s, flow, current, option);
        StepOption taken = option;
        FlowStep reached = taken.stays() ? null : flow.step(taken.next());
        while (reached != null && !reached.isEnd()) {
            FlowStep at = reached;
            Optional<StepOption> more = ahead.apply(reached).or(() -> told(at, toldBefore.get(at.id())));
            if (more.isEmpty()) {
                break;
            }
            turn = take(turn.session(), flow, reached, more.get());
            taken = more.get();
            reached = taken.stays() ? null : flow.step(taken.next());
        }
        return turn;
    }

    /** The option of {@code step} labelled {@code label} (what was told there before it was reached), if any. */
    private static Optional<StepOption> told(FlowStep step, String label) {
        return label == null ? Optional.empty() : step.option(label);
    }

    /**
     * A reply that says an earlier step's condition is not met after all (at the 30-day step: 还有个投诉
     * 没处理完) goes back to that step and says why it blocks, the things {@code stillTold} (bits) of that step kept told.
     */
    Turn back(Session s, Flow flow, EarlierSteps.Unmet unmet, int stillTold) {
        Session back = s.backAt(unmet.step().id()).telling(stillTold);
        return TurnBuilder.reply(Kind.FLOW, unmet.reading().option().say().strip())
                .options(replies.options(unmet.step())).at(position(back)).leaving(back);
    }

    /**
     * The answer, with what a second question asked that it does not speak of said beside it
     * ({@code aspects}: 怎么转出？转出要收手续费吗 — the fee); the answer itself when none.
     */
    Turn noting(Turn answer, String aspects) {
        if (aspects.isEmpty()) {
            return answer;
        }
        Reply r = answer.reply();
        return new Turn(answer.session(), r.withText(Replies.join(r.text(),
                kb.scope().reply("unanswered", Map.of("aspect", aspects)).orElse(null))));
    }

    /** Says the current step again (继续, or the flow's own question asked again), after {@code lead}. */
    Turn repeat(Session s, Flow flow, FlowStep current, String lead) {
        Session next = s.understood();
        return TurnBuilder.reply(Kind.FLOW, Replies.join(lead, replies.prompt(current)))
                .options(replies.options(current)).at(position(next)).leaving(next);
    }

    /**
     * A short re-ask with the options, after an answer the step could not read ({@code ambiguous}: it
     * fit more than one); the third in a row ends the flows and hands the conversation to a person.
     */
    Turn reask(Session s, Flow flow, FlowStep current, boolean ambiguous) {
        Session next = s.unreadableAnswer();
        if (next.unreadable() >= HANDOFF_AFTER) {
            return handOff(next, flow, current);
        }
        String key = ambiguous ? "unclear-answer" : "reask";
        String text = Replies.join(replies.message(key, Map.of("options", replies.reaskOptions(current))),
                current.help());
        // (a bare ok next picks neither option asked for: FlowFrame.ADVISED)
        Session asked = next.telling(FlowFrame.ADVISED);
        return TurnBuilder.reply(Kind.FLOW, text).confidence(0).options(replies.options(current))
                .at(position(asked)).leaving(asked);
    }

    /**
     * Some of the things {@code current} asks about together told (地址发了), kept in {@code s}: the rest ({@code left},
     * by name) asked for; an answer understood, so no step towards the hand-off.
     */
    Turn toldInPart(Session s, FlowStep current, List<String> left) {
        Session next = s.understood();
        String text = replies.message("items-left", Map.of("items", String.join("、", left),
                "options", replies.reaskOptions(current)));
        return TurnBuilder.reply(Kind.FLOW, text).options(replies.options(current)).at(position(next)).leaving(next);
    }

    /**
     * The seller does not know yet (不太确定，没去查): the step again with how to find out. It counts
     * towards the hand-off like an answer the step could not read: a seller who still cannot tell
     * the third time (我也不知道在哪看) needs a person, not the same help again.
     */
    Turn unsure(Session s, Flow flow, FlowStep current) {
        Session next = s.unreadableAnswer();
        if (next.unreadable() >= HANDOFF_AFTER) {
            return handOff(next, flow, current);
        }
        String text = Replies.join(replies.message("unsure-answer", Map.of("options", replies.reaskOptions(current))),
                current.help());
        return TurnBuilder.reply(Kind.FLOW, text).confidence(0).options(replies.options(current))
                .at(position(next)).leaving(next);
    }

    /** The flows end and a person takes over, after the step could not be settled {@code HANDOFF_AFTER} times. */
    private Turn handOff(Session next, Flow flow, FlowStep current) {
        return TurnBuilder.reply(Kind.HANDOFF, replies.message("handoff-unreadable").strip())
                .at(new FlowPosition(flow.id(), current.id(), true, List.of()))
                .leaving(next.handedOff(HandoffReason.UNREADABLE));
    }

    /**
     * The step kept for a seller who goes off to do it (我先去把服务关了，等会再来); with {@code thanks} said in going
     * (那我过段时间再来弄，谢了), small talk that keeps the step, its thanks answered first.
     */
    Turn deferred(Session s, FlowStep current, SmallTalk thanks) {
        // (what is gone off to do is not done yet: a bare ok next takes this in, FlowFrame.ADVISED)
        Session next = s.understood().telling(FlowFrame.ADVISED);
        String text = replies.message("deferred", Map.of("options", replies.reaskOptions(current)));
        return TurnBuilder.reply(thanks == null ? Kind.FLOW : Kind.SMALLTALK,
                        thanks == null ? text : Replies.join(thanks.reply(), text))
                .options(replies.options(current)).at(position(next)).leaving(next);
    }

    /** Ends the active flow on the seller's request; a paused one is offered back. */
    Turn cancel(Session s, Flow flow, FlowStep current) {
        Session next = s.flowEnded();
        String text = Replies.join(replies.message("cancel", Map.of("flow", flow.title())), resumeOffer(next));
        return TurnBuilder.reply(Kind.CANCEL, text)
                .at(new FlowPosition(flow.id(), current.id(), true, next.suspended())).leaving(next);
    }

    /** Out of a flow, with flows paused: a cancel ends them too. */
    Turn cancelSuspended(Session s) {
        String text = replies.message("cancel-suspended", Map.of("flow", title(s.suspended().get(0).flowId())));
        return TurnBuilder.reply(Kind.CANCEL, text).leaving(s.idle());
    }

    /** The most recently paused flow again, at the step where it was. */
    Turn resumeSuspended(Session s) {
        Session next = s.resumingSuspended();
        Flow flow = kb.flow(next.flowId()).orElseThrow();
        return repeat(next, flow, flow.step(next.stepId()),
                replies.message("resumed", Map.of("flow", flow.title())));
    }

    /** A paused flow's offer to come back to it, or null when none is paused. */
    String resumeOffer(Session s) {
        return s.suspended().isEmpty() ? null
                : replies.message("resume-offer", Map.of("flow", title(s.suspended().get(0).flowId())));
    }

    /** Enters {@code step}, reached by the answer read at {@code from} (null: by none, the flow's start). */
    private Turn enter(Session s, Flow flow, FlowStep step, String lead, String faqId, double confidence,
                       List<Related> related, FlowStep from) {
        if (step.isEnd()) {
            // (the end reached on an answer is kept a turn: a correction right after is read at the step answered again)
            Session next = from == null ? s.flowEnded() : s.flowEndedAt(flow.id(), step.id());
            String text = Replies.join(lead, replies.prompt(step),
                    replies.message("flow-finished", Map.of("flow", flow.title())), resumeOffer(next));
            return TurnBuilder.reply(Kind.FLOW, text).faq(faqId).confidence(confidence)
                    .at(new FlowPosition(flow.id(), step.id(), true, next.suspended())).related(related)
                    .leaving(next);
        }
        return TurnBuilder.reply(Kind.FLOW, Replies.join(lead, replies.prompt(step))).faq(faqId)
                .confidence(confidence).options(replies.options(step)).at(position(s)).related(related).leaving(s);
    }

    private String title(String flowId) {
        return kb.flow(flowId).map(Flow::title).orElse(flowId);
    }
}
