package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A message that asks to go on (继续, 回到刚才运单号那个, 都关了 然后呢): back to a paused flow at its step — named, or the most
 * recent — with what the same message tells beside "go back" read there as an answer (回到运单号那个 我们是线上下单的), its
 * questions moving nothing; or, in a flow, the step's answer told with it, or the step said again. Part of
 * {@link DialogueEngine}; immutable and thread-safe.
 */
final class GoingBack {
    private final KnowledgeBase kb;
    private final Retriever retriever;
    private final IntentReader intents;
    private final FlowRunner flows;
    private final FlowEntries flowEntries;
    private final EntryTurns entryTurns;

    GoingBack(KnowledgeBase kb, Retriever retriever, IntentReader intents, FlowRunner flows, FlowEntries flowEntries,
              EntryTurns entryTurns) {
        this.kb = kb;
        this.retriever = retriever;
        this.intents = intents;
        this.flows = flows;
        this.flowEntries = flowEntries;
        this.entryTurns = entryTurns;
    }

    /** With no flow active: the most recently paused one, and what {@code u} tells beside "go back" read at its step. */
    Turn fromIdle(Session s, Utterance u) {
        Turn back = flows.resumeSuspended(s);
        Optional<Flow> flow = kb.flow(back.session().flowId());
        return flow.isEmpty() ? back : telling(back, flow.get(), u, DialogueEngine.today(s));
    }

    /**
     * In {@code flow}, waiting at {@code step}: "go on with" a paused flow by name (继续退保证金) goes back to it, and pauses this
     * one; an answer with "go on" (都关了，然后呢) is the answer; "go on" alone says the step again — or, right after a flow
     * begun as an aside beside a paused one ({@code begunAside}: 对了顺便问下保证金怎么退, then 继续), goes back to the paused one.
     * {@code asked} is the message without negated requests; {@code toldBefore}, what the step holds told already.
     */
    Turn inFlow(Session s, Flow flow, FlowStep step, StepReader reader, Utterance u, Utterance asked, boolean begunAside,
                int toldBefore, LocalDate today) {
        Optional<Flow> paused = s.suspended().isEmpty() ? Optional.empty()
                : flowEntries.pausedAskedFor(s.suspended(), retriever.search(u));
        if (paused.isPresent()) {
            return telling(flows.start(s, paused.get(), null, 1.0), paused.get(), asked, today);
        }
        Utterance besides = intents.besidesResume(asked);
        // (read as the step reads a statement, with what was told before it: 其他都关了 然后呢 after the exempt service's answer)
        StepReader.Reading answer = besides == null ? null : reader.read(besides, today, true, toldBefore);
        if (answer != null && answer.clear() && answer.option().faq() == null) {
            return flows.take(s, flow, step, answer.option());
        }
        return begunAside && !s.suspended().isEmpty()
                ? flows.start(s, kb.flow(s.suspended().get(0).flowId()).orElseThrow(), null, 1.0)
                : flows.repeat(s, flow, step, null);
    }

    /**
     * {@code back}, {@code flow} taken up again at its step, moved on by what {@code u} tells beside "go back" there (its
     * statements only: 继续 订单都完结了？ asks, and moves nothing), as an opening message's facts are.
     */
    private Turn telling(Turn back, Flow flow, Utterance u, LocalDate today) {
        Utterance told = intents.isQuestion(u) ? intents.statements(u) : u;
        Utterance besides = told == null ? null : intents.besidesResume(told);
        return besides == null ? back
                : flows.resumedTelling(back, step -> entryTurns.toldAt(flow, step, besides, today));
    }
}
