package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.Scope.Aspect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The aspects a message asks (its fee, how long…: {@link Aspects}), and whether they are asked by a second question
 * beside a first one that the best entry answers (支付宝账户怎么换？换绑要手续费吗: answered, the fee said unknown beside it)
 * or that the runner-up answers (a clarify between the two, the first question's first). §4 of docs/retrieval.md,
 * "A second question about an aspect". Immutable and thread-safe.
 */
final class SecondQuestion {
    /**
     * What a message asks, read: the scored message (a known out-of-scope question met by the second question declines
     * only what the first asks), the aspects asked of the answer, those a second question asks beside it, and, when the
     * first question asks for the runner-up, the two entries in the order asked.
     */
    record Asked(Scored scored, List<Aspect> asked, List<Aspect> besides, List<Candidate> twoAsked) {
    }

    private final RetrievalSettings settings;
    private final Scorer scorer;
    private final FaqIndex index;
    private final ScopeRules scope;

    SecondQuestion(RetrievalSettings settings, Scorer scorer, FaqIndex index, ScopeRules scope) {
        this.settings = settings;
        this.scorer = scorer;
        this.index = index;
        this.scope = scope;
    }

    /**
     * What {@code parts} asks, beside {@code scored}, the message scored whole: the aspects its asking part asks, those its
     * story tells wherever they stand, and those a bare question that names nothing asks of the clause before it; then
     * whether a first question alone finds the best entry or the runner-up, so that the aspects are asked beside it.
     */
    Asked read(Scored scored, AskingParts parts, BitSet named) {
        String text = parts.normalized();
        // a second question asking an aspect (…怎么转出 转出要收手续费吗) does not make the first unanswered,
        // when the first alone asks for the best entry; when it asks for the runner-up a clarify would
        // offer beside the best, the seller is asked which of the two (the first question's entry first)
        // (and what the story tells that asks an aspect wherever it stands: 快递网点不肯给盖公章…这个能不能拿来申诉)
        List<Aspect> asked = union(scope.aspects().asked(parts.asking()), scope.aspects().toldIn(text));
        // (and what a bare question that names nothing asks of the clause just before it: …搜索排名会受影响，会吗)
        asked = union(asked, scope.aspects().asked(beforeBareQuestions(text)));
        List<Aspect> besides = List.of();
        List<Candidate> twoAsked = List.of();
        String plain = withItsStory(text, first(parts.asking()));
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
        return new Asked(scored, asked, besides, twoAsked);
    }

    /** The aspects of {@code a}, then those of {@code b} that {@code a} lacks. */
    private static List<Aspect> union(List<Aspect> a, List<Aspect> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Aspect> all = new ArrayList<>(a);
        b.stream().filter(x -> !a.contains(x)).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * The phrase of a message's asking part that asks no aspect, when another one asks one: its first phrase (支付宝账户怎么换？
     * 换绑要手续费吗; 跟买家谈退货 运费谁出这些要先说好吧), else a later one that asks (会不会有什么影响？回来以后要注意点啥).
     * Null when there is no such phrase.
     */
    private String first(String askingText) {
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
     * A first question that names nothing (该怎么办, 怎么弄) asks about the story told just before it: with the phrases that
     * ask nothing before it (这次维权的判责结果我们真的不认可 该怎么办？能不能直接打电话找人工: the first question is the
     * ruling's, the second asks whom to call). Any other phrase, or none, as it is.
     */
    private String withItsStory(String text, String plain) {
        if (plain == null || !scope.vague(index.features().contentWords(plain))) {
            return plain;
        }
        String[] phrases = text.split(" ");
        int i = Arrays.asList(phrases).indexOf(plain);
        int from = i;
        while (from > 0 && !scope.asks(phrases[from - 1])) {
            from--;
        }
        return from >= i ? plain : String.join(" ", Arrays.copyOfRange(phrases, from, i + 1));
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
    private static final Pattern YES_NO = Pattern.compile("(?:[吗嘛]|(?<![什怎这那多])么)$");

    /** True when a phrase's content words are all vague (会吗: none), or none of them is a word of the knowledge (是真的吗). */
    private boolean namesNothing(String phrase) {
        List<String> words = index.features().contentWords(phrase);
        return scope.vague(words)
                || words.stream().noneMatch(w -> index.seen(index.id(FeatureKind.WORD.of(w))));
    }

    /** How a phrase that tells what has happened ends: with the time it sets for what follows (换了支付宝以后) or with what is done. */
    private static final List<String> PREMISE_ENDS = List.of("以后", "之后", "后", "了");

    /**
     * Whether a phrase is a premise: it holds no question word and tells what has happened (换了支付宝以后, 支付宝换成新的了);
     * the question is the phrase after it, so it is not a first question beside which a second one's aspect is only named.
     */
    private boolean premise(String phrase) {
        return !scope.asks(phrase) && PREMISE_ENDS.stream().anyMatch(phrase::endsWith);
    }
}
