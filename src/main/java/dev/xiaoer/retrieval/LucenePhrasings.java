package dev.xiaoer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The phrasings as a Lucene index in memory, one document per phrasing holding its feature terms:
 * written once by {@link IndexBuilder}, then asked by the {@link Scorer} for the phrasings likeliest
 * to match a message (BM25 over the message's weightiest features). Immutable and thread-safe.
 */
final class LucenePhrasings {
    private static final String FIELD = "f";
    private static final String ORD = "ord";
    /**
     * How phrasings are indexed: a feature occurs once in a phrasing's document, so neither
     * frequencies nor positions are kept; norms are, for BM25's length normalisation. Frozen.
     */
    private static final FieldType FEATURES = featureField();

    private final IndexSearcher searcher;
    /** The phrasing ordinal of each Lucene document, read once from the index. */
    private final int[] ordByDoc;
    /** By feature id: where its postings are (null if no document has it), so a query never seeks the terms dictionary. */
    private final TermStates[] termStates;
    /** Every feature's id, by term. */
    private final Map<String, Integer> ids;
    /** The index read back into arrays, searched instead of Lucene when it is small; null when it is not. */
    private final PhrasingPostings postings;

    private LucenePhrasings(IndexSearcher searcher, int[] ordByDoc, TermStates[] termStates, Map<String, Integer> ids,
                            PhrasingPostings postings) {
        this.searcher = searcher;
        this.ordByDoc = ordByDoc;
        this.termStates = termStates;
        this.ids = ids;
        this.postings = postings;
    }

    /**
     * Writes the phrasings, in order (a phrasing's ordinal is its place in the list), and opens
     * them for search. {@code terms} is every feature's term by id, {@code ids} its inverse.
     */
    static LucenePhrasings write(List<Phrasing> phrasings, String[] terms, Map<String, Integer> ids) {
        // Each file read back as one buffer: every query clones and slices its inputs, and over the
        // default's many small buffers that took a third of Lucene's CPU in a profile of
        // SearchBenchmark.real, and allocation per search was 185 KB instead of 151 KB.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setRAMBufferSizeMB(64))) {
            for (int k = 0; k < phrasings.size(); k++) {
                Document doc = new Document();
                doc.add(new Field(FIELD, new FeatureTokens(phrasings.get(k).ids(), terms), FEATURES));
                doc.add(new NumericDocValuesField(ORD, k));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setQueryCache(null); // every query is new: caching filters only costs
            TermStates[] states = termStates(searcher, ids, terms);
            PhrasingPostings postings = searcher.getIndexReader().maxDoc() <= PhrasingPostings.MAX_DOCS
                    ? PhrasingPostings.read(searcher, FIELD, states, terms) : null;
            return new LucenePhrasings(searcher, ordByDoc(searcher), states, ids, postings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the FAQ index", e);
        }
    }

    /**
     * The ordinals of at most {@code limit} phrasings sharing the weightiest {@code terms} of a
     * message's features (by the weights given), likeliest first. Re-scoring then uses every
     * feature; Lucene only needs the ones that narrow the search down.
     */
    List<Integer> likely(Map<Feature, Double> weights, int terms, int limit) {
        if (postings == null) {
            return likelyByLucene(weights, terms, limit);
        }
        int[] clauses = new int[Math.min(terms, IndexSearcher.getMaxClauseCount())];
        float[] boosts = new float[clauses.length];
        int count = 0;
        for (Map.Entry<Feature, Double> e : weightiest(weights, terms)) {
            Integer id = ids.get(e.getKey().term());
            if (id != null && postings.indexed(id)) { // a feature no document has adds nothing to any document's score
                clauses[count] = id;
                boosts[count++] = (float) (double) e.getValue();
            }
        }
        return ordinals(postings.top(clauses, boosts, count, limit));
    }

    /** {@link #likely}, searched by Lucene: for a large index, and what the arrays are checked against. */
    List<Integer> likelyByLucene(Map<Feature, Double> weights, int terms, int limit) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Map.Entry<Feature, Double> e : weightiest(weights, terms)) {
            Integer id = ids.get(e.getKey().term());
            TermStates states = id == null ? null : termStates[id];
            if (states != null) { // a feature no document has adds nothing to any document's score
                builder.add(new BoostQuery(new TermQuery(new Term(FIELD, e.getKey().term()), states),
                        (float) (double) e.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            ScoreDoc[] hits = searcher.search(builder.build(), limit).scoreDocs;
            int[] docs = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                docs[i] = hits[i].doc;
            }
            return ordinals(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code terms} weightiest features, weightiest first (in the order given among equals). */
    private static List<Map.Entry<Feature, Double>> weightiest(Map<Feature, Double> weights, int terms) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Feature, Double>comparingByValue().reversed())
                .limit(Math.min(terms, IndexSearcher.getMaxClauseCount()))
                .toList();
    }

    private List<Integer> ordinals(int[] docs) {
        List<Integer> ords = new ArrayList<>(docs.length);
        for (int doc : docs) {
            int ord = ordByDoc[doc];
            if (ord >= 0) {
                ords.add(ord);
            }
        }
        return ords;
    }

    private static FieldType featureField() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    /** A phrasing's features as the tokens of its document: they are terms already, nothing to analyse. */
    private static final class FeatureTokens extends TokenStream {
        /** The longest token the whitespace analysis used to keep whole. */
        private static final int MAX_TERM_CHARS = 255;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final int[] ids;
        private final String[] terms;
        private int next;

        FeatureTokens(int[] ids, String[] terms) {
            this.ids = ids;
            this.terms = terms;
        }

        @Override
        public boolean incrementToken() {
            while (next < ids.length && terms[ids[next]].length() > MAX_TERM_CHARS) {
                next++; // a run of text too long to be a word no message repeats; Lucene refuses huge terms
            }
            if (next == ids.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[ids[next++]]);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /**
     * Each document's phrasing ordinal (-1 if it has none), read once: opening a doc-values
     * iterator per hit at query time was a third of a query on the real knowledge base.
     */
    private static int[] ordByDoc(IndexSearcher searcher) throws IOException {
        int[] ords = new int[searcher.getIndexReader().maxDoc()];
        Arrays.fill(ords, -1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORD);
            if (values == null) {
                continue;
            }
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                ords[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return ords;
    }

    /** Every indexed feature's term states, by feature id, read once from the terms dictionary. */
    private static TermStates[] termStates(IndexSearcher searcher, Map<String, Integer> ids, String[] terms)
            throws IOException {
        TermStates[] states = new TermStates[terms.length];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms indexed = leaf.reader().terms(FIELD);
            if (indexed == null) {
                continue;
            }
            TermsEnum te = indexed.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                Integer id = ids.get(term.utf8ToString());
                if (id != null) {
                    register(states, id, te, leaf, searcher);
                }
            }
            // A feature with half a surrogate pair (a pair of characters cut through a supplementary
            // character) is stored with U+FFFD in its place, so the term does not name it: look it up
            // the way a TermQuery on its name would.
            for (int id = 0; id < terms.length; id++) {
                if (states[id] == null && hasSurrogate(terms[id]) && te.seekExact(new BytesRef(terms[id]))) {
                    register(states, id, te, leaf, searcher);
                }
            }
        }
        return states;
    }

    private static void register(TermStates[] states, int id, TermsEnum te, LeafReaderContext leaf,
                                 IndexSearcher searcher) throws IOException {
        if (states[id] == null) {
            states[id] = new TermStates(searcher.getTopReaderContext());
        }
        states[id].register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
