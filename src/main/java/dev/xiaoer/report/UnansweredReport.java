package dev.xiaoer.report;

import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.store.Miss;
import dev.xiaoer.text.Durations;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Groups the questions the bot missed (fallbacks and low-confidence answers) by how alike they read,
 * the most asked first, each with the closest existing FAQ entry: what knowledge editors should add
 * next. Questions are compared on their normalised text (width, case, script, punctuation evened out)
 * by the Jaccard similarity of their character pairs, and, when the report has the words that name
 * what each question is about, by how much of the lighter question's words the other shares, a word
 * the knowledge does not know weighing four times one it does (海外仓怎么入驻 / 海外仓入驻流程 /
 * 你们支持海外仓吗 share 海外仓, which no entry knows: one gap). A question joins the group holding
 * the most similar question at or above the threshold.
 */
public final class UnansweredReport {
    /** Similarity from which two questions count as the same one asked differently. */
    public static final double DEFAULT_SIMILARITY = 0.5;
    /**
     * Answers below this confidence count as missed, next to fallbacks and clarifies. The bot answers
     * from 0.6 (RetrievalSettings.answerThreshold), so this takes the answers it was least sure of.
     */
    public static final double DEFAULT_BELOW_CONFIDENCE = 0.75;

    private static final Pattern DROP = Pattern.compile("[\\p{P}\\p{Z}\\s\\p{Cc}\\p{Cf}\\p{S}]+");

    /** How much a word the knowledge already has weighs, next to one it does not (1). */
    static final double KNOWN_WORD_WEIGHT = 0.25;

    private final BiFunction<String, Integer, List<Candidate>> ranker;
    private final UnaryOperator<String> simplify;
    private final double similarity;
    private final Function<String, List<Retriever.Word>> words;

    /**
     * @param ranker     the best FAQ candidates for a question, best first (the retriever's ranking)
     * @param simplify   Traditional to Simplified script, so both scripts group together
     * @param similarity the character-pair Jaccard similarity from which questions group together
     */
    public UnansweredReport(BiFunction<String, Integer, List<Candidate>> ranker, UnaryOperator<String> simplify,
                            double similarity) {
        this(ranker, simplify, similarity, q -> List.of());
    }

    /**
     * @param words the words that name what a question is about, each known to the knowledge or not
     *              ({@link Retriever#words}); questions that share them group together too
     */
    public UnansweredReport(BiFunction<String, Integer, List<Candidate>> ranker, UnaryOperator<String> simplify,
                            double similarity, Function<String, List<Retriever.Word>> words) {
        this.ranker = ranker;
        this.simplify = simplify;
        this.similarity = similarity;
        this.words = words;
    }

    /** The groups of {@code misses}, the most asked first; at most {@code limit}. */
    public List<UnansweredGroup> groups(List<Miss> misses, int limit) {
        // identical wordings (once normalised) first, counted
        Map<String, Wording> byKey = new LinkedHashMap<>();
        for (Miss m : misses) {
            if (m.question() == null || m.question().isBlank()) {
                continue;
            }
            String key = normalise(m.question());
            if (key.isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new Wording(k, m.question().strip(), pairs(k), weights(m.question())))
                    .add(m);
        }
        List<Wording> wordings = new ArrayList<>(byKey.values());
        wordings.sort(Comparator.comparingInt((Wording w) -> -w.count).thenComparing(w -> w.key));
        List<List<Wording>> clusters = new ArrayList<>();
        for (Wording w : wordings) {
            List<Wording> home = null;
            double best = 0;
            for (List<Wording> cluster : clusters) {
                for (Wording other : cluster) {
                    double s = Math.max(jaccard(w.pairs, other.pairs), overlap(w.words, other.words));
                    if (s > best) {
                        best = s;
                        home = cluster;
                    }
                }
            }
            if (home != null && best >= similarity) {
                home.add(w);
            } else {
                List<Wording> cluster = new ArrayList<>();
                cluster.add(w);
                clusters.add(cluster);
            }
        }
        List<UnansweredGroup> groups = new ArrayList<>();
        for (List<Wording> cluster : clusters) {
            groups.add(group(cluster));
        }
        groups.sort(Comparator.comparingInt((UnansweredGroup g) -> -g.count())
                .thenComparing(UnansweredGroup::lastAsked, Comparator.reverseOrder())
                .thenComparing(UnansweredGroup::question));
        List<UnansweredGroup> top = groups.subList(0, Math.min(limit, groups.size()));
        List<UnansweredGroup> out = new ArrayList<>(top.size());
        for (UnansweredGroup g : top) {
            out.add(new UnansweredGroup(g.question(), g.count(), g.fallbacks(), g.variants(), g.firstAsked(),
                    g.lastAsked(), closest(g.question())));
        }
        return out;
    }

    private static UnansweredGroup group(List<Wording> cluster) {
        cluster.sort(Comparator.comparingInt((Wording w) -> -w.count).thenComparing(w -> w.key));
        int count = 0;
        int fallbacks = 0;
        Instant first = null;
        Instant last = null;
        List<UnansweredGroup.Variant> variants = new ArrayList<>();
        for (Wording w : cluster) {
            count += w.count;
            fallbacks += w.fallbacks;
            first = first == null || w.first.isBefore(first) ? w.first : first;
            last = last == null || w.last.isAfter(last) ? w.last : last;
            variants.add(new UnansweredGroup.Variant(w.text, w.count));
        }
        return new UnansweredGroup(cluster.get(0).text, count, fallbacks, variants, first, last, null);
    }

    private UnansweredGroup.Closest closest(String question) {
        List<Candidate> ranked = ranker.apply(question, 1);
        if (ranked.isEmpty()) {
            return null;
        }
        Candidate c = ranked.get(0);
        return new UnansweredGroup.Closest(c.faqId(), c.question(), c.score(), c.matchedWords());
    }

    /** Width, case, script, punctuation and spaces evened out. */
    String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = simplify.apply(s);
        return DROP.matcher(s).replaceAll("");
    }

    /** The character pairs of a normalised text; a single character stands for itself. */
    static Set<String> pairs(String key) {
        Set<String> pairs = new HashSet<>();
        int[] cps = key.codePoints().toArray();
        if (cps.length == 1) {
            pairs.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new String(cps, i, 2));
        }
        return pairs;
    }

    /** A question's words, each with its weight: 1 for a word the knowledge does not know, less for one it does. */
    private Map<String, Double> weights(String question) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Retriever.Word w : words.apply(question)) {
            weights.merge(w.text(), w.known() ? KNOWN_WORD_WEIGHT : 1.0, Math::max);
        }
        return weights;
    }

    /**
     * The weight of the words two questions share over the weight of the lighter question's words:
     * 1 when one says nothing the other does not. 0 when either has no words.
     */
    static double overlap(Map<String, Double> a, Map<String, Double> b) {
        double wa = a.values().stream().mapToDouble(Double::doubleValue).sum();
        double wb = b.values().stream().mapToDouble(Double::doubleValue).sum();
        if (wa == 0 || wb == 0) {
            return 0;
        }
        double common = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            if (b.containsKey(e.getKey())) {
                common += e.getValue();
            }
        }
        return common / Math.min(wa, wb);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** A look-back window like {@code 7d}, {@code 12h}, {@code 90m} or {@code 1d12h} (read by {@link Durations}). */
    public static Duration window(String text) {
        try {
            Duration window = Durations.parse(text);
            if (!window.isZero()) {
                return window;
            }
        } catch (IllegalArgumentException e) {
            // said below, in the report's terms
        }
        throw new IllegalArgumentException("'" + text + "' is not a window like 7d, 12h or 90m");
    }

    /** One normalised wording and the misses that had it. */
    private static final class Wording {
        final String key;
        final String text;
        final Set<String> pairs;
        final Map<String, Double> words;
        int count;
        int fallbacks;
        Instant first;
        Instant last;

        Wording(String key, String text, Set<String> pairs, Map<String, Double> words) {
            this.key = key;
            this.text = text;
            this.pairs = pairs;
            this.words = words;
        }

        void add(Miss m) {
            count++;
            if (!"faq".equals(m.kind()) && !"clarify".equals(m.kind())) {
                fallbacks++;
            }
            first = first == null || m.at().isBefore(first) ? m.at() : first;
            last = last == null || m.at().isAfter(last) ? m.at() : last;
        }
    }
}
