package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Finds the FAQ entries that answer a seller's message: the retrieval package's one entry point.
 * {@link #build} indexes a knowledge base ({@link IndexBuilder}); a search cuts the message into
 * features ({@link Features}), scores the entries against it ({@link Scorer}) and decides what to
 * do: answer, clarify, or fall back ({@link Decider}). Before that, the knowledge's scope
 * ({@link ScopeRules}) declines a message about another platform, asks which topic a message means
 * that names none, weighs the part of a long message that asks over its context, and keeps an entry
 * from answering an aspect its answer does not speak of. docs/retrieval.md says why it works this way.
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
    private final ShortMessages shortMessages = new ShortMessages();

    private Retriever(TextNormalizer normalizer, RetrievalSettings settings, FaqIndex index, ScopeRules scope) {
        this.normalizer = normalizer;
        this.settings = settings;
        this.scorer = new Scorer(index, settings);
        this.decider = new Decider(settings, scope);
        this.index = index;
        this.scope = scope;
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
     * How a message is read: its phrases' weights (the asking part weighs over the context), and
     * the text of the part that asks.
     */
    private record Parts(String normalized, double[] weights, String asking) {
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
     * decides what to do with it. Reads its {@link Utterance#normalized} form.
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
     * if that answer is of the same topic; empty otherwise, or when the entry is in no topic.
     */
    public Optional<Retrieval> followingUp(String faqId, Utterance message) {
        int topic = scope.topic(faqId);
        String word = topic < 0 ? null : scope.topicWord(topic);
        if (word == null || !scope.named(normalized(message)).isEmpty()) {
            return Optional.empty();
        }
        Retrieval read = search(word + " " + message.raw());
        return read.decision() == Retrieval.Decision.ANSWER && scope.topic(read.best().faqId()) == topic
                ? Optional.of(read) : Optional.empty();
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
        List<Word> words = new java.util.ArrayList<>();
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

    /** {@link #score(String)} of a message already normalised: what every decision is made on. */
    private Scored scoreNormalized(String normalized, String raw) {
        Parts parts = read(prefix(normalized, settings.maxQueryChars()));
        String text = parts.normalized();
        List<String> words = new java.util.ArrayList<>();
        Map<Feature, Double> counted = index.features().weighted(text, parts.weights(), words);
        java.util.BitSet named = scope.named(text);
        java.util.BitSet alone = scope.namedAlone(text);
        List<dev.xiaoer.knowledge.Scope.Aspect> anywhere = scope.aspects().asked(text);
        Scored scored = scorer.score(text, counted, decisionKeep(), p -> scope.offTopic(p, named),
                p -> scope.aspects().unasked(p, anywhere));
        if (parts.weights() != null && scored.declineScore() >= scored.best() && scored.best() > 0) {
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
        // a second question asking an aspect (…怎么转出 转出要收手续费吗) does not make the first unanswered,
        // when the first alone asks for the best entry; when it asks for the runner-up a clarify would
        // offer beside the best, the seller is asked which of the two (the first question's entry first)
        // (and what the story tells that asks an aspect wherever it stands: 快递网点不肯给盖公章…这个能不能拿来申诉)
        List<dev.xiaoer.knowledge.Scope.Aspect> asked = union(scope.aspects().asked(parts.asking()), scope.aspects().toldIn(text));
        // (and what a bare question that names nothing asks of the clause just before it: …搜索排名会受影响，会吗)
        asked = union(asked, scope.aspects().asked(beforeBareQuestions(text)));
        List<dev.xiaoer.knowledge.Scope.Aspect> besides = List.of();
        List<Candidate> twoAsked = List.of();
        String plain = withItsStory(text, asking(parts.asking()));
        if (!asked.isEmpty() && plain != null && scored.best() > 0) {
            Scored first = scorer.score(plain, (double[]) null, 1, p -> scope.offTopic(p, named));
            List<Candidate> ranked = scored.ranked();
            if (first.best() >= settings.twoAsksScore() && first.ranked().get(0).faqId().equals(ranked.get(0).faqId())) {
                besides = asked;
                asked = List.of();
                if (first.best() - first.declineScore() > settings.askingLead()) {
                    // a known out-of-scope question met by the second question (扣分怎么申诉？申诉一般几天出结果 meets 申诉一般几天有结果)
                    // asks what is said unknown beside the answer: it declines only what the first question asks
                    scored = scored.declining(Math.min(scored.declineScore(), first.declineScore()))
                            .askedDeclineUnder(scored.best());
                }
            } else if (first.best() >= settings.twoAsksScore() && ranked.size() > 1
                    && first.ranked().get(0).faqId().equals(ranked.get(1).faqId())
                    && ranked.get(1).score() >= settings.optionRatio() * ranked.get(0).score()) {
                besides = asked;
                asked = List.of();
                twoAsked = List.of(ranked.get(1), ranked.get(0));
            }
        }
        if (twoAsked.isEmpty() && parts.weights() != null && alone.cardinality() < 2) {
            scored = askedForTheRunnerUp(scored, parts.asking(), named);
        }
        if (twoAsked.isEmpty()) {
            scored = metByWhatItNames(scored);
        }
        // a bare topic word that several topics share (售后, 投诉怎么办) does not say which: it is vague too
        java.util.BitSet shared = text.isEmpty() ? new java.util.BitSet() : scope.sharedTopicsOnly(words);
        return scored.read(new Scored.Reading(otherPlatform(text, parts.asking()),
                !text.isEmpty() && (scope.vague(words) || shared.cardinality() >= 2), asked, words.size(), alone,
                alone.cardinality() >= 2 ? asks(raw) : twoAsked, besides, shared,
                text.isEmpty() ? new java.util.BitSet() : scope.bareTopic(words)));
    }

    /** The aspects of {@code a}, then those of {@code b} that {@code a} lacks. */
    private static List<dev.xiaoer.knowledge.Scope.Aspect> union(List<dev.xiaoer.knowledge.Scope.Aspect> a,
                                                                 List<dev.xiaoer.knowledge.Scope.Aspect> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<dev.xiaoer.knowledge.Scope.Aspect> all = new java.util.ArrayList<>(a);
        b.stream().filter(x -> !a.contains(x)).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * The phrase of a message's asking part that asks no aspect, when another one asks one: its first phrase (支付宝账户怎么换？
     * 换绑要手续费吗; 跟买家谈退货 运费谁出这些要先说好吧), else a later one that asks (会不会有什么影响？回来以后要注意点啥).
     * Null when there is no such phrase.
     */
    private String asking(String askingText) {
        String[] phrases = askingText.split(" ");
        if (phrases.length < 2) {
            return null;
        }
        if (scope.aspects().asked(phrases[0]).isEmpty() && !premise(phrases[0])) {
            return phrases[0];
        }
        for (String p : phrases) {
            if (scope.asks(p) && scope.aspects().asked(p).isEmpty()) {
                return p;
            }
        }
        return null;
    }

    /**
     * How a phrase that tells what has happened ends: with the time it sets for what follows (换了支付宝以后) or with what
     * is done (财务刚把支付宝换成新的了).
     */
    /**
     * A first question that names nothing (该怎么办, 怎么弄) asks about the story told just before it: with the phrases that
     * ask nothing before it (这次维权的判责结果我们真的不认可 该怎么办？能不能直接打电话找人工: the first question is the
     * ruling's, the second asks whom to call). Any other phrase, or none, as it is.
     */
    private String withItsStory(String text, String plain) {
        if (plain == null || !scope.vague(index.features().contentWords(plain))) {
            return plain;
        }
        String[] phrases = text.split(" ");
        int i = java.util.Arrays.asList(phrases).indexOf(plain);
        int from = i;
        while (from > 0 && !scope.asks(phrases[from - 1])) {
            from--;
        }
        return from >= i ? plain : String.join(" ", java.util.Arrays.copyOfRange(phrases, from, i + 1));
    }

    /**
     * The phrases of a message that ask nothing and stand just before a bare question: one answered yes or no that names
     * nothing the knowledge knows (会吗, 是真的吗, 对吗). Such a question asks whether the clause before it holds, so what that
     * clause asks is asked (…担心退出后店铺的搜索排名会受影响，会吗; 听说改运单号会被判虚假发货，是真的吗). Empty when there is none.
     */
    private String beforeBareQuestions(String text) {
        String[] phrases = text.split(" ");
        StringBuilder story = new StringBuilder();
        for (int i = 1; i < phrases.length; i++) {
            if (scope.asks(phrases[i]) && !scope.asks(phrases[i - 1]) && YES_NO.matcher(phrases[i]).find()
                    && namesNothing(phrases[i])) {
                story.append(story.length() > 0 ? " " : "").append(phrases[i - 1]);
            }
        }
        return story.toString();
    }

    /**
     * A question answered yes or no (会吗, 是真的吗): it ends with its particle. Not one that asks how or where (我们现在要
     * 怎么弄, 入口在哪, 这是为什么): that one asks about its story as a whole (withItsStory), not whether what the story tells
     * holds — so 么 only as a particle, not the end of 什么, 怎么, 这么, 那么 or 多么.
     */
    private static final java.util.regex.Pattern YES_NO = java.util.regex.Pattern.compile("(?:[吗嘛]|(?<![什怎这那多])么)$");

    /** True when a phrase's content words are all vague (会吗: none), or none of them is a word of the knowledge (是真的吗). */
    private boolean namesNothing(String phrase) {
        List<String> words = index.features().contentWords(phrase);
        return scope.vague(words)
                || words.stream().noneMatch(w -> index.seen(index.id(FeatureKind.WORD.of(w))));
    }

    private static final List<String> PREMISE_ENDS = List.of("以后", "之后", "后", "了");

    /**
     * Whether a phrase is a premise: it holds no question word and tells what has happened (换了支付宝以后, 支付宝换成新的了);
     * the question is the phrase after it, so it is not a first question beside which a second one's aspect is only named.
     */
    private boolean premise(String phrase) {
        return !scope.asks(phrase) && PREMISE_ENDS.stream().anyMatch(phrase::endsWith);
    }

    /**
     * How rare a word of the asking phrases must be (its IDF over the phrasings) to tell the runner-up from the best:
     * 官方直送 (3.4), 解冻, 条件 do; 保证金 (2.3) and 运单号 (2.4), which most phrasings of their topic have, do not.
     */
    static final double ASKING_WORD_IDF = 3.0;

    /**
     * The scored message with its runner-up first, when the phrases that ask find the runner-up on their own
     * (scoring {@code twoAsksScore} or more, and the runner-up is a plausible option, {@code optionRatio} of the
     * best) and name a rare word of the runner-up's question that the best's question lacks, not a vague one:
     * 准备退保证金，看到要先关服务，…这个官方直送要怎么关掉 asks how to close 官方直送, though its context is closing the
     * services. The signals stay the message's; the best's lead is then negative, which the confidence reads.
     * Otherwise the scored message as it is.
     */
    private Scored askedForTheRunnerUp(Scored scored, String asking, java.util.BitSet named) {
        List<Candidate> ranked = scored.ranked();
        if (ranked.size() < 2 || ranked.get(1).score() < settings.optionRatio() * ranked.get(0).score()) {
            return scored;
        }
        Scored alone = scorer.score(asking, (double[]) null, 1, p -> scope.offTopic(p, named));
        if (alone.ranked().isEmpty() || alone.best() < settings.twoAsksScore()
                || !alone.ranked().get(0).faqId().equals(ranked.get(1).faqId())) {
            return scored;
        }
        java.util.Set<String> told = new java.util.HashSet<>(index.features().contentWords(asking));
        told.retainAll(index.features().contentWords(normalizer.normalize(ranked.get(1).question())));
        told.removeAll(index.features().contentWords(normalizer.normalize(ranked.get(0).question())));
        told.removeIf(w -> scope.vague(List.of(w)) || index.idf(index.id(FeatureKind.WORD.of(w))) < ASKING_WORD_IDF);
        return told.isEmpty() ? scored : scored.runnerUpFirst();
    }

    /**
     * The scored message with its runner-up first, when the two meet different words of it: the best only vague ones
     * (找不到按钮, 后台: words that ask without naming what), the runner-up, a plausible option ({@code optionRatio} of the
     * best), a word of two characters or more that names something: 官方直送 service 要怎么 close，找不到按钮 asks about
     * 官方直送, not about the transfer-out's 找不到转出按钮. Not when they share a word (48h…子服务关闭不了: both meet 关闭, and
     * 关闭不了 is the shipping services'), nor when the best meets no word of two characters (买家保障的钱能不能退给我: 钱 is
     * what is asked back, however vague alone). The signals stay the message's; the
     * best's lead is then negative, which the confidence reads. Otherwise the scored message as it is.
     */
    private Scored metByWhatItNames(Scored scored) {
        List<Candidate> ranked = scored.ranked();
        if (ranked.size() < 2 || ranked.get(1).score() < settings.optionRatio() * ranked.get(0).score()) {
            return scored;
        }
        List<String> best = ranked.get(0).matchedWords();
        List<String> runnerUp = ranked.get(1).matchedWords();
        boolean names = runnerUp.stream().anyMatch(w -> w.length() > 1 && !scope.vague(List.of(w)));
        return ranked.get(0).wordsMatched() > 0 && scope.vague(best) && names && java.util.Collections.disjoint(best, runnerUp)
                ? scored.runnerUpFirst() : scored;
    }

    /**
     * The other platform a message is about: the one it names when it names none of the knowledge's
     * own; and when it names both, the one its asking phrases name without naming 1688 — the rest is
     * context (我1688和淘宝都有店，想问淘宝的保证金怎么退 asks about Taobao; 1688和淘宝都开了店，1688的保证金怎么退
     * and 之前做抖音的时候保证金退得挺快，1688这边是什么流程 ask about 1688).
     */
    private String otherPlatform(String text, String asking) {
        String other = scope.platforms().otherPlatform(text);
        if (other != null || asking.equals(text)) {
            return other;
        }
        PlatformNames platforms = scope.platforms();
        if (platforms.namesAny(asking)) {
            return platforms.otherPlatform(asking);
        }
        // asking phrases that name no platform ask about the one the story named last, when its phrase names no other
        // (我们1688和快手小店都在做，快手那边被判了虚假发货扣了分，那个平台能申诉吗 asks about Kuaishou); a phrase that says
        // what it is not (在1688上交的保证金，不是淘宝的，怎么退) is passed over
        String[] phrases = text.split(" ");
        for (int i = phrases.length - 1; i >= 0; i--) {
            if (platforms.namesAny(phrases[i]) && !phrases[i].contains("不是")) {
                return platforms.otherPlatform(phrases[i]);
            }
        }
        return null;
    }


    /**
     * A message's clauses: split at punctuation, and at spaces between Chinese (a space next to a
     * Latin word separates words, not clauses: 我的 deposit 什么时候能 refund is one).
     */
    private static final java.util.regex.Pattern CLAUSE =
            java.util.regex.Pattern.compile("[，。？！,.?!；;、\\n]+|(?<![A-Za-z0-9])\\s+(?![A-Za-z0-9])");

    /**
     * When a message's clauses ask about different topics (保证金怎么退？还有运单号填错了怎么改), the
     * entry each part asks for, in the order asked: the clauses are grouped by the topics they name
     * alone (a clause naming none goes with the one before it, or the first with the next), each
     * group is scored on its own, and its best entry counts when it is of a topic the group names
     * and no earlier part's entry is, scores {@code twoAsksScore} or more, beats the known
     * out-of-scope questions, and speaks of what its part asks. Empty unless two or more parts have one.
     */
    private List<Candidate> asks(String raw) {
        String[] clauses = CLAUSE.split(prefix(raw, readLimit()));
        if (clauses.length < 2) {
            return List.of();
        }
        List<String> phrases = new java.util.ArrayList<>();
        for (String c : clauses) {
            String n = normalizer.normalize(c);
            if (!n.isEmpty()) {
                phrases.add(n);
            }
        }
        if (phrases.size() < 2) {
            return List.of();
        }
        List<java.util.BitSet> keys = new java.util.ArrayList<>();
        List<StringBuilder> texts = new java.util.ArrayList<>();
        StringBuilder lead = new StringBuilder();
        for (String p : phrases) {
            java.util.BitSet named = scope.namedAlone(p);
            if (named.isEmpty() || !keys.isEmpty() && keys.get(keys.size() - 1).intersects(named)) {
                // a clause sharing a topic with the one before goes on with it (买家要退货退款，退货方案要怎么跟他谈:
                // the second clause names the return the first named; no second topic is asked of)
                if (!keys.isEmpty() && !named.isEmpty()) {
                    keys.get(keys.size() - 1).or(named);
                }
                (keys.isEmpty() ? lead : texts.get(texts.size() - 1)).append(' ').append(p);
            } else {
                keys.add(named);
                texts.add(new StringBuilder(lead).append(' ').append(p));
                lead.setLength(0);
            }
        }
        if (keys.size() < 2) {
            return List.of();
        }
        List<Candidate> asks = new java.util.ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            String part = texts.get(g).toString().strip();
            java.util.BitSet named = keys.get(g);
            Scored s = scorer.score(part, (double[]) null, 1, p -> scope.offTopic(p, named));
            if (s.ranked().isEmpty()) {
                continue;
            }
            Candidate best = s.ranked().get(0);
            int topic = scope.topic(best.faqId());
            boolean fresh = asks.stream().noneMatch(c -> scope.topic(c.faqId()) == topic);
            if (fresh && topic >= 0 && named.get(topic) && best.score() >= settings.twoAsksScore() && s.declineScore() < best.score()
                    && scope.aspects().speaksOfAll(best.faqId(), scope.aspects().asked(part))) {
                asks.add(best);
            }
        }
        return asks.size() >= 2 ? List.copyOf(asks.subList(0, Math.min(asks.size(), settings.maxOptions())))
                : List.of();
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

    private Scored score(Parts parts, int keep) {
        java.util.BitSet named = scope.named(parts.normalized());
        return scorer.score(parts.normalized(), parts.weights(), keep, p -> scope.offTopic(p, named));
    }

    /**
     * Which phrases of a message ask: those holding a question word. When some do and others do
     * not, the others are context, weighed at {@code contextWeight}; the asking text is what the
     * asking phrases say (the whole message when none asks, or all do).
     */
    private Parts read(String normalized) {
        String[] phrases = normalized.split(" ");
        if (phrases.length < 2 || !scope.hasQuestionWords()) {
            return new Parts(normalized, null, normalized);
        }
        boolean[] asks = new boolean[phrases.length];
        int asking = 0;
        for (int i = 0; i < phrases.length; i++) {
            asks[i] = scope.asks(phrases[i]);
            asking += asks[i] ? 1 : 0;
        }
        if (asking == 0 || asking == phrases.length) {
            return new Parts(normalized, null, normalized);
        }
        double[] weights = new double[phrases.length];
        StringBuilder askingText = new StringBuilder();
        for (int i = 0; i < phrases.length; i++) {
            weights[i] = asks[i] ? 1 : settings.contextWeight();
            if (asks[i]) {
                askingText.append(askingText.length() > 0 ? " " : "").append(phrases[i]);
            }
        }
        return new Parts(normalized, weights, askingText.toString());
    }

    /**
     * What retrieval reads of a message: the normalised form of its beginning. A question is short:
     * what lies beyond a few times the matched length is not read at all, so a long message costs
     * no more than a short one.
     */
    private String normalized(String message) {
        return normalizer.normalize(prefix(message, readLimit()));
    }

    /** The same for an utterance: a longer message's beginning is normalised on its own, so that both ways of asking agree. */
    private String normalized(Utterance message) {
        return message.raw().length() <= readLimit() ? message.normalized() : normalized(message.raw());
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
