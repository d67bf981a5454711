package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a message in a flow that the step could not take is another question, to be answered
 * while the step waits (or a flow it starts pauses this one), rather than the step's own business.
 * Immutable and thread-safe.
 */
final class Digressions {
    /** A statement scoring below this against every option of a step may be a question on another topic. */
    private static final double UNLIKE_ANY_OPTION = 0.3;
    /** Retrieval confidence at which a message unlike the step's answers is taken as another question. */
    private static final double SURE_DIGRESSION = 0.95;
    /** Retrieval confidence at which a question naming this step's things is another flow's (运单号填错了 怎么改). */
    private static final double LIKELY_OTHER_FLOW = 0.8;

    /** Asking where, or how to look something up or do it. */
    private static final java.util.regex.Pattern WHERE_OR_HOW = java.util.regex.Pattern.compile(
            "(?<!找到|知道|找不到|清楚)(?:在哪|哪里|哪儿|什么地方)|怎么(?:查|看|找|操作|设置)|如何(?:查|看|操作)");

    private final FlowEntries flowEntries;
    private final EarlierSteps earlierSteps;

    Digressions(FlowEntries flowEntries, EarlierSteps earlierSteps) {
        this.flowEntries = flowEntries;
        this.earlierSteps = earlierSteps;
    }

    /**
     * Whether the answer retrieval found ({@code r}) is what the seller asks: a question, unless it is
     * about this step and only loosely answered (投诉？我不清楚有没有) — but one that starts another flow
     * is that flow's question, whatever this step's words it names (有个单子运单号填错了 怎么改 at the
     * orders step); a statement only when like nothing the step expects and surely another topic
     * (运单号填错了).
     */
    boolean asked(Utterance u, boolean question, StepReader.Reading reading, Retrieval r, Flow flow, FlowStep step) {
        boolean sure = r.confidence() >= SURE_DIGRESSION;
        if (question) {
            // (not one met by a lone character, unless surely: 怎么发的？就平常那样发的啊 at "how was it shipped?" meets the
            // appeal's 发不了货 by its 发, and asks nothing of it)
            if (!sure && r.best().wordsMatched() == 0 && r.best().matchedWords().size() < 2) {
                return false;
            }
            // (asking where or how to look, 訂單狀態要在哪裡查, is a question of its own whatever this step's words it names)
            return sure || !earlierSteps.mentions(u, step) || r.confidence() >= LIKELY_OTHER_FLOW
                    && (WHERE_OR_HOW.matcher(u.basic()).find() || flowEntries.ofAnotherFlow(r.best().faqId(), flow));
        }
        // (a statement of one of this step's pending states, 货都发完了 at the orders step, is the step's business)
        return sure && reading.score() < UNLIKE_ANY_OPTION && !flowEntries.about(r.best().faqId(), flow)
                && !earlierSteps.statesPending(u, step);
    }

    /**
     * For a question: the entry to answer when {@code r} surely answers one that belongs to a flow other
     * than {@code flow}, or could be any of the entries another flow walks through (这个单号怎么改?
     * fill in or modify: that flow's first step asks which) — or empty.
     */
    Optional<FaqEntry> startsAnother(Retrieval r, Utterance said, LocalDate today, Flow flow) {
        return switch (r.decision()) {
            // (named by a word of its own: 怎么发的？就平常那样发的啊 at "how was it shipped?" meets the appeal's 发不了货 by 发 alone)
            case ANSWER -> r.confidence() >= LIKELY_OTHER_FLOW && r.best().wordsMatched() > 0
                    && flowEntries.ofAnotherFlow(r.best().faqId(), flow)
                    ? Optional.of(flowEntries.answering(r, said, flow.id(), today)) : Optional.empty();
            case CLARIFY -> flowEntries.covering(r.options()).filter(e -> e.flow() != null && !e.flow().equals(flow.id()));
            case FALLBACK -> Optional.empty();
        };
    }

    /**
     * For a message that turns to another matter (对了，还有个事 有一单运单号要改): the entry that starts the
     * other flow it is about — retrieval's answer when likely enough and another flow's, or the flow
     * covering what retrieval could not tell apart or was not sure of (运单号要改: online or not?) — or empty.
     */
    Optional<FaqEntry> anotherFlow(Retrieval r, Utterance said, LocalDate today, Flow flow) {
        Optional<FaqEntry> entry = switch (r.decision()) {
            case ANSWER -> r.confidence() >= LIKELY_OTHER_FLOW
                    ? Optional.of(flowEntries.answering(r, said, flow.id(), today)) : flowEntries.coveringLikely(r);
            case CLARIFY -> flowEntries.covering(r.options());
            case FALLBACK -> flowEntries.coveringUndecided(r, false);
        };
        return entry.filter(e -> e.flow() != null && !e.flow().equals(flow.id()));
    }

    /**
     * For what a statement says the seller wants done now (我想先申诉这个, looked up alone as {@code r}): the entry that
     * starts the other flow it is the task of — retrieval's answer, or the flow covering what retrieval could not tell apart,
     * as the want said alone outside a walk would start it — or empty.
     */
    Optional<FaqEntry> wantedFlow(Retrieval r, Utterance said, LocalDate today, Flow flow) {
        Optional<FaqEntry> entry = switch (r.decision()) {
            case ANSWER -> Optional.of(flowEntries.answering(r, said, flow.id(), today));
            case CLARIFY -> flowEntries.covering(r.options());
            case FALLBACK -> flowEntries.coveringUndecided(r, true);
        };
        return entry.filter(e -> e.flow() != null && !e.flow().equals(flow.id()));
    }
}
