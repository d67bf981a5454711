package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a reply to a clarify: the option it picks by number (2, 第二个) or by its words (the
 * entry's question or a phrasing containing the reply, or sharing most of its meaningful
 * characters, clearly more than any other option; among those alike, the only one holding the reply as typed, or the one
 * it is clearly the most of).
 *
 * <p>Each entry's phrasings are normalised once, when the entry is first offered, not at every
 * reply: normalising them again for each reply to a clarify was a third of the service's CPU under
 * load (issue 19). One per engine, so per knowledge version; thread-safe; what it keeps is bounded
 * by the entries of that knowledge.
 */
final class ClarifyPick {
    private static final double MIN_OVERLAP = 0.75;
    private static final double MIN_MARGIN = 0.2;
    /** How many times the share of its phrasing a reply held by several options must be of the next one's to pick it. */
    private static final double MOST_OF_LEAD = 1.5;
    /** Characters too common to count as overlap between a reply and an option. */
    private static final String TRIVIAL = "的了是我我们你吗呢啊吧呀哦在有就都也还要这那个一";

    private final TextNormalizer normalizer;
    /** The ways of asking how, each read as 怎么 in a reply (怎样退出 as 怎么退出); null when the knowledge has none. */
    private final Pattern howWord;
    /** By entry id: its phrasings as they are compared, made when the entry is first offered. */
    private final Map<String, List<Compared>> phrasingsByEntry = new ConcurrentHashMap<>();

    /** A phrasing's compact form, and its meaningful characters (distinct code points, sorted). */
    private record Compared(String compact, int[] meaningful) {
    }

    ClarifyPick(TextNormalizer normalizer, AnswerLexicon lexicon) {
        this.normalizer = normalizer;
        this.howWord = lexicon.optionalPattern("how-word");
    }

    Optional<FaqEntry> pick(List<FaqEntry> offered, Utterance u) {
        String c = howWord == null ? u.compact() : howWord.matcher(u.compact()).replaceAll("怎么");
        int n = AnswerLexicon.numberIn(c);
        if (n >= 1 && n <= offered.size()) {
            return Optional.of(offered.get(n - 1));
        }
        if (c.length() < 2) {
            return Optional.empty();
        }
        int[] said = meaningful(c);
        FaqEntry best = null;
        double top = 0;
        double second = 0;
        for (FaqEntry e : offered) {
            double score = 0;
            for (Compared p : phrasings(e)) {
                score = Math.max(score, p.compact().contains(c) ? 1.0 : overlap(said, p.meaningful()));
            }
            if (score > top) {
                second = top;
                top = score;
                best = e;
            } else if (score > second) {
                second = score;
            }
        }
        if (best != null && top >= MIN_OVERLAP && top - second >= MIN_MARGIN) {
            return Optional.of(best);
        }
        // (as like two by its characters, the one whose phrasing holds the reply as it is typed: 怎么退出 between 怎么退出现货安心购
        // and 退出安心购后…怎么办)
        List<FaqEntry> holding = offered.stream()
                .filter(e -> phrasings(e).stream().anyMatch(p -> p.compact().contains(c))).toList();
        if (holding.size() == 1 && top >= MIN_OVERLAP) {
            return Optional.of(holding.get(0));
        }
        // (held by several, the one a phrasing of which the reply is clearly the most of: 退出 is most of 退出安心购, a small
        // part of 退出安心购了状态没变 — what it asks is the leaving, not what follows it; its common characters aside, 我要退出
        // and 退出那个吧 are 退出)
        String core = c.codePoints().filter(cp -> TRIVIAL.indexOf(cp) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<FaqEntry> holdingCore = core.length() < 2 || core.equals(c) ? holding : offered.stream()
                .filter(e -> phrasings(e).stream().anyMatch(p -> p.compact().contains(core))).toList();
        return holdingCore.size() >= 2 ? mostOf(holdingCore, core) : Optional.empty();
    }

    /** Of {@code holding}, the one a phrasing of which {@code c} is the largest share, {@link #MOST_OF_LEAD} times the next. */
    private Optional<FaqEntry> mostOf(List<FaqEntry> holding, String c) {
        FaqEntry best = null;
        double top = 0;
        double second = 0;
        for (FaqEntry e : holding) {
            double share = phrasings(e).stream().filter(p -> p.compact().contains(c))
                    .mapToDouble(p -> (double) c.length() / p.compact().length()).max().orElse(0);
            if (share > top) {
                second = top;
                top = share;
                best = e;
            } else if (share > second) {
                second = share;
            }
        }
        return top >= MOST_OF_LEAD * second ? Optional.ofNullable(best) : Optional.empty();
    }

    private List<Compared> phrasings(FaqEntry e) {
        return phrasingsByEntry.computeIfAbsent(e.id(), id -> e.phrasings().stream().map(phrasing -> {
            String p = normalizer.utterance(phrasing).compact();
            return new Compared(p, meaningful(p));
        }).toList());
    }

    /** Shared meaningful characters over the smaller side's; 0 unless at least two are shared. */
    private static double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return common < 2 ? 0 : (double) common / Math.min(a.length, b.length);
    }

    /** The distinct code points of {@code s} that are not {@link #TRIVIAL}, sorted. */
    private static int[] meaningful(String s) {
        return s.codePoints().filter(cp -> TRIVIAL.indexOf(cp) < 0).sorted().distinct().toArray();
    }
}
