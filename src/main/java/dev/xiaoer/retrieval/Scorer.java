package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.FaqEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a message against the index. Lucene hands over the likeliest phrasings; each is re-scored
 * with every feature by an IDF-weighted cosine, mixed with how much of the message its whole entry
 * speaks to; the best phrasing speaks for its entry. Questions known to be out of scope are scored
 * the same way, into the decline score. Immutable and thread-safe.
 */
final class Scorer {
    private final FaqIndex index;
    private final RetrievalSettings settings;

    /** An entry's best phrasing so far: its score (at most 1) and its signals. */
    private record Best(double score, Phrasing phrasing, Scored.Signals signals) {
    }

    /**
     * What one scoring keeps of each entry met among its candidates, by the entry's number ({@link FaqIndex#entryOf}):
     * the weight of the message it speaks to, worked out at its first phrasing, and its best phrasing so far; and the
     * entries in the order they were met (the order the ranking's ties keep). An open-addressed table of at least
     * twice as many slots as there are candidates, made per scoring: no entry's id is read or hashed per candidate.
     */
    private static final class Met {
        private final int[] entryAt; // entry number + 1 by slot; 0 for a free slot
        private final boolean[] covered;
        private final double[] coverage;
        private final Best[] best;
        private final int[] order;
        private int count;

        Met(int candidates) {
            int size = Integer.highestOneBit(Math.max(2, candidates) * 2 - 1) << 1;
            entryAt = new int[size];
            covered = new boolean[size];
            coverage = new double[size];
            best = new Best[size];
            order = new int[size];
        }

        /** The slot of entry {@code entry}, taken at its first candidate. */
        int slot(int entry) {
            int mask = entryAt.length - 1;
            for (int h = entry & mask; ; h = (h + 1) & mask) {
                if (entryAt[h] == entry + 1) {
                    return h;
                }
                if (entryAt[h] == 0) {
                    entryAt[h] = entry + 1;
                    order[count++] = h;
                    return h;
                }
            }
        }

        /** The entries' best phrasings, in the order the entries were met. */
        List<Best> best() {
            List<Best> all = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                all.add(best[order[i]]);
            }
            return all;
        }
    }

    /** A message's weighted features: the known ones sorted by id, and the weight of all of them. */
    private record Query(int[] ids, double[] weights, double norm, double unseenShare, Map<Feature, Double> all) {
    }

    Scorer(FaqIndex index, RetrievalSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    /** The best {@code keep} entries for normalised text, best first, with the decline score and the best one's signals. */
    Scored score(String normalized, int keep) {
        return score(normalized, (double[]) null, keep, p -> false);
    }

    /**
     * The same, with each phrase of the text (space-separated segment) weighted by
     * {@code segmentWeights} (null: all 1): the context around the part of a message that asks
     * counts for less; a phrasing {@code offTopic} (of an entry, or a known out-of-scope question,
     * of a topic the message does not name, when it names some) scores {@code offTopicFactor} of what
     * it would.
     */
    Scored score(String normalized, double[] segmentWeights, int keep, java.util.function.Predicate<Phrasing> offTopic) {
        return score(normalized, index.features().weighted(normalized, segmentWeights), keep, offTopic, p -> false);
    }

    /** Whether the sorted ids {@code a} and {@code b} have one in common. */
    private static boolean shares(int[] a, int[] b) {
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * The same, for the text's features already counted; a known out-of-scope question {@code unasked}
     * (it is out of scope for an aspect the message does not ask) is left out of the asked decline.
     */
    Scored score(String normalized, Map<Feature, Double> counted, int keep, java.util.function.Predicate<Phrasing> offTopic,
                 java.util.function.Predicate<Phrasing> unasked) {
        if (counted.isEmpty()) {
            return Scored.nothing(normalized);
        }
        Query query = query(counted);
        double queryNorm2 = query.norm() * query.norm();
        List<Integer> likely = index.likely(query.all(), settings.luceneTerms(), settings.candidates());
        Met met = new Met(likely.size());
        double declineScore = 0;
        double askedDecline = 0;
        double saidDecline = 0;
        for (int ord : likely) {
            Phrasing p = index.phrasing(ord);
            double dot = 0;
            int[] qi = query.ids();
            int[] pi = p.ids();
            for (int a = 0, b = 0; a < qi.length && b < pi.length; ) {
                if (qi[a] < pi[b]) {
                    a++;
                } else if (qi[a] > pi[b]) {
                    b++;
                } else {
                    dot += query.weights()[a] * p.weights()[b];
                    a++;
                    b++;
                }
            }
            // dot/|q|^2 is how much of the message the phrasing explains, dot/|d|^2 how much of the
            // phrasing the message says; their geometric mean (focus 0.5) is the cosine.
            double queryCoverage = Math.min(1.0, dot / queryNorm2);
            double phrasingCoverage = Math.min(1.0, dot / (p.norm() * p.norm()));
            double phrasingScore = Math.pow(queryCoverage, settings.queryFocus())
                    * Math.pow(phrasingCoverage, 1 - settings.queryFocus());
            if (p.outOfScope()) {
                // scored like an entry whose whole vocabulary is this one question, and of its topics
                double decline = (1 - settings.entryWeight()) * phrasingScore + settings.entryWeight() * queryCoverage;
                decline = offTopic.test(p) ? decline * settings.offTopicFactor() : decline;
                declineScore = Math.max(declineScore, decline);
                if (!unasked.test(p)) {
                    askedDecline = Math.max(askedDecline, decline);
                    // (one whose own words the message does not say: 我也交了保证金，也想退 against 交保证金有什么好处)
                    if (p.own().length == 0 || shares(qi, p.own())) {
                        saidDecline = Math.max(saidDecline, decline);
                    }
                }
                continue;
            }
            // how much of the message the entry as a whole (phrasings and answer) speaks to: the same
            // for all its phrasings, so worked out once per entry
            int entry = index.entryOf(ord);
            int slot = met.slot(entry);
            if (!met.covered[slot]) {
                met.coverage[slot] = entryCoverage(query, index.vocabularyOf(entry));
                met.covered[slot] = true;
            }
            double entryCoverage = met.coverage[slot] / queryNorm2;
            double score = (1 - settings.entryWeight()) * phrasingScore + settings.entryWeight() * entryCoverage;
            if (offTopic.test(p)) {
                score *= settings.offTopicFactor();
            }
            Best current = met.best[slot];
            if (current == null || score > current.score()) {
                met.best[slot] = new Best(Math.min(1.0, score), p,
                        new Scored.Signals(phrasingScore, entryCoverage, queryCoverage, query.unseenShare()));
            }
        }
        // the kept entries' candidates are made once, from their best phrasings: not for every
        // phrasing that beat the last, nor for the entries ranked below what is kept
        List<Best> best = met.best();
        best.sort(Comparator.comparingDouble(Best::score).reversed());
        List<Candidate> ranked = new ArrayList<>(Math.min(keep, best.size()));
        for (Best b : best.subList(0, Math.min(keep, best.size()))) {
            FaqEntry entry = b.phrasing().entry();
            ranked.add(new Candidate(entry.id(), entry.question(), b.score(), b.phrasing().text(),
                    matched(query, b.phrasing())));
        }
        Scored.Signals signals = best.isEmpty() ? Scored.Signals.NONE : best.get(0).signals();
        // an entry that answers the message well is declined only by a known question whose own words it says
        if (!best.isEmpty() && best.get(0).score() >= settings.unsaidDecline()) {
            askedDecline = saidDecline;
        }
        return new Scored(ranked, declineScore, normalized, signals, askedDecline);
    }

    /** The words of the message the phrasing has too, in the order of their ids. */
    private List<String> matched(Query query, Phrasing p) {
        List<String> matched = new ArrayList<>();
        int[] qi = query.ids();
        int[] pi = p.ids();
        for (int a = 0, b = 0; a < qi.length && b < pi.length; ) {
            if (qi[a] < pi[b]) {
                a++;
            } else if (qi[a] > pi[b]) {
                b++;
            } else {
                if (index.kind(qi[a]) == FeatureKind.WORD) {
                    matched.add(index.value(qi[a]));
                }
                a++;
                b++;
            }
        }
        return matched;
    }

    /** The weight (squared) of the message's features that the entry's phrasings and answer have. */
    private static double entryCoverage(Query query, FaqIndex.Vocabulary known) {
        int[] qi = query.ids();
        double explained = 0;
        for (int k = 0; k < qi.length; k++) {
            if (known.has(qi[k])) {
                explained += query.weights()[k] * query.weights()[k];
            }
        }
        return explained;
    }

    /** The message's features weighted like the phrasings', with unknown features at the unseen weight. */
    private Query query(Map<Feature, Double> counted) {
        Map<Feature, Double> all = new LinkedHashMap<>();
        double[] weightOf = new double[counted.size()];
        long[] known = new long[counted.size()]; // id << 32 | the feature's place in weightOf
        int knownCount = 0;
        double sum = 0;
        double unseen = 0;
        for (Map.Entry<Feature, Double> e : counted.entrySet()) {
            int id = index.id(e.getKey());
            double w = e.getKey().kind().weight(settings, index.idf(id), e.getValue());
            if (id >= 0) {
                known[knownCount++] = (long) id << 32 | all.size();
            }
            weightOf[all.size()] = w;
            all.put(e.getKey(), w);
            sum += w * w;
            if (!index.seen(id)) {
                unseen += w * w;
            }
        }
        long[] byId = Arrays.copyOf(known, knownCount);
        Arrays.sort(byId);
        int[] ids = new int[byId.length];
        double[] weights = new double[byId.length];
        for (int k = 0; k < byId.length; k++) {
            ids[k] = (int) (byId[k] >>> 32);
            weights[k] = weightOf[(int) byId[k]];
        }
        return new Query(ids, weights, Math.sqrt(sum), sum == 0 ? 1 : unseen / sum, all);
    }
}
