package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the conversation intents of {@code phrases.yaml} in a seller's message: a request for a
 * person, to stop, to go on, and small talk. A "whole" phrase counts only as the whole message; an
 * "inside" phrase anywhere in it (请帮我转人工谢谢, 我不办了下次再说), unless a negator stands right
 * before it (不用转人工, 不是要取消) or a topic word right after it makes it what a question asks
 * about (人工客服电话多少). A message is small talk when nothing but small-talk phrases,
 * acknowledgements and filler is in it (好的明白了谢谢你啊), so 谢谢，保证金怎么退 stays a question.
 */
final class IntentReader {
    /** How many characters may stand between a phrase and the topic word that makes it a question's subject. */
    private static final int TOPIC_REACH = 2;
    /**
     * Words that make a clause a question about something rather than a polite request; Cantonese "how" (點退出 of
     * 現貨安心購我唔想做喇 點退出) too, not a click done (我点了退出, 再点关闭).
     */
    private static final Pattern QUESTION_ABOUT = Pattern.compile(
            "吗|是不是|是否|怎么|怎样|什么|多久|哪|为什么|会不会|有没有影响|点样|点解|点算|(?<![我一再去要已都又己])点(?>做|退出|退|关闭|关掉|关|闩|改|搞|弄|处理|申诉)(?![了过完好])");

    private final TextNormalizer normalizer;
    private final IntentPhrases handoff;
    private final IntentPhrases cancel;
    private final IntentPhrases resume;
    private final IntentPhrases defer;
    /** What a deferral goes off to find out, after its finding-out verb ({@code found-out}, optional): no question to us. */
    private final Pattern foundOut;
    /** A ruling disagreed with (我不认), and a penalty told (被扣分了); null when the knowledge has none. */
    private final Pattern disagreeing;
    private final Pattern penalised;
    /** Going back to the person to negotiate again (我再跟他磨磨); null when the knowledge has none. */
    private final Pattern negotiatingAgain;
    /** The cancel phrases that say "later" (回头再说), blanked out of a deferral before a stop is looked for. */
    private final Pattern later;
    /** What turns to another matter at the start of a message (对了，还有个事). */
    private final Pattern aside;
    /** Where a negator right before a phrase found makes it no request (不用转人工). */
    private final Negators negators;
    /** Which of a message's clauses state, ask or want. */
    private final MessageClauses parts;
    private final List<String> topics;
    /** Whether a phrase found is the seller's own request, now. */
    private final OwnRequests own;
    private final SmallTalkReader smalltalk;
    /**
     * Words that turn to another matter (还有一单, 另外) or tell a problem (没有这个入口, 还是不行: {@code another-matter}
     * in phrases.yaml): no thanks for the last answer.
     */
    private final java.util.regex.Pattern anotherMatter;
    /** A clause asking whether something affects another (退保证金有影响吗; {@code asks-effect}, optional: null when absent). */
    private final java.util.regex.Pattern asksEffect;

    IntentReader(Phrases phrases, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        // a person is asked for in questions too (能转人工吗); a stop or a resume inside a question is
        // what the question is about (明天再发货可以吗)
        this.handoff = IntentPhrases.of(phrases.handoff(), normalizer, false);
        this.cancel = IntentPhrases.of(phrases.cancel(), normalizer, true);
        this.resume = IntentPhrases.of(phrases.resume(), normalizer, true);
        this.defer = IntentPhrases.of(phrases.defer(), normalizer, true);
        this.later = IntentPhrases.of(new dev.xiaoer.knowledge.Intent(List.of(), phrases.later()), normalizer, true).inside();
        this.aside = IntentPhrases.of(new dev.xiaoer.knowledge.Intent(List.of(), phrases.aside()), normalizer, false).inside();
        this.own = new OwnRequests(longestFirst(phrases.thirdParties(), normalizer), phrases.pattern("stopped-before"),
                phrases.pattern("asked-already"));
        this.anotherMatter = phrases.pattern("another-matter");
        this.asksEffect = phrases.patterns().get("asks-effect");
        this.declinedAfter = phrases.patterns().get("declined-after");
        this.foundOut = phrases.patterns().get("found-out");
        this.negotiatingAgain = phrases.patterns().get("negotiating-again");
        this.disagreeing = phrases.patterns().get("disagreeing");
        this.penalised = phrases.patterns().get("penalised");
        this.negators = new Negators(phrases, normalizer);
        this.topics = longestFirst(phrases.topics(), normalizer);
        this.smalltalk = new SmallTalkReader(phrases, normalizer);
        SmallTalkReader chatter = this.smalltalk;
        this.parts = new MessageClauses(normalizer, clause -> chatter.withoutChatter(clause.replace(" ", "")).isEmpty(),
                phrases.patterns().get("want-after-deed"), phrases.patterns().get("own-want"));
    }

    boolean isHandoff(Utterance u) {
        return matches(handoff, u);
    }

    boolean isCancel(Utterance u) {
        return matches(cancel, u) && !declinesAPerson(u);
    }

    /**
     * A "no need" that declines the person a clause before it names (转人工是不是要排队很久？那先不用了): the request
     * declined, not the task given up. Only when no other clause holds a stop.
     */
    private boolean declinesAPerson(Utterance u) {
        if (declinedAfter == null) {
            return false;
        }
        List<String> clauses = clauses(u);
        boolean person = false;
        for (String clause : clauses) {
            if (person && declines(clause)) {
                return clauses.stream().filter(c -> asks(cancel, c) == Found.ASKED).allMatch(this::declines);
            }
            // (named, asked for or asked about: 转人工是不是要排队很久)
            person |= asks(handoff, clause) != Found.NOTHING || handoff.whole().stream().anyMatch(w -> w.length() > 1 && clause.contains(w));
        }
        return false;
    }

    /** A clause that is a "no need" (不用了, 那先不用了, 那就不需要了). */
    private boolean declines(String clause) {
        return declinedAfter.matcher(LEADING_THEN.matcher(clause).replaceFirst("")).lookingAt();
    }

    boolean isResume(Utterance u) {
        return matches(resume, u);
    }

    /** A message that begins by turning to another matter (哦对了 还有个事, 先问个别的). */
    boolean isAside(Utterance u) {
        return aside.matcher(u.basic().replace(" ", "")).lookingAt();
    }

    /**
     * What a message asks after turning aside in a later clause (运费还没谈呢。对了 卖家在哪看售后进度 → 卖家在哪看
     * 售后进度), or null when no clause but the first turns aside.
     */
    Utterance asideLater(Utterance u) {
        String basic = u.basic();
        for (int at = basic.indexOf(' '); at >= 0; at = basic.indexOf(' ', at + 1)) {
            String rest = basic.substring(at + 1);
            if (!rest.isBlank() && aside.matcher(rest.replace(" ", "")).lookingAt()) {
                Utterance after = afterAside(normalizer.utterance(rest));
                return after.basic().isBlank() ? null : after;
            }
        }
        return null;
    }

    /** What a message that turns aside asks once the turn is taken off (等下 还有个事 有一单运单号要改 → 有一单运单号要改). */
    Utterance afterAside(Utterance u) {
        String basic = u.basic();
        Matcher m = aside.matcher(basic.replace(" ", ""));
        if (!m.lookingAt()) {
            return u;
        }
        // the turn's end in the message as typed, its spaces (what separates its phrases) kept
        int at = 0;
        for (int seen = 0; seen < m.end(); at++) {
            seen += basic.charAt(at) == ' ' ? 0 : 1;
        }
        String rest = basic.substring(at).strip();
        return rest.isEmpty() ? u : normalizer.utterance(rest);
    }

    /** Whether {@code u} goes back to the person to negotiate again (他想到付 我再跟他磨磨): what it tells beside is still open. */
    boolean negotiatesAgain(Utterance u) {
        return negotiatingAgain != null && negotiatingAgain.matcher(u.normalized()).find();
    }

    /**
     * The clauses of statement {@code u} that tell a penalty and disagree with it (买家投诉我们发错货 被扣分了 我不认 → 被扣分了，我不认),
     * when it tells both, beside other clauses; null otherwise.
     */
    Utterance disagreeing(Utterance u) {
        if (disagreeing == null || penalised == null || isQuestion(u)) {
            return null;
        }
        List<String> clauses = clauses(u);
        List<String> disagree = clauses.stream().filter(c -> holds(disagreeing, c)).toList();
        List<String> penalty = clauses.stream().filter(c -> holds(penalised, c)).toList();
        List<String> kept = clauses.stream().filter(c -> disagree.contains(c) || penalty.contains(c)).toList();
        return disagree.isEmpty() || penalty.isEmpty() || kept.size() == clauses.size() ? null
                : normalizer.utterance(String.join("，", kept));
    }

    /** Whether {@code u} disagrees with a ruling (我不服, 不认可) and tells a penalty (被扣了分), in any of its clauses. */
    boolean disagrees(Utterance u) {
        return disagreeing != null && penalised != null && holds(disagreeing, u.basic()) && holds(penalised, u.basic());
    }

    /** Whether {@code clause}, as typed or normalised (不服 → 不认可), holds {@code p}. */
    private boolean holds(Pattern p, String clause) {
        return p.matcher(clause).find() || p.matcher(normalizer.utterance(clause).normalized()).find();
    }

    /**
     * A seller going off to do what is asked and coming back (我先去把服务关了，等会再来): no stop, though
     * its "later" (等会再来) is a cancel phrase; one that also stops (算了，我先去忙了) is a cancel.
     */
    boolean isDefer(Utterance u) {
        if (!matches(defer, u) || cancel.whole().contains(u.bare()) || cancel.whole().contains(u.compact())) {
            return false;
        }
        for (String clause : clauses(u)) {
            String rest = later.matcher(clause).replaceAll("，");
            for (String part : rest.split("，")) {
                if (!part.isEmpty() && (asks(cancel, part) == Found.ASKED || cancel.whole().contains(part))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What a deferral tells besides the going off: each clause up to where its deferral phrase begins, for what follows
     * is what will be done, not what is (都关好了，我现在去看订单 → 都关好了; 好 我现在去关了它先 → nothing); chatter
     * dropped; null when nothing is left.
     */
    Utterance besidesDefer(Utterance u) {
        List<String> kept = new ArrayList<>();
        for (String clause : clauses(u)) {
            java.util.regex.MatchResult going = defer.find(clause, 0);
            String before = going == null ? clause : clause.substring(0, going.start());
            if (!smalltalk.withoutChatter(before.replace(" ", "")).isEmpty()) {
                kept.add(before);
            }
        }
        return kept.isEmpty() ? null : normalizer.utterance(String.join("，", kept));
    }

    /** The clauses of a message that hold no deferral phrase and are not mere chatter, whole; null when none. */
    Utterance clausesBesidesDefer(Utterance u) {
        return besides(defer, u, true);
    }

    /** The clauses of a message that state rather than ask ({@link MessageClauses#statements}), or null. */
    Utterance statements(Utterance u) {
        return parts.statements(u);
    }

    /** What a question tells of its case ({@link MessageClauses#toldBesidesHow}), or null. */
    Utterance toldBesidesHow(Utterance u) {
        return parts.toldBesidesHow(u);
    }

    /** The first clause of a message ({@link MessageClauses#first}), or null when it is the whole message. */
    Utterance firstClause(Utterance u) {
        return parts.first(u);
    }

    /** The clauses of a message that ask ({@link MessageClauses#questions}), or null. */
    Utterance questions(Utterance u) {
        return parts.questions(u);
    }

    /** The clauses of {@code u} besides {@code part}'s ({@link MessageClauses#besides}), or null. */
    Utterance besides(Utterance u, Utterance part) {
        return parts.besides(u, part);
    }

    /** The clauses of a message that ask or say what is wanted ({@link MessageClauses#wanting}), or null. */
    Utterance wanting(Utterance u) {
        return parts.wanting(u);
    }

    /** The first clause of a message of several ({@link MessageClauses#opening}), or null. */
    Utterance opening(Utterance u) {
        return parts.opening(u);
    }

    /**
     * Whether {@code u} asks whether something affects what it names (退保证金有影响吗, 会影响退保证金吗): what it asks is of
     * the thing another clause tells, not the task it names.
     */
    boolean asksAnEffect(Utterance u) {
        return asksEffect != null && asksEffect.matcher(u.normalized()).find();
    }

    /** What a message says the seller wants done now ({@link MessageClauses#ownWant}), or null. */
    Utterance ownWant(Utterance u) {
        return parts.ownWant(u);
    }

    /**
     * What a message that asks to go on says besides (都关了，然后呢 → 都关了): its clauses that hold no
     * resume phrase and are not mere chatter (好, 嗯, 那); null when there are none.
     */
    Utterance besidesResume(Utterance u) {
        return besides(resume, u, true);
    }

    /**
     * What a message that stops says besides (申诉的等会再说，先回到改单号的事 → 先回到改单号的事): its clauses
     * that hold no cancel phrase and are not mere chatter; null when there are none.
     */
    Utterance besidesCancel(Utterance u) {
        return besides(cancel, u, false);
    }

    /**
     * What a message that stops asks for besides, in clauses of its own (不想做买家保障了，保证金退一下 → 保证金退一下), or
     * null: a stop alone (不退保证金了, 算了 不申诉了) asks for nothing.
     */
    Utterance requestBesidesCancel(Utterance u) {
        Utterance besides = besidesCancel(u);
        return besides != null && QuestionWords.requests(besides.raw()) ? besides : null;
    }

    /**
     * The clauses of {@code u} that hold none of {@code m}'s phrases ({@code negatedKept}: a negated
     * one counts as none) and are not that intent's whole phrase or mere chatter; null when none.
     */
    private Utterance besides(IntentPhrases m, Utterance u, boolean negatedKept) {
        List<String> kept = new ArrayList<>();
        for (String clause : clauses(u)) {
            String rest = smalltalk.withoutChatter(clause.replace(" ", ""));
            Found found = asks(m, clause);
            if (!rest.isEmpty() && (found == Found.NOTHING || negatedKept && found == Found.NEGATED)
                    && !m.whole().contains(rest)) {
                kept.add(clause);
            }
        }
        return kept.isEmpty() ? null : normalizer.utterance(String.join("，", kept));
    }

    /** True when the message asks something rather than answers or states. */
    boolean isQuestion(Utterance u) {
        // (the message as typed adds only its question marks, which the basic form drops: its words are read in the basic
        // form, Cantonese read as Mandarin — 发唔到货咋 ends on a particle, not a 'how')
        return QuestionWords.asks(u.basic()) || asksByMark(u.raw()) && !brokenAsRunOn(u);
    }

    private static boolean asksByMark(String raw) {
        return (raw.indexOf('?') >= 0 || raw.indexOf('？') >= 0) && QuestionWords.asks(raw);
    }

    /**
     * Whether {@code u}'s phrases were found where a run-on message breaks (phrases.yaml {@code run-on-message}): its basic
     * form has more gaps than the message as typed, so an "A了…没有" read across a break (订单都成功了投诉没有) is two
     * statements, not an or-not question.
     */
    private static boolean brokenAsRunOn(Utterance u) {
        return gaps(u.basic()) > gaps(u.raw().strip());
    }

    private static int gaps(String text) {
        int gaps = 0;
        boolean inGap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean gap = Character.isWhitespace(c) || !Character.isLetterOrDigit(c);
            gaps += gap && !inGap ? 1 : 0;
            inGap = gap;
        }
        return gaps;
    }

    /** The kind of small talk the whole message is, the first listed winning (谢谢，再见 is thanks). */
    Optional<SmallTalk> smalltalk(Utterance u) {
        return smalltalk.whole(u);
    }

    /** What small talk is made of, as this reader reads it (one per knowledge version, shared). */
    SmallTalkReader chatter() {
        return smalltalk;
    }

    /**
     * Thanks or goodbye said beside a statement: a clause that is wholly such small talk, last in a
     * message that asks nothing (好的 我去找网点开证明 谢谢), or anywhere in one that goes off to do
     * something (好的好的 谢谢你啊 我这就去物流平台改); never in a question, nor beside what retrieval
     * {@code answered} unless going off (谢谢，我的店被扣分了想申诉 is the request).
     */
    Optional<SmallTalk> smalltalkBeside(Utterance u, boolean answered) {
        return smalltalkBeside(u, answered, false);
    }

    /**
     * The same, where what retrieval answered is the entry just answered ({@code saidBack}): thanks beside a statement
     * telling no other matter (要90天啊，行吧，谢谢啦) is thanks for that answer, said back.
     */
    Optional<SmallTalk> smalltalkBeside(Utterance u, boolean answered, boolean saidBack) {
        boolean goingOff = isDefer(u);
        // (what the seller goes off to find out is no question to us: 好的 谢谢 我去后台看下分扣了没)
        if (isQuestion(u) && !(goingOff && !asksBesides(defer, u))) {
            return Optional.empty();
        }
        List<String> clauses = clauses(u);
        boolean echo = saidBack && clauses.stream().noneMatch(c -> anotherMatter.matcher(c).find());
        if (answered && !goingOff && !echo && !acknowledgedAndThanked(clauses)) {
            return Optional.empty();
        }
        for (int i = clauses.size() - 1; i >= 0 && (goingOff || i == clauses.size() - 1); i--) {
            Optional<SmallTalk> said = smalltalk.besideIn(clauses.get(i).replace(" ", ""));
            if (said.isPresent()) {
                return said;
            }
        }
        return Optional.empty();
    }

    /**
     * A message opened by an acknowledgement and closed by thanks, telling between them what the seller
     * found or will do (找到了 我的运单里面可以撤销重下 谢谢啦, 好 我去旺旺上再发一遍 谢谢): thanks for what
     * was answered, not a new matter — unless it turns to another (好的 另外还有一单填错了 谢谢).
     */
    private boolean acknowledgedAndThanked(List<String> clauses) {
        return clauses.size() >= 3 && smalltalk.withoutChatter(clauses.get(0).replace(" ", "")).isEmpty()
                && smalltalk.besideIn(clauses.get(clauses.size() - 1).replace(" ", "")).isPresent()
                && clauses.subList(1, clauses.size() - 1).stream().noneMatch(c -> anotherMatter.matcher(c).find());
    }

    /**
     * A clause declining what a clause before it says (要转人工吗？不用; 我同事说要转人工，我觉得不用): {@code declined-after}
     * in phrases.yaml, optional.
     */
    private final Pattern declinedAfter;

    private boolean matches(IntentPhrases m, Utterance u) {
        String b = u.bare();
        if (b.isEmpty()) {
            return false;
        }
        if (m.whole().contains(b) || m.whole().contains(u.compact())) {
            return true;
        }
        List<String> clauses = clauses(u);
        for (int i = 0; i < clauses.size(); i++) {
            if (asks(m, clauses.get(i)) == Found.ASKED && !(m.questionsExcluded() && asksBesides(m, u))
                    && !declinedLater(clauses, i)) {
                return true;
            }
        }
        // a whole phrase that is a clause of its own (那个问完了，继续吧), unless another clause asks something
        if (clauses.size() > 1 && clauses.stream().noneMatch(QuestionWords::hasQuestionWord)) {
            for (String clause : clauses) {
                // V了一下 (算了一下: worked it out) did something; it is not the phrase 算了
                if (m.whole().contains(clause) || !clause.endsWith("了一下") && m.whole().contains(trimmed(clause))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a clause after the {@code i}th declines it (要转人工吗？不用，就是快递的问题). */
    private boolean declinedLater(List<String> clauses, int i) {
        if (declinedAfter == null) {
            return false;
        }
        for (int j = i + 1; j < clauses.size(); j++) {
            if (declinedAfter.matcher(clauses.get(j)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A clause with IM filler trimmed off its ends (继续吧 → 继续), as long as something is left. */
    private String trimmed(String clause) {
        return normalizer.utterance(clause).compact();
    }

    /** What a clause holds of an intent's inside phrases. */
    private enum Found { NOTHING, ASKED, NEGATED }

    /** The "then" a decline may open with (那先不用了, 那就不需要了). */
    private static final Pattern LEADING_THEN = Pattern.compile("^[那就先我还是]+");

    private Found asks(IntentPhrases m, String clause) {
        Found found = Found.NOTHING;
        java.util.regex.MatchResult hit;
        // every place a phrase starts, overlapping ones too (不要机器人 and 要…人工 may share characters)
        for (int from = 0; from < clause.length() && (hit = m.find(clause, from)) != null; from = hit.start() + 1) {
            if (negators.negates(clause, hit.start())) {
                found = Found.NEGATED;
            } else if ((!topicAfter(clause, hit.end()) || findsOut(m, clause, hit)) && own.isOwn(clause, hit, m.forPerson())) {
                return Found.ASKED;
            }
        }
        return found;
    }

    /** Whether deferral {@code hit} goes off to find out what follows it (我查下是哪单: its 是 no topic of the phrase's). */
    private boolean findsOut(IntentPhrases m, String clause, java.util.regex.MatchResult hit) {
        return m == defer && IntentPhrases.carriedTo(foundOut, clause, hit.start(), hit.end()) >= 0;
    }

    /** A clause that says what the seller is not asking (不是要改运单号，是想问保证金怎么退). */
    private static final Pattern NOT_WHAT_IS_ASKED = Pattern.compile("我?不是(?:要|想|问|说|在问|来问)");

    /**
     * The message without its clauses that hold a negated request (不用转人工，押金怎么退 → 押金怎么退) or
     * say what is not asked (不是要改运单号，是想问下保证金怎么退回来 → 是想问下保证金怎么退回来),
     * so that what the seller does ask is looked up alone; the message itself when there are none.
     */
    Utterance withoutNegatedRequests(Utterance u) {
        List<String> clauses = clauses(u);
        if (clauses.size() < 2) {
            return u;
        }
        List<String> kept = new ArrayList<>();
        for (String clause : clauses) {
            if (asks(handoff, clause) != Found.NEGATED && asks(cancel, clause) != Found.NEGATED
                    && !NOT_WHAT_IS_ASKED.matcher(clause).lookingAt()) {
                kept.add(clause);
            }
        }
        return kept.size() == clauses.size() || kept.isEmpty() ? u : normalizer.utterance(String.join("，", kept));
    }

    private static List<String> clauses(Utterance u) {
        return MessageClauses.of(u);
    }

    /**
     * The message asks something besides the phrase (明天再发货可以吗): a stop or a resume inside a
     * question is what the question is about. The phrase's own words (刚才说到哪了) do not count.
     */
    private boolean asksBesides(IntentPhrases m, Utterance u) {
        // (a deferral's finding out carries on to what is found out: 稍等 我查下是哪单 asks us nothing)
        return QUESTION_ABOUT.matcher(m.blankedOut(u.basic(), m == defer ? foundOut : null)).find();
    }

    /** A topic word starts at most {@link #TOPIC_REACH} characters after {@code end} (人工客服|电话). */
    private boolean topicAfter(String b, int end) {
        String after = b.substring(end, Math.min(b.length(), end + TOPIC_REACH + 4));
        for (String t : topics) {
            int i = after.indexOf(t);
            if (i >= 0 && i <= TOPIC_REACH) {
                return true;
            }
        }
        return false;
    }

    /** {@code phrases} in their {@link Utterance#bare} form, the empty left out, each once, longest first. */
    static List<String> longestFirst(Collection<String> phrases, TextNormalizer normalizer) {
        return phrases.stream().map(p -> bare(p, normalizer)).filter(p -> !p.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static String bare(String phrase, TextNormalizer normalizer) {
        return normalizer.utterance(phrase).bare();
    }
}
