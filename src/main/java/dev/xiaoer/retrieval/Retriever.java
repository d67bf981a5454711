package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Scope.Aspect;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the FAQ entries that answer a seller's message: the retrieval package's one entry point.
 * {@link #build} indexes a knowledge base ({@link IndexBuilder}); a search cuts the message into
 * features ({@link Features}), scores the entries against it ({@link Scorer}) and decides what to
 * do: answer, clarify, or fall back ({@link Decider}). Before that, the knowledge's scope
 * ({@link ScopeRules}) declines a message about another platform, asks which topic a message means
 * that names none, weighs the part of a long message that asks over its context ({@link AskingParts}),
 * and keeps an entry from answering an aspect its answer does not speak of ({@link SecondQuestion});
 * the runner-up may be what is asked ({@link RunnerUpFirst}), and two topics asked in two clauses are
 * offered both ({@link TopicClauses}). docs/retrieval.md says why it works this way.
 *
 * <p>Thread-safe once built, and immutable but for the retrievals of short messages it keeps
 * ({@link ShortMessages}); a knowledge reload builds a new one.
 */
public final class Retriever {
    private final TextNormalizer normalizer;
    private final RetrievalSettings settings;
    private final Scorer scorer;
    private final Decider decider;
    private final FaqIndex index;
    private final ScopeRules scope;
    private final SecondQuestion secondQuestion;
    private final RunnerUpFirst runnerUpFirst;
    private final TopicClauses topicClauses;
    private final ShortMessages shortMessages = new ShortMessages();

    private Retriever(TextNormalizer normalizer, RetrievalSettings settings, FaqIndex index, ScopeRules scope) {
        this.normalizer = normalizer;
        this.settings = settings;
        this.scorer = new Scorer(index, settings);
        this.decider = new Decider(settings, scope);
        this.index = index;
        this.scope = scope;
        this.secondQuestion = new SecondQuestion(settings, scorer, index, scope);
        this.runnerUpFirst = new RunnerUpFirst(normalizer, settings, scorer, index, scope);
        this.topicClauses = new TopicClauses(normalizer, settings, scorer, scope);
    }

    /**
     * Reads the dictionaries every retriever cuts text with (smartcn's, the pinyin table) now: for a
     * thread started early, so that the first build does not wait for them. Idempotent.
     */
    public static void warmUp() {
        Features.warmUp();
    }

    /** Builds the index over {@code knowledge}'s FAQ entries; messages are read with {@code normalizer}. */
    public static Retriever build(KnowledgeBase knowledge, TextNormalizer normalizer, RetrievalSettings settings) {
        return new Retriever(normalizer, settings, new IndexBuilder(normalizer, settings).build(knowledge),
                ScopeRules.of(knowledge, normalizer));
    }

    /**
     * Matches one message and decides what to do with it. For a caller that has no {@link Utterance}
     * of the message: only the form retrieval reads is made.
     */
    public Retrieval search(String message) {
        return decide(normalized(message), message);
    }

    /**
     * Matches one message, already normalised by the normaliser this retriever was built with, and
     * decides what to do with it. Reads its {@link Utterance#retrieval} form.
     */
    public Retrieval search(Utterance message) {
        return decide(normalized(message), message.raw());
    }

    /**
     * The ranking, with what the scope reads in the message, then the decision; a short message seen
     * before (a flow's answer, a quick reply) is not searched again: {@link ShortMessages}.
     */
    private Retrieval decide(String normalized, String raw) {
        return shortMessages.retrieval(normalized, raw, (n, r) -> decider.decide(scoreNormalized(n, r)));
    }

    /**
     * The best {@code limit} entries for a message, best first, whatever the decision would be: what
     * staff are offered as suggestions, and the closest entry to a question the bot missed.
     */
    public List<Candidate> rank(String message, int limit) {
        return score(read(prefix(normalized(message), settings.maxQueryChars())), limit).ranked();
    }

    /**
     * The other platform {@code message} is about (拼多多也扣我分了), by the scope's names: one it names when
     * it names none of the knowledge's own; null otherwise. No search.
     */
    public String otherPlatform(Utterance message) {
        return scope.platforms().otherPlatform(normalized(message));
    }

    /** Whether {@code message} names another platform anywhere, 1688 named beside it or not. No search. */
    public boolean namesAnotherPlatform(Utterance message) {
        return scope.platforms().namesAnother(normalized(message));
    }

    /** Whether {@code message} names the knowledge's own platform anywhere (1688, 阿里巴巴). No search. */
    public boolean namesOurPlatform(Utterance message) {
        return scope.platforms().namesOurs(normalized(message));
    }

    /**
     * Whether {@code message} names the knowledge's own platform and nothing else of its own (那1688的呢, 1688上的呢: no
     * content word but the platform's name and single characters). No search.
     */
    public boolean namesOurPlatformOnly(Utterance message) {
        String text = normalized(message);
        if (!scope.platforms().namesOurs(text)) {
            return false;
        }
        return words(message.raw()).stream().allMatch(w -> w.text().length() == 1 || scope.platforms().namesOurs(w.text()));
    }

    /**
     * A question declined as another platform's (拼多多的保证金怎么退; {@code normalized}: {@link Retrieval#normalized}) asked
     * of the knowledge's own platform instead: the other platforms' names taken out, then searched.
     */
    public Retrieval askedOfOurs(String normalized) {
        return search(scope.platforms().withoutOthers(normalized));
    }

    /**
     * Whether FAQ {@code faqId} is of a topic {@code message} does not name while it names some (违规扣分了 names the
     * appeals, so the online waybill's 撤回 is not what it asks): what {@code offTopicFactor} weighs down in a search.
     */
    public boolean offTopic(Utterance message, String faqId) {
        return scope.offTopic(faqId, scope.named(normalized(message)));
    }

    /**
     * {@code message} read as a follow-up to the answer of entry {@code faqId} (安心购退出以后在途订单怎么办, then
     * 那退出要在哪里操作): when it names no topic of its own, the answer retrieval gives with the entry's topic named first,
     * if that answer is of the same topic, or its decline of what the topic's entries do not say; empty otherwise, or when
     * the entry is in no topic.
     */
    public Optional<Retrieval> followingUp(String faqId, Utterance message) {
        int topic = scope.topic(faqId);
        String word = topic < 0 ? null : scope.topicWord(topic);
        if (word == null || !scope.named(normalized(message)).isEmpty()) {
            return Optional.empty();
        }
        Retrieval read = search(word + " " + message.raw());
        // (or what an entry of the topic does not say, declined in its words: 到账要多久啊 after the transfer-out answer)
        boolean answered = read.decision() == Retrieval.Decision.ANSWER && scope.topic(read.best().faqId()) == topic;
        boolean unanswered = read.decision() == Retrieval.Decision.FALLBACK && read.decline() == Retrieval.Decline.UNANSWERED
                && !read.options().isEmpty() && read.options().stream().allMatch(c -> scope.topic(c.faqId()) == topic);
        return answered || unanswered ? Optional.of(read) : Optional.empty();
    }

    /** {@link #rank(String, int)} for a message already normalised. */
    public List<Candidate> rank(Utterance message, int limit) {
        return score(read(prefix(normalized(message), settings.maxQueryChars())), limit).ranked();
    }

    /**
     * A word that names what a message is about, and whether any phrasing of the knowledge has it:
     * a word the knowledge does not know (海外仓) says most of what a missed question is about.
     */
    public record Word(String text, boolean known) {
    }

    /**
     * The words that name what a message is about: its content words (stopwords dropped, synonyms
     * in their canonical form), without the words that ask without naming a topic (scope.yaml:
     * vague). What the unanswered report groups near-duplicate questions by.
     */
    public List<Word> words(String message) {
        String text = normalized(message);
        List<Word> words = new ArrayList<>();
        for (String w : index.features().contentWords(text)) {
            if (!scope.vague(List.of(w)) && words.stream().noneMatch(x -> x.text().equals(w))) {
                words.add(new Word(w, index.seen(index.id(FeatureKind.WORD.of(w)))));
            }
        }
        return words;
    }


    /**
     * The ranked candidates of a message and what the scope reads in it, before any decision (for
     * calibration and the developer tools).
     */
    Scored score(String message) {
        return scoreNormalized(normalized(message), message);
    }

    /**
     * {@link #score(String)} of a message already normalised: what every decision is made on. The message is scored
     * whole; a known out-of-scope question that matches only its context does not decline it; then what it asks is read
     * ({@link SecondQuestion}), the runner-up may go first ({@link RunnerUpFirst}), and a message naming two topics alone
     * is cut into its clauses ({@link TopicClauses}).
     */
    private Scored scoreNormalized(String normalized, String raw) {
        AskingParts parts = read(prefix(scope.asWhichCases(scope.readAs(normalized)), settings.maxQueryChars()));
        String text = parts.normalized();
        List<String> words = new ArrayList<>();
        Map<Feature, Double> counted = index.features().weighted(text, parts.weights(), words);
        BitSet named = scope.named(text);
        BitSet alone = scope.namedAlone(text);
        List<Aspect> anywhere = scope.aspects().asked(text);
        Scored scored = scorer.score(text, counted, decisionKeep(), p -> scope.offTopic(p, named),
                p -> scope.aspects().unasked(p, anywhere));
        if (parts.hasContext() && scored.declineScore() >= scored.best() && scored.best() > 0) {
            // a known out-of-scope question that matches the context (客户查不到物流…单号怎么改) is not
            // what is asked: it declines only if the entries do not clearly beat it on the part that asks
            Scored asked = scorer.score(parts.asking(), (double[]) null, 1, p -> scope.offTopic(p, named));
            if (asked.best() - asked.declineScore() > settings.askingLead()) {
                scored = scored.declining(Math.min(scored.declineScore(), asked.declineScore()));
                // (and when the part that asks shares the question's words too, 运单号那块要怎么搞 beside 买家看不到物流信息,
                // it still does not decline: the confidence reads how close it comes)
                scored = scored.askedDeclineUnder(scored.best());
            }
        }
        // only a message naming two topics alone can ask two things: the others are not cut into clauses
        SecondQuestion.Asked asked = secondQuestion.read(scored, parts, named);
        scored = asked.scored();
        List<Candidate> twoAsked = asked.twoAsked();
        if (twoAsked.isEmpty() && parts.hasContext() && alone.cardinality() < 2) {
            scored = runnerUpFirst.askedForTheRunnerUp(scored, parts, named);
        }
        if (twoAsked.isEmpty()) {
            scored = runnerUpFirst.metByWhatItNames(runnerUpFirst.nearTieBrokenByItsRareWord(scored, parts.asking()));
        }
        // a bare topic word that several topics share (售后, 投诉怎么办) does not say which: it is vague too
        BitSet shared = text.isEmpty() ? new BitSet() : scope.sharedTopicsOnly(words);
        return scored.read(new Scored.Reading(scope.platforms().askedAbout(text, parts.asking()),
                !text.isEmpty() && (scope.vague(words) || shared.cardinality() >= 2), asked.asked(), words.size(), alone,
                alone.cardinality() >= 2 ? topicClauses.asks(prefix(raw, readLimit())) : twoAsked, asked.besides(), shared,
                text.isEmpty() ? new BitSet() : scope.bareTopic(words), askingFinds(scored, parts, words.size(), named)));
    }

    /**
     * For a long message whose context dilutes every score below a long message's floor for a plausible option
     * ({@link Decider#longOptionFloor}): the best entry, when its asking part alone finds it, scoring that floor or more
     * (我们是做五金配件批发的…我第一次碰到这种情况，卖家这边从哪个入口能看到这笔售后现在啥情况: the story is long, the question
     * is the after-sales progress's). Null otherwise: no other message is scored again.
     */
    private String askingFinds(Scored scored, AskingParts parts, int words, BitSet named) {
        double floor = Decider.longOptionFloor(settings);
        if (!parts.hasContext() || words < Decider.LONG_MESSAGE_WORDS || scored.best() <= 0 || scored.best() >= floor) {
            return null;
        }
        Scored asking = scorer.score(parts.asking(), (double[]) null, 1, p -> scope.offTopic(p, named));
        String best = scored.ranked().get(0).faqId();
        return asking.best() >= floor && asking.ranked().get(0).faqId().equals(best) ? best : null;
    }

    /** The scope rules, for the calibration tool's decisions. */
    ScopeRules scope() {
        return scope;
    }

    /** The index, for the developer tools. */
    FaqIndex index() {
        return index;
    }

    /** How many candidates a decision looks at: enough for the options of a clarify. */
    private int decisionKeep() {
        return Math.max(5, settings.maxOptions());
    }

    private Scored score(AskingParts parts, int keep) {
        BitSet named = scope.named(parts.normalized());
        return scorer.score(parts.normalized(), parts.weights(), keep, p -> scope.offTopic(p, named));
    }

    /** The phrases of a message that ask, and the context ({@link AskingParts}). */
    private AskingParts read(String normalized) {
        return AskingParts.read(normalized, scope, settings.contextWeight());
    }

    /**
     * What retrieval reads of a message: the normalised form of its beginning. A question is short:
     * what lies beyond a few times the matched length is not read at all, so a long message costs
     * no more than a short one.
     */
    private String normalized(String message) {
        return normalizer.retrievalForm(prefix(message, readLimit()));
    }

    /** The same for an utterance: a longer message's beginning is normalised on its own, so that both ways of asking agree. */
    private String normalized(Utterance message) {
        return message.raw().length() <= readLimit() ? message.retrieval() : normalized(message.raw());
    }

    private int readLimit() {
        return 4 * settings.maxQueryChars();
    }

    /** At most {@code max} characters of {@code text}, never cutting a surrogate pair. */
    private static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
