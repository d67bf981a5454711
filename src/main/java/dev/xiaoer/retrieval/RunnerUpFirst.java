package dev.xiaoer.retrieval;

import dev.xiaoer.text.TextNormalizer;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When the runner-up is what a message asks about though the best scores higher: the best met only the context, or only
 * words that ask without naming what (§3 of docs/retrieval.md). Either puts the runner-up first; the signals stay the
 * message's, so the best's lead reads negative in the confidence. Immutable and thread-safe.
 */
final class RunnerUpFirst {
    /**
     * How rare a word of the asking phrases must be (its IDF over the phrasings) to tell the runner-up from the best:
     * 官方直送 (3.4), 解冻, 条件 do; 保证金 (2.3) and 运单号 (2.4), which most phrasings of their topic have, do not.
     */
    static final double ASKING_WORD_IDF = 3.0;

    /**
     * How near the runner-up must score to the best for a rare word of its question that the message names to break
     * the tie ({@link #nearTieBrokenByItsRareWord}): 补发的快递单号在哪里更新 scores the modify entry 0.865 (运单号怎么更新
     * meets all but 补发) and the reship entry 0.859.
     */
    static final double NEAR_TIE = 0.95;

    private final TextNormalizer normalizer;
    private final RetrievalSettings settings;
    private final Scorer scorer;
    private final FaqIndex index;
    private final ScopeRules scope;

    RunnerUpFirst(TextNormalizer normalizer, RetrievalSettings settings, Scorer scorer, FaqIndex index, ScopeRules scope) {
        this.normalizer = normalizer;
        this.settings = settings;
        this.scorer = scorer;
        this.index = index;
        this.scope = scope;
    }

    /**
     * The scored message with its runner-up first, when the phrases that ask find the runner-up on their own
     * (scoring {@code twoAsksScore} or more, and the runner-up is a plausible option, {@code optionRatio} of the
     * best) and name a rare word of the runner-up's question that the best's question lacks, not a vague one:
     * 准备退保证金，看到要先关服务，…这个官方直送要怎么关掉 asks how to close 官方直送, though its context is closing the
     * services. The signals stay the message's; the best's lead is then negative, which the confidence reads.
     * Otherwise the scored message as it is.
     */
    Scored askedForTheRunnerUp(Scored scored, AskingParts parts, BitSet named) {
        List<Candidate> ranked = scored.ranked();
        if (ranked.size() < 2 || ranked.get(1).score() < settings.optionRatio() * ranked.get(0).score()) {
            return scored;
        }
        String asking = parts.asking();
        int found = foundAlone(asking, ranked, named);
        if (found > 0 && names(asking, rareOf(ranked, found))) {
            return scored.first(found);
        }
        Set<String> rare = rareOf(ranked, 1);
        if (rare.isEmpty()) {
            return scored;
        }
        String referred = referredTo(parts, rare);
        return referred != null && names(referred, rare) && foundAlone(referred, ranked, named) == 1
                ? scored.runnerUpFirst() : scored;
    }

    /**
     * The rare words of candidate {@code k}'s question that the best's question lacks ({@link #rare}: not vague, IDF
     * {@link #ASKING_WORD_IDF} or more).
     */
    private Set<String> rareOf(List<Candidate> ranked, int k) {
        Set<String> rare = new HashSet<>(index.features().contentWords(normalizer.normalize(ranked.get(k).question())));
        rare.removeAll(index.features().contentWords(normalizer.normalize(ranked.get(0).question())));
        rare.removeIf(w -> !rare(w));
        return rare;
    }

    /**
     * Which of the ranked candidates {@code asking}, scored alone, finds first, scoring {@code twoAsksScore} or more, when
     * it is a plausible option ({@code optionRatio} of the best): its index; -1 for none.
     */
    private int foundAlone(String asking, List<Candidate> ranked, BitSet named) {
        Scored alone = scorer.score(asking, (double[]) null, 1, p -> scope.offTopic(p, named));
        if (alone.ranked().isEmpty() || alone.best() < settings.twoAsksScore()) {
            return -1;
        }
        String id = alone.ranked().get(0).faqId();
        for (int k = 0; k < ranked.size(); k++) {
            if (ranked.get(k).faqId().equals(id)) {
                return ranked.get(k).score() >= settings.optionRatio() * ranked.get(0).score() ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The scored message with its runner-up first, when it scores within {@link #NEAR_TIE} of the best and meets a rare
     * word of the message's asking part that its question has, the best's question lacks and the best does not meet (a
     * word of the story told does not: …条件都满足了…接下来怎么把钱弄出去 asks the transfer-out, not the conditions): 补发的快递单号在哪里更新
     * asks the reship entry's 补发, though 运单号怎么更新, the modify entry's, meets every other word. The signals stay the
     * message's; the best's lead is then negative, which the confidence reads. Otherwise the scored message as it is.
     */
    Scored nearTieBrokenByItsRareWord(Scored scored, String asking) {
        List<Candidate> ranked = scored.ranked();
        // (not when the runner-up already scores more: another reading put it second)
        if (ranked.size() < 2 || ranked.get(1).score() < NEAR_TIE * ranked.get(0).score()
                || ranked.get(1).score() > ranked.get(0).score()) {
            return scored;
        }
        Set<String> rare = new HashSet<>(index.features().contentWords(normalizer.normalize(ranked.get(1).question())));
        rare.removeAll(index.features().contentWords(normalizer.normalize(ranked.get(0).question())));
        rare.removeAll(ranked.get(0).matchedWords());
        rare.retainAll(ranked.get(1).matchedWords());
        rare.retainAll(index.features().contentWords(asking));
        rare.removeIf(w -> !rare(w));
        return rare.isEmpty() ? scored : scored.runnerUpFirst();
    }

    /** Whether {@code text} has a word of {@code words}. */
    private boolean names(String text, Set<String> words) {
        return index.features().contentWords(text).stream().anyMatch(words::contains);
    }

    /** A word that names a thing of its own: not vague, and rare over the phrasings ({@link #ASKING_WORD_IDF}). */
    private boolean rare(String w) {
        return !scope.vague(List.of(w)) && index.idf(index.id(FeatureKind.WORD.of(w))) >= ASKING_WORD_IDF;
    }

    /**
     * The phrase that asks read with what it points back at: the last phrase that asks and points back, by a word of
     * the scope's {@code refers} (这个要怎么退出), when it does not name the runner-up's rare words itself, read after
     * those words of the nearest phrase before it that names a rare word (我们之前有开官方直送: 官方直送这个要怎么退出). Null when there is none: no asking
     * phrase points back, or it names the runner-up's thing itself (what the asking part is read for first), or it points
     * at nothing the message named.
     */
    private String referredTo(AskingParts parts, Set<String> rare) {
        String[] phrases = parts.normalized().split(" ");
        int last = phrases.length - 1;
        while (last >= 0 && !(scope.asks(phrases[last]) && scope.refersBack(phrases[last]))) {
            last--;
        }
        if (last <= 0 || names(phrases[last], rare)) {
            return null;
        }
        for (int i = last - 1; i >= 0; i--) {
            List<String> words = index.features().contentWords(phrases[i]);
            if (words.stream().anyMatch(this::rare)) {
                List<String> named = words.stream().filter(rare::contains).distinct().toList();
                return named.isEmpty() ? null : String.join("", named) + phrases[last];
            }
        }
        return null;
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
    Scored metByWhatItNames(Scored scored) {
        List<Candidate> ranked = scored.ranked();
        if (ranked.size() < 2 || ranked.get(1).score() < settings.optionRatio() * ranked.get(0).score()) {
            return scored;
        }
        List<String> best = ranked.get(0).matchedWords();
        List<String> runnerUp = ranked.get(1).matchedWords();
        boolean names = runnerUp.stream().anyMatch(w -> w.length() > 1 && !scope.vague(List.of(w)));
        return ranked.get(0).wordsMatched() > 0 && scope.vague(best) && names && Collections.disjoint(best, runnerUp)
                ? scored.runnerUpFirst() : scored;
    }
}
