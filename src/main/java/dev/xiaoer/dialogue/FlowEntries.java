package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.text.Utterance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which question starts a flow instead of being answered alone: one that could be any of the
 * entries a flow covers (its first step asks what tells them apart), and one answered by an entry
 * whose answer holds only for one answer to the flow's first step ({@code asks-first}) when the
 * question does not give that answer (发货了没填单号还能补吗 does not say how it was shipped; 自己联系的快递
 * 漏填了单号 does). And a question answered by one entry of a flow whose first step is a choice
 * among them, when that flow's starter is nearly as likely (被判了个延迟发货扣分 我不服 怎么申诉: the
 * valid-appeal list, or disagreeing with the ruling): the first step asks which. Immutable and
 * thread-safe.
 */
final class FlowEntries {
    /**
     * The least score the best of an undecided message's candidates needs for their flow to start:
     * below it the words shared are too few to say the message is about that flow at all
     * (保证金能用来付货款吗 shares only 保证金 with the deposit entries).
     */
    private static final double COVERED_SCORE = 0.45;
    /**
     * The least score of the best candidate that shares two or more of its entry's words, not single
     * characters (被判了发货违规 我要申诉: 发货, 申诉; not 保证金能用来付货款吗: 保证金, 来): enough for its
     * flow, whose first step asks which case it is, to start.
     */
    private static final double COVERED_SCORE_TWO_WORDS = 0.30;

    private final KnowledgeBase kb;
    /** What a question tells beside what it asks ({@link IntentReader#statements}): the case a walk reads from it. */
    private final IntentReader intents;
    private final Map<String, StepReader> stepReaders;
    /** What a message tells of a flow's first step: the case it gives or asks for, the condition it tells met. */
    private final FirstStepCases cases;
    /** How close to the best another entry of a flow must come to be named beside the case told ({@link #caseToldBesideAnother}). */
    private static final double ANOTHER_ENTRY_SHARE = 0.5;
    /** How close to the best a starter's score must come to be as likely (retrieval's option ratio). */
    private final double likelyRatio;
    /** A stage told as reached, not to come ({@code stage-reached}, optional): read mid-walk. */
    private final java.util.regex.Pattern stageReached;

    FlowEntries(KnowledgeBase kb, Map<String, StepReader> stepReaders, IntentReader intents, LaterSteps laterSteps,
                double likelyRatio) {
        this.kb = kb;
        this.intents = intents;
        this.stepReaders = stepReaders;
        this.likelyRatio = likelyRatio;
        this.cases = new FirstStepCases(kb, stepReaders, intents, laterSteps);
        this.stageReached = kb.phrases().patterns().get("stage-reached");
    }

    /**
     * The entry an end of {@code flow} names ({@code entry}) that a statement telling a stage reached ({@link #tellsStage})
     * is about, as retrieval's {@code r} answers it: 保证金已经解冻了 at any step of the deposit walk is past every condition
     * (the unfreeze only follows them), so the transfer-out entry is the answer, not the step's option its words resemble.
     */
    Optional<FaqEntry> stageReached(Flow flow, Retrieval r) {
        if (r.decision() != Retrieval.Decision.ANSWER) {
            return Optional.empty();
        }
        String best = r.best().faqId();
        return flow.steps().values().stream().anyMatch(step -> step.isEnd() && best.equals(step.entry()))
                ? kb.faq(best) : Optional.empty();
    }

    /**
     * Whether {@code said} tells a stage reached that an entry's answer holds at ({@code stage-reached}: 已经解冻了; not one to
     * come, 解冻后我再来转出). Optional: false when the knowledge has none.
     */
    boolean tellsStage(Utterance said) {
        return stageReached != null && stageReached.matcher(said.basic()).find();
    }

    /** True when FAQ {@code faqId} starts {@code flow} or is related to an entry that does. */
    boolean about(String faqId, Flow flow) {
        for (FaqEntry e : kb.faqs()) {
            if (flow.id().equals(e.flow()) && (e.id().equals(faqId) || e.related().contains(faqId))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether retrieval's best answer is a side entry of {@code flow}: in no flow itself, and related to an entry the
     * flow starts with or covers (deposit.shipping-subservices, beside deposit.close-service).
     */
    boolean sideAbout(Retrieval r, Flow flow) {
        return r.best() != null && kb.faq(r.best().faqId()).map(e -> sideOf(e, flow)).orElse(false);
    }

    private boolean sideOf(FaqEntry e, Flow flow) {
        return !inAnyFlow(e.id()) && e.flow() == null && e.related().stream().anyMatch(id -> belongsTo(id, flow));
    }

    /** True when FAQ {@code faqId} starts, or is covered by, a flow other than {@code flow}. */
    boolean ofAnotherFlow(String faqId, Flow flow) {
        return kb.flows().values().stream().anyMatch(f -> !f.id().equals(flow.id()) && belongsTo(faqId, f));
    }

    /** True when FAQ {@code faqId} starts a flow. */
    boolean starts(String faqId) {
        return kb.faq(faqId).map(f -> f.flow() != null && kb.flow(f.flow()).isPresent()).orElse(false);
    }

    /** True when FAQ {@code faqId} starts a flow or is an entry one covers. */
    boolean inAnyFlow(String faqId) {
        return kb.flows().values().stream().anyMatch(f -> belongsTo(faqId, f));
    }

    /** True when FAQ {@code faqId} starts {@code flow} or is an entry it covers. */
    boolean belongsTo(String faqId, Flow flow) {
        return flow.covers().contains(faqId) || kb.faq(faqId).map(f -> flow.id().equals(f.flow())).orElse(false);
    }

    /** The paused flow, most recent first, that retrieval's {@code r} asks for (继续退保证金), if any. */
    Optional<Flow> pausedAskedFor(List<FlowFrame> paused, Retrieval r) {
        Optional<FlowFrame> asked = paused.stream().filter(f -> asksFor(f.flowId(), r)).findFirst();
        // (a "go on with" naming a topic too short for an answer, 继续退货的: the paused flow its best candidate is of)
        if (asked.isEmpty() && !r.candidates().isEmpty()) {
            String best = r.candidates().get(0).faqId();
            asked = paused.stream().filter(f -> kb.flow(f.flowId()).map(flow -> belongsTo(best, flow)).orElse(false))
                    .findFirst();
        }
        return asked.flatMap(f -> kb.flow(f.flowId()));
    }

    /**
     * Whether retrieval's {@code r} asks for flow {@code flowId}: it answers the flow's starter or an
     * entry the flow covers, or asks which of the entries it covers (先回到改运单号).
     */
    boolean asksFor(String flowId, Retrieval r) {
        Flow flow = kb.flow(flowId).orElse(null);
        if (flow == null || r.decision() == Retrieval.Decision.FALLBACK) {
            return false;
        }
        List<Candidate> asked = r.decision() == Retrieval.Decision.ANSWER ? List.of(r.best()) : r.options();
        return !asked.isEmpty() && asked.stream().allMatch(c -> belongsTo(c.faqId(), flow));
    }

    /**
     * For a message retrieval could not decide between entries of one flow (申诉怎么弄: the valid list,
     * the invalid list or the ruling): the entry that starts the flow covering every candidate as
     * likely as {@link #likelyRatio} of the best, when the best is at least {@link #COVERED_SCORE}.
     */
    Optional<FaqEntry> coveringUndecided(Retrieval r, boolean statement) {
        boolean undecided = r.decline() == Retrieval.Decline.NO_MATCH
                // (a bare topic no entry answers, 想申诉: undecided as a message that finds nothing well enough)
                || r.unfoundTopic()
                // a statement (想申诉一个扣分处罚) asks none of the things a known out-of-scope question does
                // (一个处罚能申诉几次): what it shares with one is the topic, which the flow is about
                || statement && r.decline() == Retrieval.Decline.KNOWN_OUT_OF_SCOPE;
        if (!undecided) {
            return Optional.empty();
        }
        Optional<FaqEntry> several = coveringLikely(r);
        // (a known out-of-scope topic that shares words with an entry, 我要买退货运费险, is no such message)
        return several.isPresent() || r.decline() != Retrieval.Decline.NO_MATCH && !r.unfoundTopic() ? several
                : coveringAlone(r, statement);
    }

    /**
     * The flow's starter when every likely candidate of an undecided {@code r} that shares a word with
     * the best is an entry the flow walks through, and the best is named by two words or more, one of them
     * longer than a character (我想申訴一個扣分: the valid list, the ruling and the invalid list by 扣分 and
     * 申诉; the Alipay entry only by 一个): the flow's first step asks what tells its entries apart, so
     * nothing is answered that was not asked.
     */
    private Optional<FaqEntry> coveringAlone(Retrieval r, boolean statement) {
        Candidate best = r.best();
        // (a question needs two real words: 保证金能用来付货款吗 shares 保证金 and 付 with the deposit entries)
        long words = best == null ? 0 : best.wordsMatched();
        if (best == null || best.score() < COVERED_SCORE_TWO_WORDS || words < (statement ? 1 : 2)) {
            return Optional.empty();
        }
        if (best.matchedWords().size() < 2) {
            // one word (想申诉看看): only a statement, and only when every candidate is one flow's
            return statement ? covering(r.candidates()) : Optional.empty();
        }
        List<Candidate> likely = r.candidates().stream().filter(c -> c.score() >= likelyRatio * best.score())
                .filter(c -> c.matchedWords().stream().anyMatch(best.matchedWords()::contains)).toList();
        return kb.flows().values().stream()
                .filter(f -> likely.stream().allMatch(c -> f.covers().contains(c.faqId())))
                .findFirst().flatMap(this::starter);
    }

    /**
     * The entry that starts the flow covering every candidate of {@code r} as likely as
     * {@link #likelyRatio} of the best, when the best is at least {@link #COVERED_SCORE}: whatever
     * retrieval decided, what the flow's first step tells apart.
     */
    Optional<FaqEntry> coveringLikely(Retrieval r) {
        Candidate best = r.best();
        if (best == null || best.score() < COVERED_SCORE
                && (best.score() < COVERED_SCORE_TWO_WORDS
                    || best.wordsMatched() < 2)) {
            return Optional.empty();
        }
        return covering(r.candidates().stream().filter(c -> c.score() >= likelyRatio * best.score()).toList());
    }

    /** The entry that starts the flow covering every one of {@code options}, when one does. */
    Optional<FaqEntry> covering(List<Candidate> options) {
        return covering(options, null);
    }

    /** The same, but never the flow {@code justEnded} (null: none), which ended on the seller's answers just now. */
    Optional<FaqEntry> covering(List<Candidate> options, String justEnded) {
        if (options.size() < 2) {
            return Optional.empty();
        }
        for (Flow flow : kb.flows().values()) {
            if (flow.id().equals(justEnded)) {
                continue;
            }
            // (an entry the flow's first step offers to answer counts, beside one it covers: 不在1688做了，保证金那几千块怎么退
            // between the refund, closing the services and closing 官方直送 is the refund's walk, whose first step offers 官方直送)
            if (!flow.covers().isEmpty() && flow.covers().contains(options.get(0).faqId())
                    && options.stream().allMatch(c -> flow.covers().contains(c.faqId()) || offeredFirst(flow, c.faqId()))) {
                Optional<FaqEntry> starter = starter(flow);
                if (starter.isPresent()) {
                    return starter;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The entry to answer for retrieval's answer {@code r}: its best entry, or the starter of the flow
     * that entry's answer depends on when {@code said} does not answer that flow's first step, or of
     * the flow whose first step chooses among its entries when the starter is nearly as likely; never
     * the starter of {@code activeFlow}, the flow the conversation is in.
     */
    FaqEntry answering(Retrieval r, Utterance said, String activeFlow, LocalDate today) {
        return answering(r, said, activeFlow, today, null);
    }

    /**
     * The same, right after flow {@code justEnded} (null: none) ended on the seller's answers: an entry it covers is
     * answered as it is, not walked again from the first step, for the case it asks first was told just now (三个条件都满足了
     * → 那什么时候能到账 is the transfer-out entry).
     */
    FaqEntry answering(Retrieval r, Utterance said, String activeFlow, LocalDate today, String justEnded) {
        Candidate best = r.best();
        FaqEntry entry = kb.faq(best.faqId()).orElseThrow();
        for (Flow flow : kb.flows().values()) {
            if (flow.id().equals(activeFlow) || flow.id().equals(justEnded) || flow.id().equals(entry.flow())) {
                continue;
            }
            // (a statement telling the flow's first step done beside its task named by words of its own, 退保证金，子服务我
            // 都关掉了, is that task walked from where it stands, not the entry on doing the first step its facts resemble)
            Optional<FaqEntry> task = doneFirstBesideTask(flow, r, entry, said, today);
            if (task.isPresent()) {
                return task.get();
            }
            // (a statement telling the case the flow's first step chooses, whose end is the entry found, beside another of
            // the flow's entries, 漏填单号了 货是在线上下单发的, is the walk from the case told, as a reply at that step would be)
            Optional<FaqEntry> caseWalk = caseToldBesideAnother(flow, r, entry, said, today);
            if (caseWalk.isPresent()) {
                return caseWalk.get();
            }
            if (!flow.covers().contains(entry.id())) {
                continue;
            }
            Optional<FaqEntry> starter = starter(flow);
            if (starter.isEmpty()) {
                continue;
            }
            if (cases.asksCaseFirst(flow, entry, said, today) || cases.givesCaseFirst(flow, entry, said, today)
                    || cases.givesAnotherEnd(flow, entry, said, today)) {
                return starter.get();
            }
            // (a message that tells the first step met and asks the flow's own question nearly as much, 子服务都关了 订单也都
            // 交易成功了 … 保证金怎么退, is walked from where it stands, not answered the one entry its facts resemble)
            String starterId = starter.get().id();
            // (but not one asking which conditions there are: 保证金解冻要满足什么条件 我子服务已经全部关了 is the list, below)
            if (flow.asksFirst().contains(entry.id()) && !cases.asksWhichCases(said)
                    && cases.tellsFirstMet(flow, said, today)
                    && r.candidates().stream().anyMatch(c -> c.faqId().equals(starterId) && c.score() >= likelyRatio * best.score())) {
                return starter.get();
            }
            // (a question asking which cases there are, 发货扣分的处罚 什么情况申诉能成功, is the entry's list, however near the
            // question that starts the walk)
            if (flow.asksFirst().contains(entry.id()) && cases.asksWhichCases(said)) {
                return entry;
            }
            boolean choice = flow.step(flow.start()) != null && flow.step(flow.start()).isChoice();
            // (so does a flow that asks no entry's case first: it walks through what its entries say, as the return
            // checklist does the prevention entry's 预防方法, and a question between the two is the walk)
            boolean walk = !choice && flow.asksFirst().isEmpty();
            if ((choice || walk) && r.candidates().stream().anyMatch(c -> c.faqId().equals(starterId)
                    && c.score() >= likelyRatio * best.score())) {
                return starter.get();
            }
        }
        return entry;
    }

    /**
     * For a clarify led by an entry whose answer holds only for one case a flow asks first: that flow's starter,
     * when {@code said} does not give the case (the rule {@link #answering} follows for an answer); else empty.
     */
    Optional<FaqEntry> askingTheCase(Retrieval r, Utterance said, LocalDate today, String justEnded) {
        return askingTheCase(kb.faq(r.best().faqId()).orElseThrow(), said, today, justEnded);
    }

    /** The same for {@code entry}, however it was found (the one entry a fragment could mean: 补发). */
    Optional<FaqEntry> askingTheCase(FaqEntry entry, Utterance said, LocalDate today, String justEnded) {
        return kb.flows().values().stream()
                .filter(flow -> !flow.id().equals(entry.flow()) && !flow.id().equals(justEnded) && flow.covers().contains(entry.id())
                        && cases.asksCaseFirst(flow, entry, said, today))
                .map(this::starter).flatMap(Optional::stream).findFirst();
    }

    /**
     * The starter of {@code flow}, when {@code entry} is the end its first step's choice leads to for a case, {@code said}
     * states that case by its facts, and retrieval also finds another entry the flow covers (at half the best score or
     * more): what else is told is walked from that case.
     */
    private Optional<FaqEntry> caseToldBesideAnother(Flow flow, Retrieval r, FaqEntry entry, Utterance said, LocalDate today) {
        FlowStep first = flow.step(flow.start());
        if (first == null || !first.isChoice() || !FirstStepCases.endsWith(flow, entry.id()) || !flow.covers().contains(entry.id())
                || r.candidates().stream().noneMatch(c -> !c.faqId().equals(entry.id()) && flow.covers().contains(c.faqId())
                        && c.score() >= ANOTHER_ENTRY_SHARE * r.best().score())
                || intents.isQuestion(said)) {
            return Optional.empty();
        }
        StepReader reader = stepReaders.get(flow.id() + "/" + flow.start());
        FlowStep next = reader == null ? null : cases.stepToldFirst(flow, reader, said, today);
        return next != null && entry.id().equals(next.entry()) ? starter(flow) : Optional.empty();
    }

    /**
     * The starter of {@code flow}, when {@code said}, a statement answered by {@code entry}, one of the flow's entries or
     * options of its first step, tells that first step met (子服务我都关掉了) and names the flow's task by words its
     * starter is found by and the entry is not (退保证金: 保证金, 退): the entry on doing that step is no longer wanted.
     */
    private Optional<FaqEntry> doneFirstBesideTask(Flow flow, Retrieval r, FaqEntry entry, Utterance said, LocalDate today) {
        // (nor one asking "and X?" of the first step's thing, 子服务我都关掉了，官方直送呢: that thing's entry answers it)
        // (or a side entry of it: 保证金退回 其他子服务都关了 就剩个48小时发货关不掉 is deposit.shipping-subservices' words)
        if (!ofFirstStep(flow, entry)) {
            return Optional.empty();
        }
        Optional<FaqEntry> starter = starter(flow).filter(e -> !e.id().equals(entry.id()));
        List<String> entryWords = r.best().matchedWords();
        boolean taskNamed = starter.isPresent() && r.candidates().stream().anyMatch(c -> c.faqId().equals(starter.get().id())
                && c.matchedWords().stream().anyMatch(w -> !entryWords.contains(w)));
        // (the dearer readings last: whether it asks, and what it tells of the first step)
        return taskNamed && asksNoneOf(said, entryWords) && MessageClauses.of(said).stream().noneMatch(c -> c.endsWith("呢"))
                && cases.tellsFirstMet(flow, said, today) ? starter : Optional.empty();
    }

    /**
     * Whether {@code starterId} starts a flow that covers, offers first or has beside it {@code entryId}, and {@code said}
     * tells that flow's first step met: the task asked beside facts the walk reads ({@link OpeningSearch}).
     */
    boolean taskBesideFirstMet(String starterId, String entryId, Utterance said, LocalDate today) {
        Optional<Flow> flow = kb.faq(starterId).map(FaqEntry::flow).flatMap(kb::flow);
        Optional<FaqEntry> entry = kb.faq(entryId);
        // (not which conditions there are, asked beside the first step told met: 保证金解冻需要哪些条件 子服务我已经全部关闭了 is
        // the conditions' list)
        return flow.isPresent() && entry.isPresent() && !starterId.equals(entryId) && ofFirstStep(flow.get(), entry.get())
                && !cases.asksWhichCases(said) && cases.tellsFirstMet(flow.get(), said, today);
    }

    /** Whether {@code starterId} starts a flow whose first step {@code said} tells met. */
    boolean startsFirstMet(String starterId, Utterance said, LocalDate today) {
        return kb.faq(starterId).map(FaqEntry::flow).flatMap(kb::flow).filter(f -> cases.tellsFirstMet(f, said, today)).isPresent();
    }

    /** Whether {@code entry} is one {@code flow} covers, offers at its first step or has beside it: what a first step done bears on. */
    private boolean ofFirstStep(Flow flow, FaqEntry entry) {
        return flow.covers().contains(entry.id()) || offeredFirst(flow, entry.id()) || sideOf(entry, flow);
    }

    /**
     * Whether {@code said} asks nothing, or asks only in clauses that share no word with the first step's entry it was
     * found by ({@code entryWords}): 保证金怎么退 买家保障的子服务我都关了 asks the task and tells the step done; 子服务都关了
     * 官方直送怎么关 asks of the step's own thing.
     */
    private boolean asksNoneOf(Utterance said, List<String> entryWords) {
        if (!intents.isQuestion(said)) {
            return true;
        }
        // (a clause with the entry's words that tells, beside one without them that asks: what asks is read only of the
        // clauses with the entry's words, the dearer statements last)
        List<String> clauses = MessageClauses.of(said);
        List<String> ofTheEntry = clauses.stream().filter(c -> entryWords.stream().anyMatch(c::contains)).toList();
        return !ofTheEntry.isEmpty() && ofTheEntry.size() < clauses.size() && ofTheEntry.stream().noneMatch(QuestionWords::asks)
                && intents.statements(said) != null;
    }

    /** Whether some flow's first step offers entry {@code faqId} among its options (官方直送怎么关？ at the services step). */
    boolean offeredFirst(String faqId) {
        return kb.flows().values().stream().anyMatch(flow -> offeredFirst(flow, faqId));
    }

    /** Whether {@code flow}'s first step offers FAQ {@code faqId} as one of its options. */
    private static boolean offeredFirst(Flow flow, String faqId) {
        FlowStep first = flow.step(flow.start());
        return first != null && first.options().stream().anyMatch(o -> faqId.equals(o.faq()));
    }

    /** {@link FirstStepCases#saidAt}. */
    Optional<StepOption> saidAt(Flow flow, FlowStep step, Utterance said, LocalDate today) {
        return cases.saidAt(flow, step, said, today);
    }

    /** {@link FirstStepCases#doubted}. */
    boolean doubted(Flow flow, FlowStep step, Utterance said) {
        return cases.doubted(flow, step, said);
    }

    /** {@link FirstStepCases#restSaidAt}. */
    Optional<StepOption> restSaidAt(Flow flow, FlowStep step, Utterance said, LocalDate today) {
        return cases.restSaidAt(flow, step, said, today);
    }

    /** {@link FirstStepCases#asksOfFirstExempt}. */
    boolean asksOfFirstExempt(Flow flow, String faqId) {
        return cases.asksOfFirstExempt(flow, faqId);
    }

    /** The entry that starts {@code flow}, when one does. */
    Optional<FaqEntry> starterOf(Flow flow) {
        return starter(flow);
    }

    private Optional<FaqEntry> starter(Flow flow) {
        return kb.faqs().stream().filter(e -> flow.id().equals(e.flow())).findFirst();
    }
}
