package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Builds the {@link FaqIndex} of a knowledge base: every phrasing of every entry (question and
 * alternates) and every question known to be out of scope, cut into features and weighted by IDF;
 * what each entry (phrasings and answer) speaks to; and the phrasings written to Lucene. Runs on
 * every core: segmentation and script conversion are most of a build.
 */
final class IndexBuilder {
    /** Links in answers: left out of what an entry speaks to. */
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final TextNormalizer normalizer;
    private final RetrievalSettings settings;

    IndexBuilder(TextNormalizer normalizer, RetrievalSettings settings) {
        this.normalizer = normalizer;
        this.settings = settings;
    }

    /**
     * Every text of the knowledge to cut into features: each entry's answer (links left out) and
     * then its phrasings, from {@code first[e]} for entry e; then, from {@code first[entries]}, the
     * out-of-scope questions.
     */
    private record Texts(List<FaqEntry> entries, List<String> all, int[] first) {
    }

    /**
     * Every feature of the texts, numbered in term order (so that a build does not depend on thread
     * timing), and each text's features as {@code id << 32 | count} values sorted by id.
     */
    private record Extracted(Map<String, Integer> ids, String[] terms, FeatureKind[] kinds, List<long[]> vectors) {
    }

    FaqIndex build(KnowledgeBase knowledge) {
        Features features = features(knowledge);
        Texts texts = texts(knowledge);
        Extracted extracted = extract(features, texts.all());
        List<long[]> vectors = extracted.vectors();

        // The indexed phrasings: every FAQ phrasing and known out-of-scope question with features.
        List<Integer> indexed = new ArrayList<>();
        List<FaqEntry> owners = new ArrayList<>();
        for (int e = 0; e <= texts.entries().size(); e++) {
            boolean outOfScope = e == texts.entries().size();
            int from = outOfScope ? texts.first()[e] : texts.first()[e] + 1; // an entry's answer is not a phrasing
            int to = outOfScope ? texts.all().size() : texts.first()[e + 1];
            for (int t = from; t < to; t++) {
                if (vectors.get(t).length > 0) {
                    indexed.add(t);
                    owners.add(outOfScope ? null : texts.entries().get(e));
                }
            }
        }
        int n = indexed.size();
        int[] df = new int[extracted.terms().length];
        for (int k = 0; k < n; k++) {
            if (owners.get(k) != null) {
                for (long packed : vectors.get(indexed.get(k))) {
                    df[id(packed)]++;
                }
            }
        }
        double unseenIdf = Math.log(1.0 + n) * settings.unseenWeight();
        double[] idf = new double[df.length];
        boolean[] seen = new boolean[df.length];
        for (int id = 0; id < df.length; id++) {
            seen[id] = df[id] > 0;
            idf[id] = df[id] == 0 ? unseenIdf : Math.log(1.0 + (double) n / df[id]);
        }
        // What each entry can speak to: every feature of its answer and phrasings.
        List<FaqEntry> entries = texts.entries();
        List<int[]> distinct = IntStream.range(0, entries.size()).parallel()
                .mapToObj(e -> distinctIds(vectors.subList(texts.first()[e], texts.first()[e + 1])))
                .toList();
        Map<String, FaqIndex.Vocabulary> vocabularies = new HashMap<>(entries.size() * 2);
        for (int e = 0; e < entries.size(); e++) {
            vocabularies.put(entries.get(e).id(), new FaqIndex.Vocabulary(distinct.get(e)));
        }
        // what any entry speaks of: an out-of-scope question's other features are what it alone asks
        boolean[] spoken = new boolean[df.length];
        distinct.forEach(ids -> Arrays.stream(ids).forEach(id -> spoken[id] = true));
        List<Phrasing> phrasings = IntStream.range(0, n).parallel()
                .mapToObj(k -> phrasing(owners.get(k), texts.all().get(indexed.get(k)), vectors.get(indexed.get(k)),
                        extracted.kinds(), idf, spoken))
                .toList();
        LucenePhrasings lucene = LucenePhrasings.write(phrasings, extracted.terms(), extracted.ids());
        return new FaqIndex(features, extracted.ids(), extracted.terms(), extracted.kinds(), idf, seen, unseenIdf,
                phrasings, Collections.unmodifiableMap(vocabularies), lucene);
    }

    /** How texts are cut: the knowledge's stopwords dropped, its domain words (canonical synonyms) kept whole. */
    private Features features(KnowledgeBase knowledge) {
        Set<String> stopwords = new HashSet<>();
        for (String w : knowledge.phrases().stopwords()) {
            stopwords.add(normalizer.basic(w).replace(" ", ""));
        }
        Set<String> domainWords = new HashSet<>();
        knowledge.synonyms().forEach(rule -> domainWords.add(normalizer.basic(rule.to()).replace(" ", "")));
        return new Features(stopwords, domainWords);
    }

    private static Texts texts(KnowledgeBase knowledge) {
        List<FaqEntry> entries = knowledge.faqs();
        List<String> all = new ArrayList<>();
        int[] first = new int[entries.size() + 1];
        for (int e = 0; e < entries.size(); e++) {
            first[e] = all.size();
            all.add(URL.matcher(entries.get(e).answer()).replaceAll(" "));
            all.addAll(entries.get(e).phrasings());
        }
        first[entries.size()] = all.size();
        all.addAll(knowledge.phrases().outOfScope());
        return new Texts(entries, all, first);
    }

    /** Every text normalised and cut into counted features, on every core, each distinct run of text cut once. */
    private Extracted extract(Features features, List<String> texts) {
        Map<String, List<String>> segmentations = new ConcurrentHashMap<>();
        Map<Feature, Integer> provisional = new ConcurrentHashMap<>();
        AtomicInteger nextId = new AtomicInteger();
        List<long[]> counted = texts.parallelStream()
                .map(text -> vector(features.of(normalizer.retrievalForm(text), segmentations), provisional, nextId))
                .toList();
        Feature[] byProvisional = new Feature[nextId.get()];
        provisional.forEach((feature, id) -> byProvisional[id] = feature);
        Integer[] order = new Integer[byProvisional.length];
        Arrays.setAll(order, i -> i);
        Arrays.parallelSort(order, Comparator.comparing(i -> byProvisional[i].term()));
        String[] terms = new String[order.length];
        FeatureKind[] kinds = new FeatureKind[order.length];
        int[] renumbered = new int[order.length];
        Map<String, Integer> ids = new HashMap<>(order.length * 2);
        for (int id = 0; id < order.length; id++) {
            Feature f = byProvisional[order[id]];
            terms[id] = f.term();
            kinds[id] = f.kind();
            renumbered[order[id]] = id;
            ids.put(f.term(), id);
        }
        List<long[]> vectors = counted.parallelStream().map(v -> renumber(v, renumbered)).toList();
        return new Extracted(Collections.unmodifiableMap(ids), terms, kinds, vectors);
    }

    /** Counted features as {@code id << 32 | count} values, numbering new features as they come. */
    private static long[] vector(Map<Feature, Integer> counted, Map<Feature, Integer> ids, AtomicInteger nextId) {
        long[] packed = new long[counted.size()];
        int k = 0;
        for (Map.Entry<Feature, Integer> e : counted.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id == null) {
                id = ids.computeIfAbsent(e.getKey(), feature -> nextId.getAndIncrement());
            }
            packed[k++] = (long) id << 32 | e.getValue();
        }
        return packed;
    }

    /** The vector with its features renumbered, sorted by id. */
    private static long[] renumber(long[] vector, int[] renumbered) {
        long[] out = new long[vector.length];
        for (int k = 0; k < vector.length; k++) {
            out[k] = (long) renumbered[id(vector[k])] << 32 | (vector[k] & 0xffffffffL);
        }
        Arrays.sort(out);
        return out;
    }

    /** The sorted, distinct feature ids of some vectors. */
    private static int[] distinctIds(List<long[]> vectors) {
        int size = 0;
        for (long[] v : vectors) {
            size += v.length;
        }
        int[] ids = new int[size];
        int k = 0;
        for (long[] v : vectors) {
            for (long packed : v) {
                ids[k++] = id(packed);
            }
        }
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    private static int id(long packed) {
        return (int) (packed >>> 32);
    }

    private Phrasing phrasing(FaqEntry owner, String text, long[] vector, FeatureKind[] kinds, double[] idf, boolean[] spoken) {
        int[] ids = new int[vector.length];
        double[] weights = new double[vector.length];
        double sum = 0;
        for (int k = 0; k < vector.length; k++) {
            ids[k] = id(vector[k]);
            weights[k] = kinds[ids[k]].weight(settings, idf[ids[k]], (int) vector[k]);
            sum += weights[k] * weights[k];
        }
        int[] own = owner != null ? new int[0] : Arrays.stream(ids).filter(id -> !spoken[id]).toArray();
        return new Phrasing(owner, text, ids, weights, Math.sqrt(sum), own);
    }
}
