package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialogue engine: answers FAQ questions, runs the guided flows of the knowledge base (nested:
 * a flow asked for inside another pauses it), and handles the conversation around them (small talk,
 * clarify, fallback, cancel, resume, handoff, digressions, session expiry, replies in the seller's
 * script). Each message is normalised once ({@link Utterance}) and read by the intents, the step and
 * retrieval alike; a turn inside a walk is {@link StepTurns}', one outside any {@link IdleTurns}'. Immutable and
 * thread-safe; all conversation state lives in the {@link Session} the caller passes in and stores back.
 */
public final class DialogueEngine implements Dialogue {
    /** Where 1688's sellers are: dates they write (11月20号) are read on this calendar. */
    private static final ZoneId SELLERS_ZONE = ZoneId.of("Asia/Shanghai");

    private final KnowledgeBase kb;
    private final Retriever retriever;
    private final TextNormalizer normalizer;
    private final ScriptConverter script;
    private final Duration sessionTtl;
    private final IntentReader intents;
    private final AnswerLexicon lexicon;
    private final Map<String, StepReader> stepReaders;
    private final Replies replies;
    private final FlowEntries flowEntries;
    private final EarlierSteps earlierSteps;
    private final LaterSteps laterSteps;
    private final EntryTurns entryTurns;
    /** The turns outside a flow. */
    private final IdleTurns idle;
    /** The turns inside a flow. */
    private final StepTurns steps;
    /** Whether a message right after a flow ended is read at the step answered again. */
    private final EndedFlows endedFlows;
    /** Whether a message right after a walk timed out is that walk's answer left over. */
    private final ExpiredWalks expiredWalks;

    private DialogueEngine(KnowledgeBase kb, Retriever retriever, TextNormalizer normalizer, ScriptConverter script,
                           Duration sessionTtl, double likelyRatio) {
        this.kb = kb;
        this.retriever = retriever;
        this.normalizer = normalizer;
        this.script = script;
        this.sessionTtl = sessionTtl;
        this.intents = new IntentReader(kb.phrases(), normalizer);
        this.lexicon = new AnswerLexicon(kb.phrases(), normalizer, kb.flows().values().stream()
                .map(flow -> flow.steps().values().stream().map(FlowStep::about).toList()).toList());
        this.stepReaders = StepReader.forAll(kb, lexicon);
        this.replies = new Replies(kb, script);
        FlowRunner flows = new FlowRunner(kb, replies);
        this.earlierSteps = new EarlierSteps(kb, stepReaders, lexicon, normalizer);
        this.laterSteps = new LaterSteps(earlierSteps, stepReaders, lexicon, normalizer);
        this.flowEntries = new FlowEntries(kb, stepReaders, intents, laterSteps, likelyRatio);
        Digressions digressions = new Digressions(flowEntries, earlierSteps);
        Declines declines = new Declines(kb, replies, retriever, flowEntries);
        this.endedFlows = new EndedFlows(kb, lexicon, stepReaders, earlierSteps);
        this.expiredWalks = new ExpiredWalks(kb, lexicon, stepReaders, earlierSteps);
        this.entryTurns = new EntryTurns(kb, flows, replies, flowEntries, intents, declines, laterSteps, endedFlows,
                new OtherPlatformClauses(retriever, normalizer));
        GoingBack goingBack = new GoingBack(kb, retriever, intents, flows, flowEntries, entryTurns);
        this.idle = new IdleTurns(kb, intents, replies, flows, new ClarifyPick(normalizer, lexicon),
                new OpeningSearch(retriever, intents, flowEntries), declines, entryTurns, flowEntries,
                new TakenIn(kb.phrases(), intents), goingBack);
        this.steps = new StepTurns(kb, retriever, intents, lexicon, new RestToldOnly(lexicon, normalizer), stepReaders, replies,
                flows, flowEntries, earlierSteps, laterSteps, digressions, declines, entryTurns,
                new InFlowQuestions(kb, retriever, intents, flows, flowEntries, earlierSteps, digressions, entryTurns),
                goingBack, new AnotherFlowWanted(retriever, intents, lexicon, normalizer, digressions, flowEntries), idle);
    }

    /** An engine over {@code kb}; conversations idle longer than {@code sessionTtl} start fresh. */
    public static DialogueEngine create(KnowledgeBase kb, RetrievalSettings settings, Duration sessionTtl) {
        ScriptConverter script = new ScriptConverter();
        TextNormalizer normalizer = new TextNormalizer(kb, script);
        Retriever retriever = Retriever.build(kb, normalizer, settings);
        return new DialogueEngine(kb, retriever, normalizer, script, sessionTtl, settings.optionRatio());
    }

    @Override
    public KnowledgeBase knowledge() {
        return kb;
    }

    @Override
    public List<Candidate> candidates(String text, int limit) {
        return retriever.rank(text, limit);
    }

    @Override
    public Optional<String> prompt(String flowId, String stepId) {
        return kb.flow(flowId).map(f -> f.step(stepId)).map(replies::prompt);
    }

    @Override
    public Turn handle(Session session, String conversationId, String text, Instant now) {
        Utterance u = normalizer.utterance(text);
        boolean expired = session != null && session.lastActivity() != null
                && Duration.between(session.lastActivity(), now).compareTo(sessionTtl) > 0;
        // a conversation with a person stays with them however long it is silent, until staff resolve it
        boolean fresh = session == null || (expired && !session.handedOff());
        Session s = (fresh ? Session.fresh(conversationId, now) : session).at(now);
        // (what the turn before kept of a flow it ended, read before any transition forgets it)
        FlowFrame ended = s.endedFrom();
        FlowPosition gone = null;
        if (s.inFlow() && stepOf(s).isEmpty()) {
            // the flow or step is gone after a knowledge reload: the flows end, and the reply says so
            gone = new FlowPosition(s.flowId(), s.stepId(), true, List.of());
            s = s.idle();
        }
        if (!s.suspended().isEmpty()) {
            s = s.keepingSuspended(f -> kb.flow(f.flowId()).map(x -> x.step(f.stepId())).isPresent());
        }
        // a correction right after a flow ended on an answer (三个条件都满足了 → 不对，是11月20号，记错了) is read at the step
        // answered, as if the flow had not ended: the end it reached may not stand; what the turn before kept lasts one turn
        s = s.withoutEnded();
        Optional<String> reopened = ended != null && s.state() == Session.State.IDLE ? endedFlows.reopens(s, ended, u)
                : Optional.empty();
        if (reopened.isPresent()) {
            s = s.atStep(ended.flowId(), reopened.get());
        }
        // (the answer to the step a walk waited at before it timed out, 仓库说是自己联系的物流: neither read there nor as an
        // opening; the seller is told the walk timed out and asks again)
        boolean leftOver = expired && session.inFlow() && s.state() == Session.State.IDLE
                && expiredWalks.leftOver(session.flowId(), session.stepId(), u, intents.isQuestion(u), today(s));
        Turn turn = leftOver ? TurnBuilder.reply(Kind.SMALLTALK, replies.message("expired")).leaving(s) : switch (s.state()) {
            case WITH_PERSON -> TurnBuilder.reply(Kind.HUMAN, "").confidence(0).leaving(s);
            case IN_FLOW -> steps.turn(s, u);
            case CLARIFYING -> s.inFlow() ? steps.turn(s, u) : idle.turn(s, u);
            case IDLE -> idleTurn(s, ended, u);
        };
        turn = rememberingAhead(turn, u, today(s));
        if (expired && session.inFlow() && !leftOver && turn.reply().kind() != Kind.HUMAN) {
            turn = lead(turn, replies.message("expired"), null);
        }
        if (gone != null && turn.reply().kind() != Kind.HUMAN) {
            turn = lead(turn, replies.message("flow-gone"), gone);
        }
        // the script of this message, or, for one that has none (2, ok, 👌), the conversation's so far
        // (asked only in a Traditional conversation: a Simplified one never reads OpenCC's dictionaries)
        boolean traditional = u.traditional() || (session != null && session.traditional() && !script.isSimplifiedOnly(text));
        Reply reply = traditional ? replies.toTraditional(turn.reply()) : turn.reply();
        // (the entry answered is what a follow-up naming no topic is about)
        Session next = reply.faqId() == null ? turn.session() : turn.session().answeredWith(reply.faqId());
        // (small talk after a walk's end, 好的 谢谢, keeps what the walk ended on for the question after it)
        next = reply.kind() == Kind.SMALLTALK ? next.keepingEnded(ended) : next;
        return new Turn(next.withTraditional(traditional), reply);
    }

    /**
     * {@code turn}, its walk keeping what {@code u} told by days of the days step after the one it waits at (最后一笔是10月8号
     * 交易成功的 while the services are asked: {@link LaterSteps#toldAhead}), for when it gets there: a seller is not asked
     * again what they said. Only a walk's turn, and only what the message states, not what it asks.
     */
    private Turn rememberingAhead(Turn turn, Utterance u, LocalDate today) {
        Session at = turn.session();
        Flow flow = at.inFlow() ? kb.flow(at.flowId()).orElse(null) : null;
        FlowStep step = flow == null ? null : flow.step(at.stepId());
        // (a message telling no days changes nothing kept; one telling any, when something is kept, may replace it: 都完成晒
        // 不过琴日先有张单收货 after 最后一单係9月)
        boolean kept = step != null && !at.flow().toldAhead().isEmpty();
        if (step == null || step.isEnd() || !(kept ? lexicon.daysIn(u.normalized(), today) >= 0
                : laterSteps.mayTellDaysAhead(flow, step, u, today))) {
            return turn;
        }
        // (not beside advice just given, a 'not yet' above all: what it waits for may change what was told)
        boolean advised = (at.flow().toldItems() & FlowFrame.ADVISED) != 0;
        Utterance told = turn.reply().kind() != Kind.FLOW || advised ? null : intents.isQuestion(u) ? intents.statements(u) : u;
        Map<String, String> ahead = told == null ? Map.of() : laterSteps.toldAhead(flow, step, told, today);
        // (days told that cannot be kept replace what was: 都完结了 昨天刚有一单确认收货 after 最后一单是9月的)
        Session next = at.forgettingAhead().tellingAhead(ahead);
        return next.equals(at) ? turn : new Turn(next, turn.reply());
    }

    /** The turn with {@code text} said first; {@code ended} as its flow position when it has none of its own. */
    static Turn lead(Turn turn, String text, FlowPosition ended) {
        Reply r = turn.reply();
        Reply led = r.withText(Replies.join(text, r.text()));
        return new Turn(turn.session(), r.flow() != null ? led : led.withFlow(ended));
    }

    /**
     * A turn with no walk under way: another case of the matter a walk just ended on (还有一个买家也要退货), that retrieval finds
     * nothing for or that asks whether it goes the same way (也是这样弄吗), walks that flow again from its start; anything
     * else is {@link IdleTurns}'.
     */
    private Turn idleTurn(Session s, FlowFrame ended, Utterance u) {
        // (a walk that waits, answered in so many words with no 继续 said, 订单那边 除了这个退货的单还在走退款 其他都交易成功了 once
        // the walk put before it ended: it comes back and reads the answer)
        Optional<Turn> resumed = answeringPaused(s, u);
        if (resumed.isPresent()) {
            return resumed.get();
        }
        Optional<FaqEntry> again = endedFlows.newCase(ended, u).flatMap(flowEntries::starterOf)
                .filter(e -> endedFlows.asksTheSameWay(u) || retriever.search(u).decision() == Retrieval.Decision.FALLBACK);
        return again.isPresent() ? entryTurns.answer(s, again.get(), 1.0, u) : idle.turn(s, u, endedFlows.walkedCase(ended, u));
    }

    /**
     * The paused walk's turn when {@code u}, no question, names the things of the step it waits at and reads clearly there
     * or finds no answer of its own: that walk again, the answer read at its step, led by a word that it is back.
     */
    private Optional<Turn> answeringPaused(Session s, Utterance u) {
        if (s.suspended().isEmpty() || intents.isQuestion(u)) {
            return Optional.empty();
        }
        FlowFrame paused = s.suspended().get(0);
        Flow flow = kb.flow(paused.flowId()).orElse(null);
        FlowStep step = flow == null ? null : flow.step(paused.stepId());
        StepReader reader = step == null ? null : stepReaders.get(flow.id() + "/" + step.id());
        // (read clearly there, or finding no answer of its own: 除了这个退货的单还在走退款 其他都交易成功了 is the orders step's,
        // however it weighs there)
        if (reader == null || !earlierSteps.mentions(u, step) || !reader.read(u, today(s), true).clear()
                && retriever.search(u).decision() == Retrieval.Decision.ANSWER) {
            return Optional.empty();
        }
        return Optional.of(lead(steps.turn(s.resumingSuspended(), u), replies.message("resumed", Map.of("flow", flow.title())), null));
    }

    /** The seller's date of this message (1688's sellers are in China), for dates in replies (11月20号). */
    static LocalDate today(Session s) {
        Instant at = s.lastActivity() != null ? s.lastActivity() : Instant.now();
        return at.atZone(SELLERS_ZONE).toLocalDate();
    }

    private Optional<FlowStep> stepOf(Session s) {
        return kb.flow(s.flowId()).map(f -> f.step(s.stepId()));
    }
}
