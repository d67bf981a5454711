package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a message mid-walk turns to another flow's task — after an aside's opening (对了，还有个事 运单号填错了怎么改), as what
 * the seller wants done now (我还要退保证金，先弄这个), or as a stage past every step told (保证金已经解冻了) — and so that flow
 * starts while this one waits. Immutable and thread-safe.
 */
final class AnotherFlowWanted {
    /**
     * The entry starting the flow turned to (empty: none), the retrieval that found it or that was made on the way (null:
     * none), and the step's reading of the message made on the way (null: none) — the same reading the step would make.
     */
    record Found(Optional<FaqEntry> entry, Retrieval searched, StepReader.Reading reading) {
    }

    private final Retriever retriever;
    private final IntentReader intents;
    private final AnswerLexicon lexicon;
    private final TextNormalizer normalizer;
    private final Digressions digressions;
    private final FlowEntries flowEntries;

    AnotherFlowWanted(Retriever retriever, IntentReader intents, AnswerLexicon lexicon, TextNormalizer normalizer,
                      Digressions digressions, FlowEntries flowEntries) {
        this.retriever = retriever;
        this.intents = intents;
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.digressions = digressions;
        this.flowEntries = flowEntries;
    }

    /**
     * What {@code u} (read as {@code asked}, its negated requests taken out; a {@code question} or not) turns to at the step
     * {@code reader} reads, in {@code flow}, its things told before {@code toldBefore}.
     */
    Found in(Flow flow, StepReader reader, Utterance asked, boolean question, Utterance u, LocalDate today, int toldBefore) {
        // 对了，还有个事 turning to what starts another flow: that flow, and this one waits
        Utterance afterAside = intents.isAside(u) ? intents.afterAside(asked) : null;
        Retrieval searched = afterAside == null ? null : retriever.search(afterAside);
        Optional<FaqEntry> other = searched == null ? Optional.empty()
                : digressions.anotherFlow(searched, asked, today, flow);
        // (its question alone, when what is told beside it blurs it: 运单号发出去之后还能改吗？昨天有个单子好像弄错了; or what
        // it says is wanted: 这单因为单号不对被扣了分 我想走申诉)
        Utterance asideAsks = other.isEmpty() && afterAside != null ? intents.questions(afterAside) : null;
        asideAsks = asideAsks == null && other.isEmpty() && afterAside != null ? intents.wanting(afterAside) : asideAsks;
        // (or a ruling disagreed with, told after it: 对了 之前另一单被扣了分 我不服 is the appeal's, what was found for it read as a
        // want — not a ruling awaited or seen, 对了 另一单投诉判责还在等结果, which may be this step's)
        if (asideAsks == null && other.isEmpty() && afterAside != null && intents.disagrees(afterAside)) {
            other = digressions.wantedFlow(searched, asked, today, flow);
        }
        if (asideAsks != null) {
            Retrieval asks = retriever.search(asideAsks);
            other = digressions.anotherFlow(asks, asked, today, flow);
            searched = other.isPresent() ? asks : searched;
        }
        // (or what the seller says they want done now, another flow's task: 投诉还有一个 我想先申诉这个)
        // (not one that answers the step and moves it: 是快递丢件 我要先补发 at the appeal's reason is the reason told — but a
        // step answer only by resemblance to the want itself, 我还要退保证金，先弄这个 ~ 还要补发, is none)
        Utterance ownWant = other.isEmpty() && afterAside == null && !question ? intents.ownWant(asked) : null;
        StepReader.Reading answers = ownWant == null ? null : reader.read(asked, today, true, toldBefore);
        if (ownWant != null && !(answers.clear() && !answers.option().stays()
                && (answers.how() != StepReader.How.MEANING || answeredBeside(reader, asked, ownWant, today, toldBefore)))) {
            Retrieval wants = retriever.search(ownWant);
            other = digressions.wantedFlow(wants, asked, today, flow);
            searched = other.isPresent() ? wants : searched;
        }
        // (or a stage past every step told, 保证金已经解冻了: the entry of the end it has reached)
        if (other.isEmpty() && !question && flowEntries.tellsStage(asked)) {
            searched = retriever.search(asked);
            other = flowEntries.stageReached(flow, searched);
        }
        return new Found(other, searched, answers);
    }

    /**
     * Whether the clauses of {@code u} besides the {@code wanted} ones move the step on their own (是快递丢件 beside 我要先补发)
     * — or nothing is said besides the want (我要补发因为快递丢件了), whose reading is the message's.
     */
    private boolean answeredBeside(StepReader reader, Utterance u, Utterance wanted, LocalDate today, int toldBefore) {
        Utterance beside = intents.besides(u, wanted);
        if (beside == null) {
            return true;
        }
        StepReader.Reading read = reader.read(beside, today, true, toldBefore);
        return read.clear() && !read.option().stays();
    }

    /**
     * Whether the only correction {@code u} makes is a "wait" it opens with (等等 我另一单的运单号要先改): no more than a pause
     * — 等等，说错了，有个投诉还在处理 takes an answer back, whatever it wants done next.
     */
    boolean onlyWaits(Utterance u) {
        java.util.regex.Pattern wait = lexicon.optionalPattern("wait-opening");
        String rest = wait == null ? u.raw() : wait.matcher(u.raw()).replaceFirst("");
        return !rest.equals(u.raw()) && !lexicon.hasCorrection(normalizer.utterance(rest));
    }

    /**
     * For a message that puts this walk off till later (保证金这个等会再说, phrases.yaml {@code put-off}) and asks for something
     * else beside it (先帮我看看运单号 我自己叫的申通 单号输错一位): the entry of the other flow that something else starts, with
     * the retrieval that found it — this walk then waits, as after an aside — or none. {@code rest} is what the message
     * says besides its stop ({@link IntentReader#besidesCancel}), or null.
     */
    Found putOffFor(Flow flow, Utterance u, Utterance rest, LocalDate today) {
        java.util.regex.Pattern putOff = lexicon.optionalPattern("put-off");
        Retrieval searched = rest == null || putOff == null || !putOff.matcher(u.basic()).find() ? null : retriever.search(rest);
        Optional<FaqEntry> other = searched == null ? Optional.empty() : digressions.anotherFlow(searched, rest, today, flow);
        return new Found(other, searched, null);
    }

    /** Whether {@code asked} says the seller wants another flow's task done now (我另一单的运单号要先改). */
    boolean wanted(Utterance asked, LocalDate today, Flow flow) {
        Utterance want = intents.ownWant(asked);
        return want != null && digressions.wantedFlow(retriever.search(want), asked, today, flow).isPresent();
    }
}
