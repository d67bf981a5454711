package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.text.Utterance;
import java.util.List;
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
    private final AnswerLexicon lexicon;
    private final Map<String, StepReader> stepReaders;
    private final EarlierSteps earlierSteps;
    /** Another case of the same matter (还有一单的运单号也要改; phrases.yaml {@code another-case}, optional: null when absent). */
    private final Pattern anotherCase;
    /** The same way asked after (也是这样弄吗; phrases.yaml {@code same-way}, optional: null when absent). */
    private final Pattern sameWay;
    /** A reply opening on "only" before a number (才十几天, 其实才一周, 才三个礼拜): days told as fewer than thought. */
    private static final Pattern ONLY_SO_MANY = Pattern.compile("(?:其实|实际上|可能)?才(?:过了?|过去)?[0-9一二两三四五六七八九十几半]");
    /** An option picked by its number (选6, 就选第5个, 選6; Cantonese 揀6). */
    private static final Pattern PICKED_BY_NUMBER = Pattern.compile("[选選拣揀挑](?:第)?[1-9一二三四五六七八九](?![0-9天日号月])");
    /** How many characters after "another one" name what it counts (还有一个|买家, 还有个|投诉). */
    private static final int COUNTED_REACH = 2;

    EndedFlows(KnowledgeBase kb, AnswerLexicon lexicon, Map<String, StepReader> stepReaders, EarlierSteps earlierSteps) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.stepReaders = stepReaders;
        this.earlierSteps = earlierSteps;
        this.anotherCase = lexicon.optionalPattern("another-case");
        this.sameWay = lexicon.optionalPattern("same-way");
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

    /** The case "and what if…" supposes (那如果是停产了呢 → 停产了), to be read as told; null when {@code u} supposes none. */
    Utterance caseSupposed(Utterance u) {
        String supposed = QuestionWords.caseSupposed(u.basic());
        return supposed == null ? null : lexicon.normalizer().utterance(supposed);
    }

    /** The entry the end step {@code ended} reached names ({@code entry} in the flow file), if any. */
    Optional<String> endEntry(FlowFrame ended) {
        return kb.flow(ended.flowId()).map(f -> f.step(ended.stepId())).filter(FlowStep::isEnd)
                .map(FlowStep::entry);
    }

    /**
     * Whether entry {@code faqId} speaks of the end {@code ended} a flow just reached: the entry that end step names
     * ({@code entry} in the flow file: 没有公章怎么办 after the valid answer is appeal.valid); for a flow whose steps are
     * conditions all met at the end (the deposit walk), any entry it covers (那解冻要几天 after the transfer-out answer); the entry
     * of another end chosen at the same step past the first, whose earlier choice holds for it too (那发货时没填的呢 after the
     * modify answer: shipped by the seller's own courier, told already). Another case's entry chosen at the first step
     * (appeal.valid after 申诉无效) is no answer to the case just walked.
     */
    boolean speaksOfTheEnd(FlowFrame ended, String faqId) {
        Walk w = walk(ended);
        if (w == null) {
            return false;
        }
        // (a frame an older version stored holds the step answered, no end: its entries as a walk of conditions)
        return w.end().isEnd() && (faqId.equals(w.end().entry()) || siblingEnd(w.flow(), w.end(), faqId))
                || !w.first().isChoice() && w.flow().covers().contains(faqId);
    }

    /** The flow {@code ended} walked, its first step and the step it ended at. */
    private record Walk(Flow flow, FlowStep first, FlowStep end) {
    }

    /** The walk {@code ended} is of; null when there is no frame, or its flow or either step is gone. */
    private Walk walk(FlowFrame ended) {
        Flow flow = ended == null ? null : kb.flow(ended.flowId()).orElse(null);
        FlowStep first = flow == null ? null : flow.step(flow.start());
        FlowStep end = flow == null ? null : flow.step(ended.stepId());
        return first == null || end == null ? null : new Walk(flow, first, end);
    }

    /**
     * The entry the end {@code ended} names, when the flow is a walk of conditions (its first step no choice) that ended with
     * all met, {@code u} asks when or how long, and retrieval found another of its entries first ({@code faqId}) with the
     * end's among {@code candidates}: asked right after, 那什么时候解冻 is the time the end's answer gives (第3天), not the
     * conditions just walked. Empty otherwise.
     */
    Optional<String> timeOfTheEnd(FlowFrame ended, String faqId, List<String> candidates, Utterance u) {
        Walk w = walk(ended);
        if (w == null || w.first().isChoice() || !w.end().isEnd() || w.end().entry() == null
                || faqId.equals(w.end().entry()) || !w.flow().covers().contains(faqId) || !candidates.contains(w.end().entry())
                || !QuestionWords.asksWhen(u.basic())) {
            return Optional.empty();
        }
        return Optional.of(w.end().entry());
    }

    /** Whether entry {@code faqId} is that of another end chosen at the step past the first that led to the end {@code ended}. */
    boolean besideTheEnd(FlowFrame ended, String faqId) {
        Optional<Flow> flow = kb.flow(ended.flowId());
        FlowStep end = flow.map(f -> f.step(ended.stepId())).orElse(null);
        return end != null && end.isEnd() && siblingEnd(flow.get(), end, faqId);
    }

    /**
     * Whether entry {@code faqId} is another end beside the end whose entry is {@code answered}, the entry answered in the
     * turn before, as {@link #besideTheEnd} reads it after a walk: 那补发的呢 after the fill-missing answer, however that
     * answer was reached: that flow. Empty when {@code answered} is null or no flow ends with it.
     */
    Optional<String> besideTheAnsweredEnd(String answered, String faqId) {
        // (not a walk's own starter, 运单号怎么改: answered as the walk's first reply, it told no way of shipping)
        if (answered == null || kb.faq(answered).map(e -> e.flow() != null).orElse(true)) {
            return Optional.empty();
        }
        return kb.flows().values().stream().filter(flow -> flow.steps().values().stream()
                .anyMatch(end -> end.isEnd() && answered.equals(end.entry()) && siblingEnd(flow, end, faqId)))
                .map(Flow::id).findFirst();
    }

    /**
     * The entry of the end {@code ended} reached, when the flow's first step, a choice, leads straight to it (the waybill
     * walk's online end: shipped on the logistics platform) and {@code faqId} is another of the flow's entries, a case of
     * another choice at that step (补发, 没填): asked right after, the way chosen still holds, and that end's entry is the
     * answer. Empty otherwise.
     */
    Optional<String> wayChosen(FlowFrame ended, String faqId) {
        Walk w = walk(ended);
        if (w == null || !w.end().isEnd() || !w.first().isChoice() || faqId.equals(w.end().entry())
                || w.first().options().stream().noneMatch(o -> w.end().id().equals(o.next()))) {
            return Optional.empty();
        }
        // (a case chosen past the first step, under another way: the appeal walk's valid and invalid ends, chosen at the first
        // step itself, are cases of their own)
        boolean laterCase = w.flow().steps().values().stream().anyMatch(step -> step.isEnd() && faqId.equals(step.entry())
                && answeredBefore(w.flow(), step.id()).stream().noneMatch(before -> before.id().equals(w.first().id())));
        return laterCase ? Optional.ofNullable(w.end().entry()) : Optional.empty();
    }

    /** The choices past the first step whose options may have led to the end {@code ended}: where a case beside it is chosen. */
    List<FlowStep> choicesBeforeTheEnd(FlowFrame ended) {
        Flow flow = kb.flow(ended.flowId()).orElse(null);
        FlowStep end = flow == null ? null : flow.step(ended.stepId());
        return end == null || !end.isEnd() ? List.of() : answeredBefore(flow, end.id()).stream()
                .filter(step -> !step.id().equals(flow.start()) && step.isChoice()).toList();
    }

    /** Whether {@code faqId} is the entry of an end that a step past the first leading to {@code end} also leads to. */
    private static boolean siblingEnd(Flow flow, FlowStep end, String faqId) {
        return answeredBefore(flow, end.id()).stream().filter(step -> !step.id().equals(flow.start()) && step.isChoice())
                .flatMap(step -> step.options().stream()).map(o -> o.next() == null ? null : flow.step(o.next()))
                .anyMatch(sibling -> sibling != null && sibling.isEnd() && faqId.equals(sibling.entry()));
    }

    /**
     * The flow {@code ended} ended, when {@code u} tells another case of the same matter right after (还有一个买家也要退货,
     * 另外一个买家也要退 运费还没谈): the new case is walked from the start; empty otherwise.
     */
    Optional<Flow> newCase(FlowFrame ended, Utterance u) {
        return (ended == null ? Optional.<Flow>empty() : kb.flow(ended.flowId())).filter(flow -> tellsNewCase(flow, u));
    }

    /** Whether {@code u} asks whether the walk just done goes the same way for the new case (也是这样弄吗, 一样吗). */
    boolean asksTheSameWay(Utterance u) {
        return sameWay != null && sameWay.matcher(u.normalized()).find();
    }

    /**
     * Whether {@code u} tells another case (还有一个买家, 另外一单) whose counted thing is none of {@code flow}'s steps' things:
     * 还有个投诉没处理完 and 还有一单没完结 are more of the deposit case just walked, 另外一个买家也要退 is a new return.
     */
    private boolean tellsNewCase(Flow flow, Utterance u) {
        String text = u.normalized();
        java.util.regex.Matcher m = anotherCase == null ? null : anotherCase.matcher(text);
        if (m == null || !m.find()) {
            return false;
        }
        String counted = text.substring(m.start(), Math.min(text.length(), m.end() + COUNTED_REACH));
        return flow.steps().values().stream().noneMatch(step -> earlierSteps.mentions(counted, step));
    }

    /**
     * The step {@code u}, right after a flow reached its end {@code ended} on an answer, is read at again, as if the flow
     * had not ended: one whose option leads to that end, when {@code u} corrects the answer there (不对，是11月20号，记错了) or
     * says an earlier condition is not met after all (等下 我刚看到还有个投诉没处理完); empty otherwise.
     */
    Optional<String> reopens(Session s, FlowFrame ended, Utterance u) {
        Optional<Flow> flow = kb.flow(ended.flowId());
        // (a question in so many words is no correction; an "A 没 B" that may read as or-not, 有个投诉还没结束, is a statement)
        // (nor is another case of the same matter, 另外一个买家也要退 运费还没谈: a new walk, not this one's answer taken back —
        // unless it is what the correction puts the answer down to: 不对 最后一单是11月20号 10月15号那个是另一家店的)
        if (flow.isEmpty() || flow.get().step(ended.stepId()) == null || QuestionWords.asksInWords(u)) {
            return Optional.empty();
        }
        boolean corrects = lexicon.hasCorrection(u);
        if (tellsNewCase(flow.get(), u) && !corrects) {
            return Optional.empty();
        }
        java.time.LocalDate today = DialogueEngine.today(s);
        for (FlowStep step : answeredBefore(flow.get(), ended.stepId())) {
            // (a correction marker alone is not enough, 没想到这么简单，谢谢: what it says must read there, or against an earlier
            // step; with no marker, a clear "not yet" there takes the end back too, 刚看了一下最后一单是11月20号)
            StepReader reader = stepReaders.get(ended.flowId() + "/" + step.id());
            StepReader.Reading here = reader.read(u, today);
            // (naming the step's own things: 那我过3天去点转出 is a plan, not the last sale's date)
            // (or days told as only so many, 才十几天, 才三个礼拜: the last sale's, however few its words)
            // (or a state the step holds pending told of its things, 他刚说吊牌已经剪了: read there it is asked again, not met)
            boolean notYet = here.clear() && here.option().stays() && here.option().faq() == null
                    && (earlierSteps.mentions(u, step) || here.byDays() && ONLY_SO_MANY.matcher(u.compact()).lookingAt())
                    || !here.clear() && earlierSteps.mentions(u, step) && reader.saysNotYet(u);
            // (or a choice's case picked by its number, 都不是 选6 其他, right after the end it led to: read there, that end again
            // or the one it picks)
            boolean picked = step.isChoice() && here.clear() && PICKED_BY_NUMBER.matcher(u.compact()).find();
            // (or, taken back, a state the step holds pending told instead: 啊不对 协商是在处罚下来之前 — read there, asked again)
            boolean pendingInstead = corrects && !here.clear() && step.isChoice() && reader.statesPending(u);
            if (corrects && here.clear() || notYet || picked || pendingInstead
                    || earlierSteps.unmet(flow.get(), step, u, here, today).isPresent()) {
                return Optional.of(step.id());
            }
        }
        return Optional.empty();
    }

    /**
     * The steps whose answer may have reached end step {@code endId}: those with an option leading there; the step itself
     * when it is no end step (a frame an older version stored holds the step answered).
     */
    private static List<FlowStep> answeredBefore(Flow flow, String endId) {
        FlowStep named = flow.step(endId);
        if (!named.isEnd()) {
            return List.of(named);
        }
        return flow.steps().values().stream()
                .filter(step -> step.options().stream().anyMatch(o -> endId.equals(o.next()))).toList();
    }
}
