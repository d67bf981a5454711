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

    /** {@code u} without its clauses naming another platform: {@code u} itself when none does, null when all do (or for null). */
    Utterance without(Utterance u) {
        if (u == null || !retriever.namesAnotherPlatform(u)) {
            return u;
        }
        List<String> clauses = MessageClauses.of(u);
        List<String> ours = clauses.stream().filter(c -> retriever.otherPlatform(normalizer.utterance(c)) == null).toList();
        return ours.size() == clauses.size() ? u : ours.isEmpty() ? null : normalizer.utterance(String.join("，", ours));
    }
}
