package dev.xiaoer.dialogue;

import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.List;

/**
 * What a message tells of 1688 without its clauses about another platform (淘宝那边的服务都关了，1688的保证金咋退 → 1688的
 * 保证金咋退): what is done on another platform answers no step of ours. The platforms are the scope's
 * ({@link Retriever#otherPlatform}). Immutable and thread-safe.
 */
final class OtherPlatformClauses {
    private final Retriever retriever;
    private final TextNormalizer normalizer;

    OtherPlatformClauses(Retriever retriever, TextNormalizer normalizer) {
        this.retriever = retriever;
        this.normalizer = normalizer;
    }

    /**
     * {@code u} without its clauses naming another platform, or naming only 1688 (1688的 自己找的快递 单号填错了: where, not how
     * it was shipped): {@code u} itself when none does, null when all do (or for null).
     */
    Utterance without(Utterance u) {
        boolean another = u != null && retriever.namesAnotherPlatform(u);
        if (u == null || !another && !retriever.namesOurPlatform(u)) {
            return u;
        }
        List<String> clauses = MessageClauses.of(u);
        if (clauses.size() < 2 && !another) {
            return u;
        }
        List<String> ours = clauses.stream().map(normalizer::utterance)
                .filter(c -> retriever.otherPlatform(c) == null && !retriever.namesOurPlatformOnly(c)).map(Utterance::raw).toList();
        return ours.size() == clauses.size() ? u : ours.isEmpty() ? null : normalizer.utterance(String.join("，", ours));
    }
}
