package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.Scope;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the scope says of every indexed phrasing, by its ordinal, looked up once when the retriever
 * is built: the topic of its entry, or the topics and aspects a known out-of-scope question names.
 * A search asks {@link #offTopic} (and {@link #unasked}) of each of its candidates, several times a
 * message; asked of {@link ScopeRules} they read each candidate's text and looked it up in two maps,
 * a cache miss on every phrasing (~6 % of a worker's dialogue CPU). The answers are
 * {@link ScopeRules#offTopic(Phrasing, BitSet)}'s and {@link ScopeRules#unasked}'s. Immutable.
 */
final class PhrasingTopics {
    private final boolean[] outOfScope;
    /** An entry's phrasing: its entry's topic, or -1. */
    private final int[] entryTopic;
    /** A known out-of-scope question: the topics it names, or null. */
    private final BitSet[] questionTopics;
    /** A known out-of-scope question: the aspects it asks, or null. */
    private final List<List<Scope.Aspect>> questionAspects;

    private PhrasingTopics(boolean[] outOfScope, int[] entryTopic, BitSet[] questionTopics,
                           List<List<Scope.Aspect>> questionAspects) {
        this.outOfScope = outOfScope;
        this.entryTopic = entryTopic;
        this.questionTopics = questionTopics;
        this.questionAspects = questionAspects;
    }

    static PhrasingTopics of(FaqIndex index, ScopeRules scope) {
        int n = index.phrasingCount();
        boolean[] outOfScope = new boolean[n];
        int[] entryTopic = new int[n];
        BitSet[] questionTopics = new BitSet[n];
        List<List<Scope.Aspect>> questionAspects = new ArrayList<>(n);
        for (int ord = 0; ord < n; ord++) {
            Phrasing p = index.phrasing(ord);
            outOfScope[ord] = p.outOfScope();
            entryTopic[ord] = p.outOfScope() ? -1 : scope.topic(p.entry().id());
            questionTopics[ord] = p.outOfScope() ? scope.questionTopics(p.text()) : null;
            questionAspects.add(p.outOfScope() ? scope.questionAspects(p.text()) : null);
        }
        return new PhrasingTopics(outOfScope, entryTopic, questionTopics, questionAspects);
    }

    /** {@link ScopeRules#offTopic(Phrasing, BitSet)} of phrasing {@code ord}. */
    boolean offTopic(int ord, BitSet named) {
        if (named.isEmpty()) {
            return false;
        }
        if (outOfScope[ord]) {
            BitSet topics = questionTopics[ord];
            return topics != null && !topics.intersects(named);
        }
        int topic = entryTopic[ord];
        return topic >= 0 && !named.get(topic);
    }

    /** {@link ScopeRules#unasked} of phrasing {@code ord}. */
    boolean unasked(int ord, List<Scope.Aspect> asked) {
        if (!outOfScope[ord]) {
            return false;
        }
        List<Scope.Aspect> its = questionAspects.get(ord);
        return its != null && its.stream().noneMatch(asked::contains);
    }
}
