package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small talk (phrases.yaml smalltalk): which kind a whole message is (谢谢，再见 is thanks), which is
 * said beside a statement ({@code beside}), and what of a text is mere chatter (small-talk phrases,
 * acknowledgements, filler). Built once per knowledge version; read-only afterwards, so thread-safe.
 */
final class SmallTalkReader {
    private final Map<SmallTalk, Set<String>> smalltalk = new LinkedHashMap<>();
    /** Every small-talk phrase, acknowledgement and filler word: what small talk is made of. */
    private final Chatter chatter;

    SmallTalkReader(Phrases phrases, TextNormalizer normalizer) {
        List<String> all = new ArrayList<>();
        for (SmallTalk st : phrases.smalltalk()) {
            Set<String> forms = st.phrases().stream().map(p -> IntentReader.bare(p, normalizer)).filter(p -> !p.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            smalltalk.put(st, forms);
            all.addAll(forms);
        }
        all.addAll(phrases.acknowledgements().stream().map(p -> IntentReader.bare(p, normalizer)).toList());
        all.addAll(phrases.filler().stream().map(p -> IntentReader.bare(p, normalizer)).toList());
        this.chatter = new Chatter(all.stream().filter(p -> !p.isEmpty()).toList());
    }

    /** The kind of small talk the whole message is, the first listed winning (谢谢，再见 is thanks). */
    Optional<SmallTalk> whole(Utterance u) {
        String b = u.bare();
        if (b.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<SmallTalk, Set<String>> e : smalltalk.entrySet()) {
            if (e.getValue().contains(b) || e.getValue().contains(u.compact())) {
                return Optional.of(e.getKey());
            }
        }
        if (!withoutChatter(b).isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<SmallTalk, Set<String>> e : smalltalk.entrySet()) {
            if (e.getValue().stream().anyMatch(b::contains)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of small talk a clause is wholly made of, of the kinds said beside a statement
     * ({@code beside}: 谢谢 in 好的 我去找网点开证明 谢谢); a word inside another (有用, 撤了) is none.
     */
    Optional<SmallTalk> besideIn(String clause) {
        if (clause.isEmpty() || !withoutChatter(clause).isEmpty()) {
            return Optional.empty();
        }
        return smalltalk.entrySet().stream().filter(e -> e.getKey().beside() && e.getValue().stream()
                .anyMatch(clause::contains)).map(Map.Entry::getKey).findFirst();
    }

    /** {@code text} without its small-talk phrases, acknowledgements and filler, longest first. */
    String withoutChatter(String text) {
        return chatter.takenOutOf(text);
    }
}
