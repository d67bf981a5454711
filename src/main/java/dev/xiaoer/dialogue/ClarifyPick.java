package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a reply to a clarify: the option it picks by number (2, 第二个) or by its words (the
 * entry's question or a phrasing containing the reply, or sharing most of its meaningful
 * characters, clearly more than any other option).
 */
final class ClarifyPick {
    private static final double MIN_OVERLAP = 0.75;
    private static final double MIN_MARGIN = 0.2;
    /** Characters too common to count as overlap between a reply and an option. */
    private static final String TRIVIAL = "的了是我我们你吗呢啊吧呀哦在有就都也还要这那个一";

    private final TextNormalizer normalizer;

    ClarifyPick(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    Optional<FaqEntry> pick(List<FaqEntry> offered, Utterance u) {
        String c = u.compact();
        int n = StepReader.numberIn(c);
        if (n >= 1 && n <= offered.size()) {
            return Optional.of(offered.get(n - 1));
        }
        if (c.length() < 2) {
            return Optional.empty();
        }
        FaqEntry best = null;
        double top = 0;
        double second = 0;
        for (FaqEntry e : offered) {
            double score = 0;
            for (String phrasing : e.phrasings()) {
                String p = normalizer.utterance(phrasing).compact();
                score = Math.max(score, p.contains(c) ? 1.0 : overlap(c, p));
            }
            if (score > top) {
                second = top;
                top = score;
                best = e;
            } else if (score > second) {
                second = score;
            }
        }
        return best != null && top >= MIN_OVERLAP && top - second >= MIN_MARGIN ? Optional.of(best) : Optional.empty();
    }

    /** Shared meaningful characters over the smaller side's; 0 unless at least two are shared. */
    static double overlap(String message, String phrasing) {
        Set<Integer> a = meaningful(message);
        Set<Integer> b = meaningful(phrasing);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Integer> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() < 2 ? 0 : (double) common.size() / Math.min(a.size(), b.size());
    }

    private static Set<Integer> meaningful(String s) {
        Set<Integer> chars = new HashSet<>();
        s.codePoints().filter(cp -> TRIVIAL.indexOf(cp) < 0).forEach(chars::add);
        return chars;
    }
}
