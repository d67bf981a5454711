package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.text.Utterance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a message tells of a flow's first step, for {@link FlowEntries} to decide whether an entry is answered alone or
 * its flow walked: the case the step chooses among told by its facts (自己联系的快递 漏填了单号), or asked for without it
 * (发货了没填单号还能补吗), a condition told met (子服务都关了), a stage told reached (三个条件都满足了), a guess or a doubt.
 * Built once per knowledge version; immutable and thread-safe.
 */
final class FirstStepCases {
    /**
     * How like an option of the flow's first step a question must read to count as giving its answer
     * (停产了发不了货能申诉吗 gives the reason; 发货被扣分了 想申诉 only shares the step's own 扣分).
     */
    private static final double GIVEN_SCORE = 0.6;

    /**
     * How like another outcome's option a question may also read and still give its case by words it
     * shares with one (快递原因的话申诉要准备什么凭证); beyond it, only facts told give the case (定制款 beside
     * a story of the courier's late pick-up is no custom-link case).
     */
    private static final double OTHER_CASE_SCORE = 0.25;

    private final KnowledgeBase kb;
    private final Map<String, StepReader> stepReaders;
    /** What a question tells beside what it asks ({@link IntentReader#statements}). */
    private final IntentReader intents;
    /**
     * A question asking which cases there are (什么情况申诉能成功, 哪些情况算无效: {@code cases-asked} in
     * phrases.yaml): the entry's list is the answer, whatever the seller's own case is, so the flow need not
     * ask for it first.
     */
    private final java.util.regex.Pattern casesAsked;
    /**
     * A question that tells the stage its entry's answer holds at reached (解冻之后转出的钱会回到哪里: the unfreeze, which only
     * follows closing the services and meeting the conditions; {@code stage-told} in phrases.yaml): the entry answers it,
     * and the flow need not ask its first step. Optional: null when the knowledge has none.
     */
    private final java.util.regex.Pattern stageTold;
    /** What of a message is the first step's once its clauses about later steps alone are set aside ({@link LaterSteps#forStep}). */
    private final LaterSteps laterSteps;

    FirstStepCases(KnowledgeBase kb, Map<String, StepReader> stepReaders, IntentReader intents, LaterSteps laterSteps) {
        this.kb = kb;
        this.laterSteps = laterSteps;
        this.stepReaders = stepReaders;
        this.intents = intents;
        this.casesAsked = kb.phrases().pattern("cases-asked");
        this.stageTold = kb.phrases().patterns().get("stage-told");
    }

    /** Whether {@code said} asks which cases there are ({@code cases-asked}): the entry's list answers it. */
    boolean asksWhichCases(Utterance said) {
        return casesAsked.matcher(said.basic()).find();
    }

    /**
     * Whether {@code flow} asks {@code entry}'s case first and {@code said} tells, by its facts, a case its first step
     * takes straight to another end (运单号没填上 是在物流平台下单发的: shipped online, whose end is the online entry, not
     * the fill-in the seed gives for a courier of one's own): the walk, to that end.
     */
    boolean givesAnotherEnd(Flow flow, FaqEntry entry, Utterance said, LocalDate today) {
        FlowStep firstStep = flow.step(flow.start());
        StepReader first = stepReaders.get(flow.id() + "/" + flow.start());
        if (!flow.asksFirst().contains(entry.id()) || first == null || firstStep == null || !firstStep.isChoice()) {
            return false;
        }
        Utterance told = intents.isQuestion(said) ? intents.statements(said) : said;
        FlowStep next = told == null ? null : stepToldFirst(flow, first, told, today);
        return next != null && next.isEnd() && next.entry() != null && !next.entry().equals(entry.id());
    }

    /**
     * The step {@code flow}'s first step ({@code first}, its reader) moves to by what {@code told} states there, clearly and
     * by its facts; null when it tells no such case.
     */
    FlowStep stepToldFirst(Flow flow, StepReader first, Utterance told, LocalDate today) {
        StepReader.Reading given = first.read(told, today, true);
        FlowStep next = !given.clear() || given.option().stays() ? null : flow.step(given.option().next());
        return next != null && first.backedByFacts(given, told) ? next : null;
    }

    /**
     * Whether {@code said} tells {@code flow}'s first step, a condition, met (子服务都关了), whatever it tells of the steps after
     * it.
     */
    boolean tellsFirstMet(Flow flow, Utterance said, LocalDate today) {
        FlowStep first = flow.step(flow.start());
        StepReader reader = stepReaders.get(flow.id() + "/" + flow.start());
        if (first == null || first.isChoice() || reader == null || reader.doubts(said)) {
            return false;
        }
        // (whole, or as the walk reads it there: without its clauses about later steps alone, 投诉有一个现在客服介入中还没结案)
        if (met(first, reader.read(said, today, true))) {
            return true;
        }
        Utterance own = laterSteps.forStep(flow, first, said, today);
        return own != said && met(first, reader.read(own, today, true));
    }

    private static boolean met(FlowStep step, StepReader.Reading given) {
        return given.clear() && step.affirmativeOption().filter(given.option()::equals).isPresent();
    }

    /**
     * Whether {@code flow} asks {@code entry}'s case first and {@code said} tells it by its facts (客服把活动价设错了，亏本
     * 没法发 被投诉扣分 我想申诉): the flow is walked from the case told, whose step answers it for that case, rather than
     * the entry listing every case.
     */
    boolean givesCaseFirst(Flow flow, FaqEntry entry, Utterance said, LocalDate today) {
        FlowStep firstStep = flow.step(flow.start());
        StepReader first = stepReaders.get(flow.id() + "/" + flow.start());
        if (!flow.asksFirst().contains(entry.id()) || first == null || firstStep == null || !firstStep.isChoice()) {
            return false;
        }
        // (only a case told plainly: one beside a 'not' or a doubt, 我觉得是快递的问题 但快递不承认, is answered the entry)
        if (first.saysNot(said) || first.doubts(said)) {
            return false;
        }
        // (and told beside what is asked, as the walk will read it: 停产了发不了货 能申诉吗; one run-on question,
        // 停产了发不了货能申诉吗, is answered the entry, whose list holds the case)
        Utterance told = intents.isQuestion(said) ? intents.statements(said) : said;
        if (told == null) {
            return false;
        }
        StepReader.Reading given = first.read(told, today, true);
        return given.clear() && first.backedByFacts(given, told);
    }

    /**
     * Whether {@code said} tells a stage reached ({@code stage-told}) and nothing else but what it asks, surely: another fact
     * told beside it may undo it (三个条件都满足了 但最后一单才过了10天 保证金怎么转出), chatter does not (你好), and a guess or
     * hearsay is no stage
     * reached (听说三个条件都满足了).
     */
    private boolean toldStageOnly(Flow flow, Utterance said) {
        // (the pattern first: most questions tell no stage, and reading a doubt is dearer)
        if (stageTold == null || !stageTold.matcher(said.basic()).find() || doubted(flow, flow.step(flow.start()), said)) {
            return false;
        }
        boolean told = false;
        for (String clause : MessageClauses.of(said)) {
            if (stageTold.matcher(clause).find()) {
                told = true;
            } else if (!QuestionWords.hasQuestionWord(clause) && !QuestionWords.opensWithWant(clause)
                    // (nor does chatter beside it undo it: 你好, 谢谢, 我就问下 tell no fact)
                    && !intents.chatter().withoutChatter(clause.replace(" ", "")).isEmpty()) {
                // (a clause saying what is wanted asks for it: 保证金三天前就解冻了 现在想转出来 在哪点)
                return false;
            }
        }
        return told;
    }

    /** Whether an end step of {@code flow} names entry {@code faqId}: what the flow reaches once every stage is passed. */
    static boolean endsWith(Flow flow, String faqId) {
        return flow.steps().values().stream().anyMatch(step -> step.isEnd() && faqId.equals(step.entry()));
    }

    /** Whether {@code flow} asks {@code entry}'s case first and {@code said} does not give it. */
    boolean asksCaseFirst(Flow flow, FaqEntry entry, Utterance said, LocalDate today) {
        boolean endsHere = endsWith(flow, entry.id());
        if (!flow.asksFirst().contains(entry.id()) || asksWhichCases(said)
                || endsHere && toldStageOnly(flow, said)) {
            return false;
        }
        StepReader first = stepReaders.get(flow.id() + "/" + flow.start());
        StepReader.Reading given = first == null ? null : first.read(said, today);
        // (a first condition told unmet is no case given for the entry the flow ends on, which holds only past it:
        // 三个条件都满足了，但是子服务还没关，保证金怎么转出 is walked from closing them)
        boolean unmet = given != null && given.clear() && given.how() != StepReader.How.BARE && given.option().stays()
                && !flow.step(flow.start()).isChoice() && endsHere;
        return given != null && (unmet || !(given.clear() && (given.certain()
                || given.score() >= GIVEN_SCORE
                    && (given.runnerUp() < OTHER_CASE_SCORE || first.backedByFacts(given, said)))));
    }

    /**
     * The option {@code said}, read whole as a statement at {@code step} of {@code flow}, clearly means and moves on by,
     * when it speaks of the step's things and leaves nothing of them, or only what the step exempts; else empty.
     */
    Optional<StepOption> saidAt(Flow flow, FlowStep step, Utterance said, LocalDate today) {
        StepReader reader = stepReaders.get(flow.id() + "/" + step.id());
        return reader == null || !reader.leavesOnlyExempt(said) ? Optional.empty() : restSaidAt(flow, step, said, today);
    }

    /**
     * The option {@code said} moves {@code step} of {@code flow} on by, read as told after what the step exempts was spoken of
     * (其他的都关了 right after 48小时发货关不掉怎么办 was answered: the rest); else empty.
     */
    Optional<StepOption> restSaidAt(Flow flow, FlowStep step, Utterance said, LocalDate today) {
        StepReader reader = stepReaders.get(flow.id() + "/" + step.id());
        if (reader == null) {
            return Optional.empty();
        }
        StepReader.Reading reading = reader.read(said, today, true, FlowFrame.EXEMPT_LEFT);
        return reading.clear() && reading.option().faq() == null && !reading.option().stays()
                ? Optional.of(reading.option()) : Optional.empty();
    }

    /** Whether {@code said} only guesses or doubts what {@code step} of {@code flow} asks (好像都关了吧, 不确定关没关). */
    boolean doubted(Flow flow, FlowStep step, Utterance said) {
        StepReader reader = stepReaders.get(flow.id() + "/" + step.id());
        return reader == null || reader.doubts(said);
    }

    /**
     * Whether entry {@code faqId} asks only of what {@code flow}'s first step exempts (24h/48h/72h等发货服务关不掉怎么办？):
     * right after its answer, the walk begun next reads "the others" told at that step (其他的都关了) as the rest.
     */
    boolean asksOfFirstExempt(Flow flow, String faqId) {
        StepReader first = stepReaders.get(flow.id() + "/" + flow.start());
        return faqId != null && first != null && kb.faq(faqId).map(e -> first.speaksOnlyOfExempt(e.question())).orElse(false);
    }
}
