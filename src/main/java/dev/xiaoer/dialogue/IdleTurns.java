package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.text.Utterance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The turn for a message outside a flow, first match winning: a request for a person, a pick of the last clarify,
 * small talk, "go on" with a paused flow, a stop (of the paused flows; with nothing to stop, the request beside it),
 * then retrieval (an answer, a clarify, a fallback; an entry with a flow starts it; a follow-up read in the topic of
 * the entry last answered). Part of {@link DialogueEngine}; immutable and thread-safe.
 */
final class IdleTurns {
    /** How surely retrieval must find what a message asking for a walk again says besides, for it to ask that instead. */
    private static final double ASKS_OF_ITS_OWN = 0.5;

    private final KnowledgeBase kb;
    private final IntentReader intents;
    private final Replies replies;
    private final FlowRunner flows;
    private final ClarifyPick clarifyPick;
    private final OpeningSearch openings;
    private final Declines declines;
    private final EntryTurns entryTurns;
    private final FlowEntries flowEntries;
    private final TakenIn takenIn;
    private final GoingBack goingBack;
    /** Per flow, the questions of the entries outside it: the words other matters are asked in. */
    private final Map<String, List<String>> otherMatters;
    /** By entry id, every other entry's question: what a message echoing that entry's answer must not name. */
    private final Map<String, List<String>> otherEntries;

    IdleTurns(KnowledgeBase kb, IntentReader intents, Replies replies, FlowRunner flows, ClarifyPick clarifyPick,
              OpeningSearch openings, Declines declines, EntryTurns entryTurns, FlowEntries flowEntries, TakenIn takenIn,
              GoingBack goingBack) {
        this.kb = kb;
        this.goingBack = goingBack;
        this.flowEntries = flowEntries;
        this.takenIn = takenIn;
        this.intents = intents;
        this.replies = replies;
        this.flows = flows;
        this.clarifyPick = clarifyPick;
        this.openings = openings;
        this.declines = declines;
        this.entryTurns = entryTurns;
        this.otherMatters = kb.flows().values().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Flow::id,
                f -> kb.faqs().stream().filter(e -> !flowEntries.belongsTo(e.id(), f)).map(FaqEntry::question).toList()));
        this.otherEntries = kb.faqs().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(FaqEntry::id,
                f -> kb.faqs().stream().filter(e -> !e.id().equals(f.id())).map(FaqEntry::question).toList()));
    }

    /** Whether {@code u} names what {@code end}, the end step flow {@code f} just reached, told the seller to do. */
    private boolean echoesTheEnd(Utterance u, Flow f, FlowStep end) {
        return end != null && end.isEnd() && end.say() != null && TakenIn.echoes(u, end.say(), otherMatters.get(f.id()));
    }

    /** Whether {@code u} names what entry {@code faqId}'s answer (null: none) told the seller, and no other entry's matter. */
    private boolean echoesTheEntry(Utterance u, String faqId) {
        Optional<FaqEntry> entry = faqId == null ? Optional.empty() : kb.faq(faqId);
        return entry.isPresent() && TakenIn.echoes(u, entry.get().answer(), otherEntries.get(faqId));
    }

    /** The turn for {@code u} in session {@code s}, which has no active flow. */
    Turn turn(Session s, Utterance u) {
        return turn(s, u, null);
    }

    /**
     * The same, right after the flow {@code justEnded} (null: none) ended on the seller's answers: a question about one of
     * its entries is answered, not walked again ({@link EntryTurns#retrieved(Session, Utterance, Retrieval, FlowPosition,
     * FlowFrame)}); what only takes the answer in is small talk ({@link TakenIn}).
     */
    Turn turn(Session s, Utterance u, FlowFrame justEnded) {
        if (intents.isHandoff(u)) {
            return declines.handoff(s, null);
        }
        Optional<FaqEntry> picked = picked(s, u);
        if (picked.isPresent()) {
            // (a pick in words may also tell the case the flow it starts asks first: 就是被扣分了想申诉 快递员说是他们漏揽收了)
            return entryTurns.answer(s, picked.get(), 1.0, AnswerLexicon.numberIn(u.compact()) >= 1 ? null : u);
        }
        // small talk is the whole message, so it is surer than a stop inside one (拜拜，下次再问)
        Optional<SmallTalk> smalltalk = intents.smalltalk(u);
        if (smalltalk.isPresent()) {
            return smalltalk(s, smalltalk.get());
        }
        // ("what next" beside what is told, 买家要退货，地址电话都发他了，接下来呢, with nothing to go back to, asks about it)
        if (intents.isResume(u) && (!s.suspended().isEmpty() || intents.besidesResume(u) == null)) {
            return s.suspended().isEmpty() ? nothing(s, "nothing-to-resume") : goingBack.fromIdle(s, u);
        }
        if (intents.isCancel(u)) {
            // with nothing to stop, "no longer doing it" is why a request beside it is made (不想做买家保障了，保证金退一下):
            // that request, looked up alone, when retrieval answers it
            Utterance asked = s.suspended().isEmpty() ? intents.requestBesidesCancel(u) : null;
            Retrieval request = asked == null ? null : openings.search(asked, s.lastEntry(), DialogueEngine.today(s));
            // (a request naming no topic, 咋退出, is of what the stop names, 现货安心购不想做了: the whole message, when it
            // is answered by an entry, not a walk — a walk is not begun on a 'no longer')
            if (request != null && request.decision() == Retrieval.Decision.FALLBACK && request.decline() == Retrieval.Decline.VAGUE) {
                Retrieval whole = openings.search(u, s.lastEntry(), DialogueEngine.today(s));
                Turn answered = whole.decision() == Retrieval.Decision.ANSWER ? entryTurns.retrieved(s, u, whole, null, justEnded)
                        : null;
                if (answered != null && answered.reply().kind() == Kind.FAQ) {
                    return answered;
                }
            }
            if (request == null || request.decision() != Retrieval.Decision.ANSWER) {
                return s.suspended().isEmpty() ? nothing(s, "nothing-to-cancel") : flows.cancelSuspended(s);
            }
            return entryTurns.retrieved(s, asked, request, null, justEnded);
        }
        // right after a walk ended, its whole answer asked for again (刚才那几项能再给我列一下吗 我发给同事): the answer of the
        // entry that starts it, unless the message's other words find another entry by two words or more (its asking words
        // alone may find one, 再发 ~ 补发)
        // (not when what else it says is a question answered or declined on its own: 再给我说一下转出在哪里点 is the transfer-out
        // entry, 再给我讲讲售后受理期怎么算 what the seed does not say)
        Optional<Flow> walked = justEnded == null ? Optional.empty() : kb.flow(justEnded.flowId());
        if (walked.isPresent() && entryTurns.asksTheWalkAgain(u)) {
            Retrieval rest = openings.words(entryTurns.besidesTheWalkDeclined(u));
            // (…or a fragment that fits one entry only, 转出在哪再说一遍: that entry's)
            boolean restAsks = rest.decision() != Retrieval.Decision.FALLBACK || rest.decline() != Retrieval.Decline.VAGUE
                    && rest.best() != null && rest.confidence() >= ASKS_OF_ITS_OWN
                    || rest.decline() == Retrieval.Decline.VAGUE && rest.options().size() == 1;
            if (!restAsks) {
                return entryTurns.wholeAnswer(s, walked.get(), rest);
            }
        }
        // (only going off to do something, 好吧 我再去找快递网点谈谈, asks for nothing: its words start no walk)
        Optional<String> gone = takenIn.goingOff(u);
        if (gone.isPresent()) {
            return TurnBuilder.reply(Kind.SMALLTALK, gone.get()).leaving(s.understood());
        }
        Retrieval r = openings.search(u, s.lastEntry(), DialogueEngine.today(s));
        // thanks beside a statement that asks nothing (好的 我这就去物流平台改 谢谢) is thanks, not a question; so is one
        // that retrieval would answer with the entry just answered, telling no other matter (要90天啊，行吧，谢谢啦: the
        // answer said back)
        boolean answered = r.decision() == Retrieval.Decision.ANSWER;
        boolean saidBack = answered && r.best() != null && r.best().faqId().equals(s.lastEntry());
        // right after an answer or a flow's end, a message that only takes it in (好的 我去后台改一下, 那我过3天去点转出) is small
        // talk; not one whose words retrieval answers with another matter than the one just answered or walked
        // (a decline of another platform or of what is known to be out of scope is another matter too)
        boolean declinedAsOther = r.decision() == Retrieval.Decision.FALLBACK && (r.decline() == Retrieval.Decline.OTHER_PLATFORM
                || r.decline() == Retrieval.Decline.KNOWN_OUT_OF_SCOPE);
        // (nor one naming what the end just told the seller to do, 我再去准备下凭证 after …请提供新的有效凭证…)
        // (an acknowledgement alone, 好的明白, is no other matter, whatever out-of-scope question its words are near)
        boolean onlyChatter = intents.chatter().withoutChatter(u.compact()).isEmpty();
        // (nor one naming what the entry just answered told, 行 我去物流平台找找 after the online entry)
        boolean echoesEntry = justEnded == null && !answered && echoesTheEntry(u, s.lastEntry());
        boolean sameMatter = !answered && (!declinedAsOther || onlyChatter) || saidBack || echoesEntry || justEnded != null
                && kb.flow(justEnded.flowId()).map(f -> flowEntries.belongsTo(r.best().faqId(), f)
                        || echoesTheEnd(u, f, f.step(justEnded.stepId()))).orElse(false);
        // (what the seller will go and do is taken in right after a flow ended, the one turn that is known, and after an
        // entry's answer when it names what that answer told or names no matter at all (好 我去后台改一下); thanks and
        // acknowledgements alone after any answer)
        boolean noMatter = r.decision() == Retrieval.Decision.FALLBACK && r.decline() == Retrieval.Decline.VAGUE;
        if ((s.lastEntry() != null || justEnded != null) && sameMatter) {
            Optional<String> said = takenIn.reply(u, justEnded != null || echoesEntry || noMatter);
            if (said.isPresent()) {
                return TurnBuilder.reply(Kind.SMALLTALK, said.get()).leaving(s.understood());
            }
        }
        return intents.smalltalkBeside(u, answered, saidBack).map(st -> smalltalk(s, st))
                .orElseGet(() -> entryTurns.retrieved(s, u, r, null, justEnded));
    }

    /** The entry a reply to the last clarify picks, by number or by its words (inside a flow too). */
    Optional<FaqEntry> picked(Session s, Utterance u) {
        List<String> ids = s.clarifyOptions();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        // (the one entry kept after another platform's question was declined, picked by 1688 named alone: 那1688的呢; or
        // named so first, before what is told of it, 那1688的呢 我买家保障的子服务都关了, which the entry's walk reads)
        if (ids.size() == 1 && (openings.namesOurPlatformOnly(u) || opensNamingOurPlatformOnly(u))) {
            return kb.faq(ids.get(0));
        }
        Optional<FaqEntry> pick = clarifyPick.pick(ids.stream().map(kb::faq).flatMap(Optional::stream).toList(), u);
        // (undecided by its words, 不做了想退出 between leaving 安心购 and its trades after leaving, both of 退出: the option
        // retrieval finds first, clearly before the others offered)
        // (a choice among several: the one entry kept after another platform was declined is picked by 1688 alone, above)
        if (pick.isEmpty() && ids.size() > 1 && AnswerLexicon.numberIn(u.compact()) < 1) {
            pick = foundFirst(ids, openings.search(u, DialogueEngine.today(s)));
        }
        if (pick.isEmpty() || pick.get().flow() == null || AnswerLexicon.numberIn(u.compact()) >= 1) {
            return pick;
        }
        // a pick of a walk's starter that asks a narrower question the walk covers (保证金 解冻要满足什么条件, after 怎么退):
        // that question's entry, when retrieval is sure of it — or the walk still, when the entry is one it asks a case for
        // first and the message tells it (就是被扣分了想申诉 快递员说是他们漏揽收了)
        Retrieval r = openings.search(u, DialogueEngine.today(s));
        Optional<Flow> walk = kb.flow(pick.get().flow());
        return r.decision() == Retrieval.Decision.ANSWER && r.confidence() >= SURE_NARROWER && walk.isPresent()
                && !r.best().faqId().equals(pick.get().id()) && walk.get().covers().contains(r.best().faqId())
                ? Optional.of(flowEntries.answering(r, u, null, DialogueEngine.today(s))) : pick;
    }

    private boolean opensNamingOurPlatformOnly(Utterance u) {
        Utterance first = intents.firstClause(u);
        return first != null && openings.namesOurPlatformOnly(first);
    }

    /**
     * The offered entry {@code r} ranks first of all its candidates, at {@link #PICKED_SCORE} or more, when no other offered
     * one comes within {@link #PICKED_LEAD} of it; never from a decline of another platform or of what is out of scope.
     */
    private Optional<FaqEntry> foundFirst(List<String> offered, Retrieval r) {
        if (r.candidates().isEmpty() || r.decision() == Retrieval.Decision.FALLBACK
                && r.decline() != Retrieval.Decline.VAGUE && r.decline() != Retrieval.Decline.NO_MATCH) {
            return Optional.empty();
        }
        Candidate first = r.candidates().get(0);
        boolean clear = offered.contains(first.faqId()) && first.score() >= PICKED_SCORE && r.candidates().stream().skip(1)
                .noneMatch(c -> offered.contains(c.faqId()) && c.score() >= PICKED_LEAD * first.score());
        return clear ? kb.faq(first.faqId()) : Optional.empty();
    }

    /** The least score of the offered entry retrieval finds first for a reply to a clarify to pick it. */
    private static final double PICKED_SCORE = 0.45;
    /** How near the first an offered entry's score may come before retrieval's order picks neither. */
    private static final double PICKED_LEAD = 0.75;

    /** How sure retrieval must be of a narrower entry asked beside a clarify's pick to answer it instead. */
    private static final double SURE_NARROWER = 0.9;

    private static Turn smalltalk(Session s, SmallTalk st) {
        return TurnBuilder.reply(Kind.SMALLTALK, st.reply().strip()).leaving(s.understood());
    }

    private Turn nothing(Session s, String key) {
        return TurnBuilder.reply(Kind.SMALLTALK, replies.message(key)).leaving(s.understood());
    }
}
