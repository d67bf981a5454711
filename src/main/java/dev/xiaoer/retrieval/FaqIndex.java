package dev.xiaoer.retrieval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What {@link IndexBuilder} makes of a knowledge base, and the {@link Scorer} reads: how to cut a
 * text into features; every feature of the knowledge (phrasings, answers, out-of-scope questions),
 * numbered in term order, with its kind, its IDF weight and whether any FAQ phrasing has it; the
 * indexed phrasings; what each entry speaks to; and the phrasings in Lucene. Immutable: its arrays
 * are never written after the build; a knowledge reload builds a new index.
 */
final class FaqIndex {
    private final Features features;
    private final Map<String, Integer> ids;
    private final String[] terms;
    private final FeatureKind[] kinds;
    /** Every word feature's value, by id (null for the other kinds): what a match names, cut from its term once. */
    private final String[] words;
    private final double[] idf;
    private final boolean[] seen;
    private final double unseenIdf;
    private final List<Phrasing> phrasings;
    /**
     * By phrasing ordinal: its entry's number (the entries numbered in the order of their first phrasing), or -1 for
     * a known out-of-scope question; and by entry number, its vocabulary. What re-scoring keys its per-entry work by,
     * without reading the phrasing's entry and hashing its id for every candidate.
     */
    private final int[] entryOf;
    private final Vocabulary[] vocabularyOf;
    private final LucenePhrasings lucene;

    /** The sorted feature ids of an entry's phrasings and answer: what the entry can speak to. */
    static final class Vocabulary {
        private final int[] ids;

        Vocabulary(int[] sortedIds) {
            this.ids = sortedIds;
        }

        boolean has(int id) {
            return Arrays.binarySearch(ids, id) >= 0;
        }
    }

    /**
     * Takes the builder's collections as they are: they are unmodifiable, and never written.
     *
     * @param ids          every feature's id, by term
     * @param terms        every feature's term, by id
     * @param kinds        every feature's kind, by id
     * @param idf          every feature's IDF weight, by id
     * @param seen         by id: whether any FAQ phrasing has the feature
     * @param unseenIdf    the IDF weight of a feature no phrasing has
     * @param phrasings    the indexed phrasings, by ordinal
     * @param vocabularies each entry's vocabulary, by entry id
     */
    FaqIndex(Features features, Map<String, Integer> ids, String[] terms, FeatureKind[] kinds, double[] idf,
             boolean[] seen, double unseenIdf, List<Phrasing> phrasings, Map<String, Vocabulary> vocabularies,
             LucenePhrasings lucene) {
        this.features = features;
        this.ids = ids;
        this.terms = terms;
        this.kinds = kinds;
        this.words = new String[terms.length];
        for (int id = 0; id < terms.length; id++) {
            if (kinds[id] == FeatureKind.WORD) {
                words[id] = kinds[id].value(terms[id]);
            }
        }
        this.idf = idf;
        this.seen = seen;
        this.unseenIdf = unseenIdf;
        this.phrasings = phrasings;
        this.entryOf = new int[phrasings.size()];
        Map<String, Integer> numbers = new java.util.HashMap<>();
        List<Vocabulary> byNumber = new java.util.ArrayList<>();
        for (int ord = 0; ord < entryOf.length; ord++) {
            Phrasing p = phrasings.get(ord);
            entryOf[ord] = p.outOfScope() ? -1 : numbers.computeIfAbsent(p.entry().id(), id -> {
                byNumber.add(vocabularies.get(id));
                return byNumber.size() - 1;
            });
        }
        this.vocabularyOf = byNumber.toArray(new Vocabulary[0]);
        this.lucene = lucene;
    }

    Features features() {
        return features;
    }

    /** The feature's id, or -1 when no text of the knowledge has it. */
    int id(Feature feature) {
        Integer id = ids.get(feature.term());
        return id == null ? -1 : id;
    }

    FeatureKind kind(int id) {
        return kinds[id];
    }

    /** The word, character pair or pinyin pair of feature {@code id}. */
    String value(int id) {
        return words[id] != null ? words[id] : kinds[id].value(terms[id]);
    }

    /** The IDF weight of feature {@code id}; of one no phrasing has when it is -1. */
    double idf(int id) {
        return id < 0 ? unseenIdf : idf[id];
    }

    /** True when some FAQ phrasing has feature {@code id}. */
    boolean seen(int id) {
        return id >= 0 && seen[id];
    }

    Phrasing phrasing(int ord) {
        return phrasings.get(ord);
    }

    /** The number of phrasing {@code ord}'s entry ({@link #entryOf}), or -1 for a known out-of-scope question. */
    int entryOf(int ord) {
        return entryOf[ord];
    }

    /** The vocabulary of the entry numbered {@code entry} by {@link #entryOf(int)}. */
    Vocabulary vocabularyOf(int entry) {
        return vocabularyOf[entry];
    }

    /** See {@link LucenePhrasings#likely}. */
    List<Integer> likely(Map<Feature, Double> weights, int terms, int limit) {
        return lucene.likely(weights, terms, limit);
    }

    /** See {@link LucenePhrasings#likelyByLucene}: what {@link #likely} must agree with. */
    List<Integer> likelyByLucene(Map<Feature, Double> weights, int terms, int limit) {
        return lucene.likelyByLucene(weights, terms, limit);
    }
}
