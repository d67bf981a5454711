package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.text.Utterance;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A flow that ended in the turn before, on the answer to one of its steps ({@link Session#endedFrom}): whether the next
 * message is read at that step again, as if the flow had not ended, because it corrects the answer or says an earlier
 * condition is not met after all; and whether a question about one of its entries is about the case just walked (answered
 * as it is) or tells another case (walked again). Built once per knowledge version; immutable and thread-safe.
 */
final class EndedFlows {
    private final KnowledgeBase kb;
    private final IntentReader intents;
    private final AnswerLexicon lexicon;
    private final Map<String, StepReader> stepReaders;
    private final EarlierSteps earlierSteps;
    /** Another case of the same matter (还有一单的运单号也要改; phrases.yaml {@code another-case}, optional: null when absent). */
    private final Pattern anotherCase;

    EndedFlows(KnowledgeBase kb, IntentReader intents, AnswerLexicon lexicon, Map<String, StepReader> stepReaders,
               EarlierSteps earlierSteps) {
        this.kb = kb;
        this.intents = intents;
        this.lexicon = lexicon;
        this.stepReaders = stepReaders;
        this.earlierSteps = earlierSteps;
        this.anotherCase = lexicon.optionalPattern("another-case");
    }

    /**
     * The flow {@code ended} ended, when {@code u} is read about the case it just walked: a question about one of its
     * entries is answered as it is (三个条件都满足了 → 那什么时候能到账, 快递原因 → 没有公章怎么办), for the case that flow asks first
     * was told just now; null when there is no such flow or {@code u} tells another case (还有一单的运单号也要改), which is
     * walked again.
     */
    FlowFrame walkedCase(FlowFrame ended, Utterance u) {
        if (ended == null || anotherCase != null && anotherCase.matcher(u.compact()).find()) {
            return null;
        }
        return ended;
    }

    /**
     * Whether entry {@code faqId} speaks of the end flow {@code ended} reached: any of its entries for a flow whose steps
     * are conditions all met at the end (the deposit walk: 那什么时候能到账 is the transfer-out entry); none for a flow whose
     * first step chose a case (the appeal's reasons), since what the frame keeps is the step answered, not the case's end:
     * another case's entry (appeal.valid after 申诉无效) would be no answer to the case just walked.
     */
    boolean speaksOfTheEnd(FlowFrame ended, String faqId) {
        Optional<Flow> flow = kb.flow(ended.flowId());
        FlowStep first = flow.map(f -> f.step(f.start())).orElse(null);
        return first != null && !first.isChoice() && flow.get().covers().contains(faqId);
    }

    /**
     * Whether {@code u}, right after a flow ended on the answer to {@code ended}'s step, is read there again: a correction
     * (不对，是11月20号，记错了), or a statement that an earlier condition is not met after all (等下 我刚看到还有个投诉没处理完).
     */
    boolean reopens(Session s, FlowFrame ended, Utterance u) {
        Optional<Flow> flow = kb.flow(ended.flowId());
        FlowStep step = flow.map(f -> f.step(ended.stepId())).orElse(null);
        if (step == null) {
            return false;
        }
        if (intents.isQuestion(u)) {
            return false;
        }
        // (a correction marker alone is not enough, 没想到这么简单，谢谢: what it says must read there, or against an earlier step)
        java.time.LocalDate today = DialogueEngine.today(s);
        StepReader.Reading here = stepReaders.get(ended.flowId() + "/" + ended.stepId()).read(u, today);
        return lexicon.hasCorrection(u) && here.clear() || earlierSteps.unmet(flow.get(), step, u, here, today).isPresent();
    }

}
