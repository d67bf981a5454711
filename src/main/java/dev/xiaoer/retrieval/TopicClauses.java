package dev.xiaoer.retrieval;

import dev.xiaoer.text.TextNormalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A message whose clauses ask about different topics (保证金怎么退？还有运单号填错了怎么改): the entry each part
 * asks for, in the order asked (§4 of docs/retrieval.md, "Two asks"). Immutable and thread-safe.
 */
final class TopicClauses {
    /**
     * A message's clauses: split at punctuation, and at spaces between Chinese (a space next to a
     * Latin word separates words, not clauses: 我的 deposit 什么时候能 refund is one).
     */
    static final Pattern CLAUSE = Pattern.compile("[，。？！,.?!；;、\\n]+|(?<![A-Za-z0-9])\\s+(?![A-Za-z0-9])");

    private final TextNormalizer normalizer;
    private final RetrievalSettings settings;
    private final Scorer scorer;
    private final ScopeRules scope;

    TopicClauses(TextNormalizer normalizer, RetrievalSettings settings, Scorer scorer, ScopeRules scope) {
        this.normalizer = normalizer;
        this.settings = settings;
        this.scorer = scorer;
        this.scope = scope;
    }

    /**
     * When a message's clauses ask about different topics (保证金怎么退？还有运单号填错了怎么改), the
     * entry each part asks for, in the order asked: the clauses are grouped by the topics they name
     * alone (a clause naming none goes with the one before it, or the first with the next), each
     * group is scored on its own, and its best entry counts when it is of a topic the group names
     * and no earlier part's entry is, scores {@code twoAsksScore} or more, beats the known
     * out-of-scope questions, and speaks of what its part asks. Empty unless two or more parts have one.
     *
     * @param raw the message as sent (its beginning that retrieval reads), not normalised
     */
    List<Candidate> asks(String raw) {
        String[] clauses = CLAUSE.split(raw);
        if (clauses.length < 2) {
            return List.of();
        }
        List<String> phrases = new ArrayList<>();
        for (String c : clauses) {
            String n = normalizer.retrievalForm(c);
            if (!n.isEmpty()) {
                phrases.add(n);
            }
        }
        if (phrases.size() < 2) {
            return List.of();
        }
        List<BitSet> keys = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        StringBuilder lead = new StringBuilder();
        for (String p : phrases) {
            BitSet named = scope.namedAlone(p);
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
        List<Candidate> asks = new ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            String part = texts.get(g).toString().strip();
            BitSet named = keys.get(g);
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
}
