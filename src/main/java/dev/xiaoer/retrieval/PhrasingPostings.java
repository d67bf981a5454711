package dev.xiaoer.retrieval;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The Lucene index of a small knowledge base read back into arrays once, so that a query scores
 * the phrasings the way Lucene's BM25 does without Lucene's per-query set-up: {@link LucenePhrasings}
 * asked through its {@link IndexSearcher} spent more on rewriting the query, building a weight and
 * a scorer per term (with its explanation of the IDF) and the collector's queue than on scoring the
 * few hundred phrasings of the real knowledge (issue 19). Same scores to the bit and the same
 * order (score, then document), so the same candidates: {@code PhrasingPostingsTest} checks it against
 * Lucene's own search. Thread-safe: immutable but for each thread's scratch arrays ({@link Scratch}).
 *
 * <p>For a large index (more than {@link #MAX_DOCS} phrasings) Lucene's pruning pays off and
 * {@link LucenePhrasings} keeps searching itself.
 */
final class PhrasingPostings {
    /** Up to this many phrasings, a query sums every posting of its terms into an array this long. */
    static final int MAX_DOCS = 4096;

    /** By feature id: the documents that have it, ascending; null where none does. */
    private final int[][] docsById;
    /** By feature id: its BM25 IDF as Lucene's similarity computes it. */
    private final float[] idfById;
    /** By document: 1 / (k1 (1 - b + b length / average length)), Lucene's norm cache at the document's encoded length. */
    private final float[] normInverse;

    /**
     * Each searching thread's arrays for {@link #top}, one slot per document, kept between queries:
     * a search runs {@code top} for each of its queries, and allocating them afresh each time was over
     * a third of a search's allocation (15 of 43 KB over the eval questions: JFR, issue 19).
     */
    private final ThreadLocal<Scratch> scratch;

    /**
     * One thread's arrays for {@link #top}: the sums and hit marks are back to zero and false between
     * queries (only the touched documents' are cleared); the scores are written before they are read.
     */
    private static final class Scratch {
        final double[] sums;
        final boolean[] hit;
        final int[] touched;
        final float[] scores;

        Scratch(int maxDoc) {
            sums = new double[maxDoc];
            hit = new boolean[maxDoc];
            touched = new int[maxDoc];
            scores = new float[maxDoc];
        }
    }

    private PhrasingPostings(int[][] docsById, float[] idfById, float[] normInverse) {
        this.docsById = docsById;
        this.idfById = idfById;
        this.normInverse = normInverse;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(normInverse.length));
    }

    /** Reads the index of {@code searcher} (field {@code field}), whose terms' states are {@code termStates} by feature id. */
    static PhrasingPostings read(IndexSearcher searcher, String field, TermStates[] termStates, String[] terms)
            throws IOException {
        Bm25 similarity = new Bm25();
        if (!(searcher.getSimilarity() instanceof BM25Similarity lucene)
                || lucene.getK1() != similarity.getK1() || lucene.getB() != similarity.getB()) {
            throw new IllegalStateException("the index is searched with " + searcher.getSimilarity() + ", not BM25's defaults");
        }
        int maxDoc = searcher.getIndexReader().maxDoc();
        CollectionStatistics collection = searcher.collectionStatistics(field);
        float[] normInverse = new float[maxDoc];
        int[][] docs = new int[termStates.length][];
        float[] idf = new float[termStates.length];
        if (collection == null) {
            return new PhrasingPostings(docs, idf, normInverse);
        }
        float[] cache = similarity.normCache(collection);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues norms = leaf.reader().getNormValues(field);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                normInverse[leaf.docBase + doc] = cache[((byte) norm) & 0xFF];
            }
        }
        for (int id = 0; id < termStates.length; id++) {
            TermStates states = termStates[id];
            if (states == null) {
                continue;
            }
            TermStatistics stats = searcher.termStatistics(new Term(field, terms[id]),
                    states.docFreq(), states.totalTermFreq());
            idf[id] = similarity.idfExplain(collection, stats).getValue().floatValue();
            docs[id] = postings(searcher, field, terms[id], states);
        }
        return new PhrasingPostings(docs, idf, normInverse);
    }

    private static int[] postings(IndexSearcher searcher, String field, String term, TermStates states)
            throws IOException {
        int[] docs = new int[states.docFreq()];
        int n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TermState state = states.get(leaf);
            if (state == null) {
                continue;
            }
            TermsEnum te = leaf.reader().terms(field).iterator();
            te.seekExact(new BytesRef(term), state);
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (n == docs.length) {
                    docs = Arrays.copyOf(docs, n * 2 + 1);
                }
                docs[n++] = leaf.docBase + doc;
            }
        }
        return n == docs.length ? docs : Arrays.copyOf(docs, n);
    }

    /** True when feature {@code id} is in some document. */
    boolean indexed(int id) {
        return docsById[id] != null;
    }

    /**
     * The documents of the best {@code limit} BM25 scores over the features {@code ids} boosted by
     * {@code boosts}, best first, a tie going to the lower document: what Lucene's top-docs search
     * of the same disjunction returns. Each clause's score is Lucene's float; a document's sum is
     * taken in double, then rounded to float, as Lucene's disjunction scorers do.
     */
    int[] top(int[] ids, float[] boosts, int count, int limit) {
        int maxDoc = normInverse.length;
        int k = Math.min(limit, Math.max(1, maxDoc));
        Scratch s = scratch.get();
        double[] sums = s.sums;
        boolean[] hit = s.hit;
        int[] touched = s.touched;
        int hits = 0;
        try {
            for (int c = 0; c < count; c++) {
                float weight = boosts[c] * idfById[ids[c]];
                for (int doc : docsById[ids[c]]) {
                    sums[doc] += weight - weight / (1f + normInverse[doc]);
                    if (!hit[doc]) {
                        hit[doc] = true;
                        touched[hits++] = doc;
                    }
                }
            }
            // a bounded heap, its root the weakest kept: lower score, or the same score and a higher document
            int[] heap = new int[Math.min(k, hits)];
            float[] scores = s.scores;
            int size = 0;
            for (int t = 0; t < hits; t++) {
                int doc = touched[t];
                scores[doc] = (float) sums[doc];
                if (size < heap.length) {
                    heap[size++] = doc;
                    up(heap, size - 1, scores);
                } else if (weaker(heap[0], doc, scores)) {
                    heap[0] = doc;
                    down(heap, size, scores);
                }
            }
            int[] best = new int[size];
            for (int i = size - 1; i >= 0; i--) {
                best[i] = heap[0];
                heap[0] = heap[--size];
                down(heap, size, scores);
            }
            return best;
        } finally {
            for (int t = 0; t < hits; t++) {
                sums[touched[t]] = 0;
                hit[touched[t]] = false;
            }
        }
    }

    /** True when document {@code a} ranks below {@code b}. */
    private static boolean weaker(int a, int b, float[] scores) {
        return scores[a] < scores[b] || scores[a] == scores[b] && a > b;
    }

    private static void up(int[] heap, int i, float[] scores) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!weaker(heap[i], heap[parent], scores)) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[parent];
            heap[parent] = t;
            i = parent;
        }
    }

    private static void down(int[] heap, int size, float[] scores) {
        int i = 0;
        while (true) {
            int weakest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && weaker(heap[left], heap[weakest], scores)) {
                weakest = left;
            }
            if (right < size && weaker(heap[right], heap[weakest], scores)) {
                weakest = right;
            }
            if (weakest == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[weakest];
            heap[weakest] = t;
            i = weakest;
        }
    }

    /** Lucene's BM25 with its defaults, for its average length and norm cache, computed as its scorer does. */
    private static final class Bm25 extends BM25Similarity {
        float[] normCache(CollectionStatistics collection) {
            float avgdl = avgFieldLength(collection);
            float[] cache = new float[256];
            for (int i = 0; i < cache.length; i++) {
                cache[i] = 1f / (getK1() * ((1 - getB()) + getB() * (float) SmallFloat.byte4ToInt((byte) i) / avgdl));
            }
            return cache;
        }
    }
}
