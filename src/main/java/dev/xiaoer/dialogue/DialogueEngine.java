package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Branch;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialogue engine: answers FAQ questions, runs the guided flows of the knowledge base, and
 * handles the conversation around them (small talk, clarify, fallback, cancel, handoff, digressions,
 * session expiry, replies in the seller's script). Immutable and thread-safe; all conversation state
 * lives in the {@link Session} the caller passes in and stores back.
 */
public final class DialogueEngine implements Dialogue {
    /** Answers up to this many characters are taken as answers even when read only by pattern. */
    private static final int SHORT_ANSWER = 4;

    private final KnowledgeBase kb;
    private final Retriever retriever;
    private final ScriptConverter script;
    private final Duration sessionTtl;
    private final PhraseMatcher phrases;
    private final AnswerReader reader;
    private final Replies replies;
    private final FlowRunner flows;

    private DialogueEngine(KnowledgeBase kb, Retriever retriever, ScriptConverter script, Duration sessionTtl) {
        this.kb = kb;
        this.retriever = retriever;
        this.script = script;
        this.sessionTtl = sessionTtl;
        this.phrases = new PhraseMatcher(kb.phrases(), script);
        this.reader = new AnswerReader(phrases);
        this.replies = new Replies(kb, script);
        this.flows = new FlowRunner(replies);
    }

    /** An engine over {@code kb}; conversations idle longer than {@code sessionTtl} start fresh. */
    public static DialogueEngine create(KnowledgeBase kb, RetrievalSettings settings, Duration sessionTtl) {
        ScriptConverter script = new ScriptConverter();
        Retriever retriever = Retriever.build(kb, new TextNormalizer(kb, script), settings);
        return new DialogueEngine(kb, retriever, script, sessionTtl);
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
        boolean expired = session != null && session.lastActivity() != null
                && Duration.between(session.lastActivity(), now).compareTo(sessionTtl) > 0;
        // a conversation with a person stays with them however long it is silent, until staff resolve it
        boolean fresh = session == null || (expired && !session.handedOff());
        Session s = fresh ? Session.fresh(conversationId, now) : session;
        s = s.at(now);
        String stepId = s.stepId();
        FlowPosition gone = null;
        if (!s.handedOff() && s.inFlow() && kb.flow(s.flowId()).map(f -> f.step(stepId)).isEmpty()) {
            // the flow or step is gone after a knowledge reload: the flow ends, and the reply says so
            gone = new FlowPosition(s.flowId(), stepId, true);
            s = s.idle();
        }
        Turn turn = s.handedOff() ? human(s) : s.inFlow() ? inFlow(s, text) : outside(s, text);
        if (expired && session.inFlow() && turn.reply().kind() != Kind.HUMAN) {
            turn = lead(turn, replies.message("expired"), null);
        }
        if (gone != null && turn.reply().kind() != Kind.HUMAN) {
            turn = lead(turn, replies.message("flow-gone"), gone);
        }
        // the script of this message, or, for one that has none (2, ok, 👌), the conversation's so far
        boolean traditional = script.isTraditional(text)
                || (session != null && session.traditional() && !script.isSimplifiedOnly(text));
        Reply reply = traditional ? replies.toTraditional(turn.reply()) : turn.reply();
        return new Turn(turn.session().withTraditional(traditional), reply);
    }

    /** The turn with {@code text} said first; {@code ended} as its flow position when it has none of its own. */
    private static Turn lead(Turn turn, String text, FlowPosition ended) {
        Reply r = turn.reply();
        return new Turn(turn.session(), new Reply(r.conversationId(), r.msgId(), r.kind(), Replies.join(text, r.text()),
                r.faqId(), r.confidence(), r.options(), r.flow() != null ? r.flow() : ended, r.related()));
    }

    // ---------------------------------------------------------------- outside a flow

    private Turn outside(Session s, String text) {
        if (phrases.isHandoff(text)) {
            return handoff(s, null);
        }
        Optional<FaqEntry> picked = clarifyPick(s, text);
        if (picked.isPresent()) {
            return answer(s, picked.get(), 1.0);
        }
        Optional<SmallTalk> smalltalk = phrases.smalltalk(text);
        if (smalltalk.isPresent()) {
            return FlowRunner.turn(s.idle(), Kind.SMALLTALK, smalltalk.get().reply().strip(), null, 1.0,
                    List.of(), null, List.of());
        }
        if (phrases.isCancel(text) || phrases.isResume(text)) {
            String key = phrases.isCancel(text) ? "nothing-to-cancel" : "nothing-to-resume";
            return FlowRunner.turn(s.idle(), Kind.SMALLTALK, replies.message(key), null, 1.0, List.of(),
                    null, List.of());
        }
        Retrieval r = retriever.search(text);
        return switch (r.decision()) {
            case ANSWER -> answer(s, entry(r.best()), r.confidence());
            case CLARIFY -> clarify(s, r, null);
            case FALLBACK -> fallback(s, r.confidence(), null);
        };
    }

    /** An FAQ answer, or the flow the entry starts (replacing the active one, if any). */
    private Turn answer(Session s, FaqEntry entry, double confidence) {
        Optional<Flow> flow = kb.flow(entry.flow());
        Flow active = kb.flow(s.flowId()).orElse(null);
        if (flow.isPresent()) {
            if (active != null && active.id().equals(flow.get().id())) {
                return flows.repeat(s, active, active.step(s.stepId()), null);
            }
            return flows.start(s, flow.get(), entry, confidence, active);
        }
        FlowPosition position = active == null ? null : new FlowPosition(active.id(), s.stepId(), false);
        String text = active == null ? entry.answer().strip()
                : Replies.join(entry.answer(), replies.message("digression-hint"));
        List<Object> options = active == null ? List.of() : replies.options(active.step(s.stepId()));
        return FlowRunner.turn(s.understood(), Kind.FAQ, text, entry.id(), confidence, options, position,
                replies.related(entry));
    }

    private Turn clarify(Session s, Retrieval r, FlowPosition position) {
        List<Object> options = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        StringBuilder text = new StringBuilder(replies.message("clarify").strip());
        int n = 1;
        for (Candidate c : r.options()) {
            options.add(new Related(c.faqId(), c.question()));
            ids.add(c.faqId());
            text.append('\n').append(n++).append(". ").append(c.question());
        }
        if (position != null) {
            text.append('\n').append(replies.message("digression-hint").strip());
        }
        return FlowRunner.turn(s.clarifying(ids), Kind.CLARIFY, text.toString(), null, r.confidence(),
                options, position, List.of());
    }

    /** Says the knowledge base does not cover it; the second fallback in a row hands off to a person. */
    private Turn fallback(Session s, double confidence, FlowPosition position) {
        double c = Math.max(0, Math.min(1, confidence));
        if (s.fallbacks() >= 1) {
            return FlowRunner.turn(s.handedOff(HandoffReason.FALLBACKS), Kind.HANDOFF,
                    replies.message("handoff-fallbacks").strip(), null, c, List.of(), position, List.of());
        }
        return FlowRunner.turn(s.fellBack(), Kind.FALLBACK, replies.message("fallback").strip(), null,
                c, List.of(), position, List.of());
    }

    private Turn handoff(Session s, FlowPosition ending) {
        return FlowRunner.turn(s.handedOff(HandoffReason.REQUESTED), Kind.HANDOFF,
                replies.message("handoff").strip(), null, 1.0, List.of(), ending, List.of());
    }

    private Turn human(Session s) {
        return FlowRunner.turn(s, Kind.HUMAN, "", null, 0, List.of(), null, List.of());
    }

    /** The entry a reply to the last clarify picks, by number or by its words. */
    private Optional<FaqEntry> clarifyPick(Session s, String text) {
        List<String> ids = s.clarifyOptions();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        int n = reader.numberIn(text);
        if (n >= 1 && n <= ids.size()) {
            return kb.faq(ids.get(n - 1));
        }
        String c = phrases.compact(text);
        if (c.length() < 2) {
            return Optional.empty();
        }
        String best = null;
        double top = 0;
        double second = 0;
        for (String id : ids) {
            FaqEntry e = kb.faq(id).orElse(null);
            if (e == null) {
                continue;
            }
            double score = 0;
            for (String phrasing : e.phrasings()) {
                String p = phrases.compact(phrasing);
                score = Math.max(score, p.contains(c) ? 1.0 : AnswerReader.overlap(c, p));
            }
            if (score > top) {
                second = top;
                top = score;
                best = id;
            } else if (score > second) {
                second = score;
            }
        }
        return best != null && top >= 0.75 && top - second >= 0.2 ? kb.faq(best) : Optional.empty();
    }

    // ---------------------------------------------------------------- inside a flow

    private Turn inFlow(Session s, String text) {
        Flow flow = kb.flow(s.flowId()).orElseThrow();
        FlowStep step = flow.step(s.stepId());
        FlowPosition here = new FlowPosition(flow.id(), step.id(), false);
        if (phrases.isHandoff(text)) {
            return handoff(s, new FlowPosition(flow.id(), step.id(), true));
        }
        Optional<FaqEntry> picked = clarifyPick(s, text);
        if (picked.isPresent()) {
            return answer(s, picked.get(), 1.0);
        }
        if (phrases.isCancel(text)) {
            return flows.cancel(s, flow, step);
        }
        if (phrases.isResume(text)) {
            return flows.repeat(s, flow, step, null);
        }
        String answer = text;
        if (step.expect() == FlowStep.Expect.YES_NO) {
            int n = reader.numberIn(text);
            if (n >= 1 && n <= step.quickReplies().size()) {
                answer = step.quickReplies().get(n - 1); // a quick reply picked by its number
            }
        }
        AnswerReader.Reading reading = reader.read(step, answer);
        if (reading.read() && !reading.certain() && phrases.smalltalk(answer).isPresent()) {
            reading = AnswerReader.Reading.UNREAD; // 没事了 is a goodbye, not a 没 that answers the step
        }
        Retrieval r = null;
        if (reading.read() && !reading.certain() && phrases.compact(answer).length() > SHORT_ANSWER) {
            // a longer statement read only by pattern: an FAQ question on another topic it clearly is wins
            r = retriever.search(answer);
            if (r.decision() == Retrieval.Decision.ANSWER && !aboutFlow(r.best().faqId(), flow)) {
                reading = AnswerReader.Reading.UNREAD;
            }
        }
        if (reading.read()) {
            Branch branch = switch (reading.meaning()) {
                case YES -> step.yes();
                case NO -> step.no();
                default -> reading.choice().branch();
            };
            return flows.follow(s, flow, step, branch);
        }
        Optional<SmallTalk> smalltalk = phrases.smalltalk(answer);
        if (smalltalk.isPresent()) {
            return FlowRunner.turn(s.understood(), Kind.SMALLTALK,
                    Replies.join(smalltalk.get().reply(), replies.message("digression-hint")), null, 1.0,
                    replies.options(step), here, List.of());
        }
        if (r == null) {
            r = retriever.search(answer);
        }
        if (r.decision() == Retrieval.Decision.ANSWER) {
            return answer(s, entry(r.best()), r.confidence());
        }
        if (r.decision() == Retrieval.Decision.CLARIFY
                && (AnswerReader.isQuestion(answer) || AnswerReader.isQuestion(phrases.bare(answer)))) {
            return clarify(s, r, here);
        }
        return flows.reask(s, flow, step);
    }

    /** True when FAQ {@code faqId} starts {@code flow} or is related to an entry that does. */
    private boolean aboutFlow(String faqId, Flow flow) {
        for (FaqEntry e : kb.faqs()) {
            if (flow.id().equals(e.flow()) && (e.id().equals(faqId) || e.related().contains(faqId))) {
                return true;
            }
        }
        return false;
    }

    private FaqEntry entry(Candidate c) {
        return kb.faq(c.faqId()).orElseThrow();
    }
}
