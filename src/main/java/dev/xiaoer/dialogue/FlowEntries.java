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
    /** What a question tells beside what it asks ({@link IntentReader#statements}): the case a walk reads from it. */
    private final IntentReader intents;
    private final Map<String, StepReader> stepReaders;
    /** How close to the best another entry of a flow must come to be named beside the case told ({@link #caseToldBesideAnother}). */
    private static final double ANOTHER_ENTRY_SHARE = 0.5;
    /** How close to the best a starter's score must come to be as likely (retrieval's option ratio). */
    private final double likelyRatio;
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
    /** A stage told as reached, not to come ({@code stage-reached}, optional): read mid-walk. */
    private final java.util.regex.Pattern stageReached;

    FlowEntries(KnowledgeBase kb, Map<String, StepReader> stepReaders, IntentReader intents, double likelyRatio) {
        this.kb = kb;
        this.intents = intents;
        this.stepReaders = stepReaders;
        this.likelyRatio = likelyRatio;
        this.casesAsked = kb.phrases().pattern("cases-asked");
        this.stageTold = kb.phrases().patterns().get("stage-told");
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
     * Whether {@code flow} asks {@code entry}'s case first and {@code said} tells, by its facts, a case its first step
     * takes straight to another end (运单号没填上 是在物流平台下单发的: shipped online, whose end is the online entry, not
     * the fill-in the seed gives for a courier of one's own): the walk, to that end.
     */
    private boolean givesAnotherEnd(Flow flow, FaqEntry entry, Utterance said, LocalDate today) {
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
    private FlowStep stepToldFirst(Flow flow, StepReader first, Utterance told, LocalDate today) {
        StepReader.Reading given = first.read(told, today, true);
        FlowStep next = !given.clear() || given.option().stays() ? null : flow.step(given.option().next());
        return next != null && first.backedByFacts(given, told) ? next : null;
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
            if (asksCaseFirst(flow, entry, said, today) || givesCaseFirst(flow, entry, said, today)
                    || givesAnotherEnd(flow, entry, said, today)) {
                return starter.get();
            }
            // (a message that tells the first step met and asks the flow's own question nearly as much, 子服务都关了 订单也都
            // 交易成功了 … 保证金怎么退, is walked from where it stands, not answered the one entry its facts resemble)
            String starterId = starter.get().id();
            if (flow.asksFirst().contains(entry.id()) && tellsFirstMet(flow, said, today)
                    && r.candidates().stream().anyMatch(c -> c.faqId().equals(starterId) && c.score() >= likelyRatio * best.score())) {
                return starter.get();
            }
            // (a question asking which cases there are, 发货扣分的处罚 什么情况申诉能成功, is the entry's list, however near the
            // question that starts the walk)
            if (flow.asksFirst().contains(entry.id()) && casesAsked.matcher(said.basic()).find()) {
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
        FaqEntry entry = kb.faq(r.best().faqId()).orElseThrow();
        return kb.flows().values().stream()
                .filter(flow -> !flow.id().equals(entry.flow()) && !flow.id().equals(justEnded) && flow.covers().contains(entry.id())
                        && asksCaseFirst(flow, entry, said, today))
                .map(this::starter).flatMap(Optional::stream).findFirst();
    }

    /**
     * The starter of {@code flow}, when {@code entry} is the end its first step's choice leads to for a case, {@code said}
     * states that case by its facts, and retrieval also finds another entry the flow covers (at half the best score or
     * more): what else is told is walked from that case.
     */
    private Optional<FaqEntry> caseToldBesideAnother(Flow flow, Retrieval r, FaqEntry entry, Utterance said, LocalDate today) {
        FlowStep first = flow.step(flow.start());
        if (first == null || !first.isChoice() || !endsWith(flow, entry.id()) || !flow.covers().contains(entry.id())
                || r.candidates().stream().noneMatch(c -> !c.faqId().equals(entry.id()) && flow.covers().contains(c.faqId())
                        && c.score() >= ANOTHER_ENTRY_SHARE * r.best().score())
                || intents.isQuestion(said)) {
            return Optional.empty();
        }
        StepReader reader = stepReaders.get(flow.id() + "/" + flow.start());
        FlowStep next = reader == null ? null : stepToldFirst(flow, reader, said, today);
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
        if (!flow.covers().contains(entry.id()) && !offeredFirst(flow, entry.id()) && !sideOf(entry, flow)) {
            return Optional.empty();
        }
        Optional<FaqEntry> starter = starter(flow).filter(e -> !e.id().equals(entry.id()));
        List<String> entryWords = r.best().matchedWords();
        boolean taskNamed = starter.isPresent() && r.candidates().stream().anyMatch(c -> c.faqId().equals(starter.get().id())
                && c.matchedWords().stream().anyMatch(w -> !entryWords.contains(w)));
        // (the dearer readings last: whether it asks, and what it tells of the first step)
        return taskNamed && !intents.isQuestion(said) && MessageClauses.of(said).stream().noneMatch(c -> c.endsWith("呢"))
                && tellsFirstMet(flow, said, today) ? starter : Optional.empty();
    }

    /** Whether {@code said} tells {@code flow}'s first step, a condition, met (子服务都关了). */
    private boolean tellsFirstMet(Flow flow, Utterance said, LocalDate today) {
        FlowStep first = flow.step(flow.start());
        StepReader reader = stepReaders.get(flow.id() + "/" + flow.start());
        if (first == null || first.isChoice() || reader == null || reader.doubts(said)) {
            return false;
        }
        StepReader.Reading given = reader.read(said, today, true);
        return given.clear() && first.affirmativeOption().filter(given.option()::equals).isPresent();
    }

    /**
     * Whether {@code flow} asks {@code entry}'s case first and {@code said} tells it by its facts (客服把活动价设错了，亏本
     * 没法发 被投诉扣分 我想申诉): the flow is walked from the case told, whose step answers it for that case, rather than
     * the entry listing every case.
     */
    private boolean givesCaseFirst(Flow flow, FaqEntry entry, Utterance said, LocalDate today) {
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
     * told beside it may undo it (三个条件都满足了 但最后一单才过了10天 保证金怎么转出), and a guess or hearsay is no stage
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
            } else if (!QuestionWords.hasQuestionWord(clause)) {
                return false;
            }
        }
        return told;
    }

    /** Whether an end step of {@code flow} names entry {@code faqId}: what the flow reaches once every stage is passed. */
    private static boolean endsWith(Flow flow, String faqId) {
        return flow.steps().values().stream().anyMatch(step -> step.isEnd() && faqId.equals(step.entry()));
    }

    /** Whether {@code flow} asks {@code entry}'s case first and {@code said} does not give it. */
    private boolean asksCaseFirst(Flow flow, FaqEntry entry, Utterance said, LocalDate today) {
        boolean endsHere = endsWith(flow, entry.id());
        if (!flow.asksFirst().contains(entry.id()) || casesAsked.matcher(said.basic()).find()
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
        if (reader == null || !reader.leavesOnlyExempt(said)) {
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

    /** Whether {@code flow}'s first step offers FAQ {@code faqId} as one of its options. */
    private static boolean offeredFirst(Flow flow, String faqId) {
        FlowStep first = flow.step(flow.start());
        return first != null && first.options().stream().anyMatch(o -> faqId.equals(o.faq()));
    }

    /**
     * Whether entry {@code faqId} asks only of what {@code flow}'s first step exempts (24h/48h/72h等发货服务关不掉怎么办？):
     * right after its answer, the walk begun next reads "the others" told at that step (其他的都关了) as the rest.
     */
    boolean asksOfFirstExempt(Flow flow, String faqId) {
        StepReader first = stepReaders.get(flow.id() + "/" + flow.start());
        return faqId != null && first != null && kb.faq(faqId).map(e -> first.speaksOnlyOfExempt(e.question())).orElse(false);
    }

    /** The entry that starts {@code flow}, when one does. */
    Optional<FaqEntry> starterOf(Flow flow) {
        return starter(flow);
    }

    private Optional<FaqEntry> starter(Flow flow) {
        return kb.faqs().stream().filter(e -> flow.id().equals(e.flow())).findFirst();
    }
}
