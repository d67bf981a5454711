package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
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
 * Finds the FAQ entries that answer a seller's message. Every phrasing of every entry (question
 * and alternates) is a Lucene document; Lucene picks the likely phrasings, each is re-scored by an
 * IDF-weighted cosine over words, character pairs and pinyin pairs, and the best phrasing speaks
 * for its entry. The scores then decide: answer, clarify, or fall back.
 *
 * <p>Immutable and thread-safe once built; a knowledge reload builds a new one.
 */
public final class Retriever {

    private static final String FIELD = "f";
    private static final String ORD = "ord";
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://\\S+");

    private final RetrievalSettings settings;
    private final TextNormalizer normalizer;
    private final Features features;
    private final IndexSearcher searcher;
    /** The phrasing ordinal of each Lucene document, read once from the index at build. */
    private final int[] ordByDoc;
    /** By feature id: where its postings are (null if no document has it), so a query never seeks the terms dictionary. */
    private final TermStates[] termStates;
    private final List<Phrasing> phrasings;
    /** Every feature the knowledge has (phrasings, answers, out-of-scope questions), numbered. */
    private final Map<String, Integer> featureIds;
    /** By feature id: its name, its IDF weight, and whether any FAQ phrasing has it. */
    private final String[] featureNames;
    private final double[] idf;
    private final boolean[] seen;
    private final double unseenIdf;
    /** Every feature id of each entry's phrasings and answer, sorted, by entry id: what the entry can speak to. */
    private final Map<String, int[]> vocabulary;

    /**
     * One phrasing of one entry (null entry: a question known to be out of scope), with its weighted
     * features as parallel arrays sorted by feature id.
     */
    private record Phrasing(FaqEntry entry, String text, int[] ids, double[] weights, double norm) {
    }

    /** A message's weighted features: the known ones sorted by id, and the weight of all of them. */
    private record Query(int[] ids, double[] weights, double norm, double unseenShare, Map<String, Double> byName) {
    }

    private Retriever(RetrievalSettings settings, TextNormalizer normalizer, Features features,
                      IndexSearcher searcher, int[] ordByDoc, TermStates[] termStates, List<Phrasing> phrasings, Map<String, Integer> featureIds,
                      String[] featureNames, double[] idf, boolean[] seen, double unseenIdf,
                      Map<String, int[]> vocabulary) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.features = features;
        this.searcher = searcher;
        this.ordByDoc = ordByDoc;
        this.termStates = termStates;
        this.phrasings = phrasings;
        this.featureIds = featureIds;
        this.featureNames = featureNames;
        this.idf = idf;
        this.seen = seen;
        this.unseenIdf = unseenIdf;
        this.vocabulary = vocabulary;
    }

    /** Builds the index over {@code knowledge}'s FAQ entries. */
    public static Retriever build(KnowledgeBase knowledge, TextNormalizer normalizer, RetrievalSettings settings) {
        Set<String> stopwords = new HashSet<>();
        for (String w : knowledge.phrases().stopwords()) {
            stopwords.add(normalizer.basic(w).replace(" ", ""));
        }
        Set<String> domainWords = new HashSet<>();
        knowledge.synonyms().forEach(rule -> domainWords.add(normalizer.basic(rule.to()).replace(" ", "")));
        Features features = new Features(stopwords, domainWords);
        // Every phrasing and answer cut into features, on every core: segmentation and script
        // conversion are most of a build.
        List<FaqEntry> entries = knowledge.faqs();
        List<String> texts = new ArrayList<>();
        int[] firstText = new int[entries.size() + 1]; // entry e's answer, then its phrasings
        for (int e = 0; e < entries.size(); e++) {
            firstText[e] = texts.size();
            texts.add(URL.matcher(entries.get(e).answer()).replaceAll(" "));
            texts.addAll(entries.get(e).phrasings());
        }
        firstText[entries.size()] = texts.size();
        texts.addAll(knowledge.phrases().outOfScope());
        Map<String, List<String>> segmentations = new ConcurrentHashMap<>();
        Map<String, Integer> provisional = new ConcurrentHashMap<>();
        AtomicInteger nextId = new AtomicInteger();
        List<long[]> extracted = texts.parallelStream()
                .map(text -> vector(features.of(normalizer.normalize(text), segmentations), provisional, nextId))
                .toList();

        // Features are renumbered in name order, so that a build does not depend on thread timing.
        String[] names = new String[nextId.get()];
        provisional.forEach((name, id) -> names[id] = name);
        int[] renumbered = new int[names.length];
        Map<String, Integer> featureIds = new HashMap<>(names.length * 2);
        {
            Integer[] byName = new Integer[names.length];
            java.util.Arrays.setAll(byName, i -> i);
            java.util.Arrays.parallelSort(byName, Comparator.comparing(i -> names[i]));
            String[] sorted = new String[names.length];
            for (int id = 0; id < byName.length; id++) {
                sorted[id] = names[byName[id]];
                renumbered[byName[id]] = id;
                featureIds.put(sorted[id], id);
            }
            System.arraycopy(sorted, 0, names, 0, names.length);
        }
        List<long[]> vectors = extracted.parallelStream().map(v -> renumber(v, renumbered)).toList();

        // The indexed phrasings: every FAQ phrasing and known out-of-scope question with features.
        List<Integer> indexed = new ArrayList<>();
        List<FaqEntry> owners = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (int t = firstText[e] + 1; t < firstText[e + 1]; t++) {
                if (vectors.get(t).length > 0) {
                    indexed.add(t);
                    owners.add(entries.get(e));
                }
            }
        }
        int faqPhrasings = indexed.size();
        for (int t = firstText[entries.size()]; t < texts.size(); t++) {
            if (vectors.get(t).length > 0) {
                indexed.add(t);
                owners.add(null);
            }
        }
        int n = indexed.size();
        int[] df = new int[names.length];
        for (int k = 0; k < faqPhrasings; k++) {
            for (long packed : vectors.get(indexed.get(k))) {
                df[id(packed)]++;
            }
        }
        double unseenIdf = Math.log(1.0 + n) * settings.unseenWeight();
        double[] idf = new double[names.length];
        boolean[] seen = new boolean[names.length];
        for (int id = 0; id < names.length; id++) {
            seen[id] = df[id] > 0;
            idf[id] = df[id] == 0 ? unseenIdf : Math.log(1.0 + (double) n / df[id]);
        }
        // What each entry can speak to: every feature of its answer and phrasings.
        Map<String, int[]> vocabulary = new HashMap<>(entries.size() * 2);
        List<int[]> vocabularies = java.util.stream.IntStream.range(0, entries.size()).parallel()
                .mapToObj(e -> vocabulary(vectors.subList(firstText[e], firstText[e + 1])))
                .toList();
        for (int e = 0; e < entries.size(); e++) {
            vocabulary.put(entries.get(e).id(), vocabularies.get(e));
        }
        List<Phrasing> phrasings = java.util.stream.IntStream.range(0, n).parallel()
                .mapToObj(k -> phrasing(owners.get(k), texts.get(indexed.get(k)), vectors.get(indexed.get(k)),
                        names, idf, settings))
                .toList();

        // Each file read back as one buffer: every query clones and slices its inputs, and over the
        // default's many small buffers that took a third of Lucene's CPU in a profile of
        // SearchBenchmark.real, and allocation per search was 185 KB instead of 151 KB.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setRAMBufferSizeMB(64))) {
            for (int k = 0; k < n; k++) {
                Document doc = new Document();
                doc.add(new Field(FIELD, new FeatureTokens(phrasings.get(k).ids(), names), FEATURES));
                doc.add(new NumericDocValuesField(ORD, k));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setQueryCache(null); // every query is new: caching filters only costs
            return new Retriever(settings, normalizer, features, searcher, ordByDoc(searcher),
                    termStates(searcher, featureIds, names), phrasings,
                    java.util.Collections.unmodifiableMap(featureIds), names, idf, seen, unseenIdf,
                    java.util.Collections.unmodifiableMap(vocabulary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the FAQ index", e);
        }
    }

    /**
     * How phrasings are indexed: a feature occurs once in a phrasing's document, so neither
     * frequencies nor positions are kept; norms are, for BM25's length normalisation.
     */
    private static final org.apache.lucene.document.FieldType FEATURES = features();

    private static org.apache.lucene.document.FieldType features() {
        org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType();
        type.setTokenized(true);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    /** A phrasing's features as the tokens of its document: they are terms already, nothing to analyse. */
    private static final class FeatureTokens extends org.apache.lucene.analysis.TokenStream {
        /** The longest token the whitespace analysis used to keep whole. */
        private static final int MAX_TERM_CHARS = 255;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final int[] ids;
        private final String[] names;
        private int next;

        FeatureTokens(int[] ids, String[] names) {
            this.ids = ids;
            this.names = names;
        }

        @Override
        public boolean incrementToken() {
            while (next < ids.length && names[ids[next]].length() > MAX_TERM_CHARS) {
                next++; // a run of text too long to be a word no message repeats; Lucene refuses huge terms
            }
            if (next == ids.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(names[ids[next++]]);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /** Counted features as {@code id << 32 | count} values, numbering new features as they come. */
    private static long[] vector(Map<String, Integer> counted, Map<String, Integer> ids, AtomicInteger nextId) {
        long[] packed = new long[counted.size()];
        int k = 0;
        for (Map.Entry<String, Integer> e : counted.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id == null) {
                id = ids.computeIfAbsent(e.getKey(), name -> nextId.getAndIncrement());
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
        java.util.Arrays.sort(out);
        return out;
    }

    /** The sorted, distinct feature ids of some vectors. */
    private static int[] vocabulary(List<long[]> vectors) {
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
        java.util.Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return java.util.Arrays.copyOf(ids, distinct);
    }

    private static int id(long packed) {
        return (int) (packed >>> 32);
    }

    private static Phrasing phrasing(FaqEntry owner, String text, long[] vector, String[] names, double[] idf,
                                     RetrievalSettings settings) {
        int[] ids = new int[vector.length];
        double[] weights = new double[vector.length];
        double sum = 0;
        for (int k = 0; k < vector.length; k++) {
            ids[k] = id(vector[k]);
            weights[k] = kindWeight(names[ids[k]], settings) * idf[ids[k]] * Math.sqrt((int) vector[k]);
            sum += weights[k] * weights[k];
        }
        return new Phrasing(owner, text, ids, weights, Math.sqrt(sum));
    }

    /** Matches one message and decides what to do with it. */
    public Retrieval search(String message) {
        return decide(score(message), settings);
    }

    /** The ranked candidates of a message before any decision, and how well it matches a known out-of-scope question. */
    record Scored(List<Candidate> ranked, double declineScore, String normalized, Signals signals) {
    }

    /**
     * What the calibrated confidence is computed from, for the best candidate: its best phrasing's
     * score, the share of the message its whole entry speaks to, the share its best phrasing
     * explains, and the share of the message no phrasing of any entry has.
     */
    record Signals(double phrasingScore, double entryCoverage, double queryCoverage, double unseenShare) {
        static final Signals NONE = new Signals(0, 0, 0, 1);
    }

    /**
     * The best {@code limit} entries for a message, best first, whatever the decision would be: what
     * staff are offered as suggestions, and the closest entry to a question the bot missed.
     */
    public List<Candidate> rank(String message, int limit) {
        return score(message, limit).ranked();
    }

    Scored score(String message) {
        return score(message, Math.max(5, settings.maxOptions()));
    }

    private Scored score(String message, int keep) {
        // a question is short: what lies beyond a few times the matched length is not read at all
        String normalized = prefix(normalizer.normalize(prefix(message, 4 * settings.maxQueryChars())),
                settings.maxQueryChars());
        Map<String, Integer> counted = features.of(normalized);
        if (counted.isEmpty()) {
            return new Scored(List.of(), 0, normalized, Signals.NONE);
        }
        Query query = query(counted);
        double queryNorm2 = query.norm() * query.norm();
        Map<String, Signals> signalsByFaq = new HashMap<>();
        Map<String, Candidate> bestByFaq = new LinkedHashMap<>();
        double declineScore = 0;
        for (int ord : lucene(query.byName())) {
            Phrasing p = phrasings.get(ord);
            double dot = 0;
            List<String> matched = new ArrayList<>();
            int[] qi = query.ids();
            int[] pi = p.ids();
            for (int a = 0, b = 0; a < qi.length && b < pi.length; ) {
                if (qi[a] < pi[b]) {
                    a++;
                } else if (qi[a] > pi[b]) {
                    b++;
                } else {
                    dot += query.weights()[a] * p.weights()[b];
                    String name = featureNames[qi[a]];
                    if (name.startsWith(Features.WORD)) {
                        matched.add(name.substring(Features.WORD.length()));
                    }
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
            if (p.entry() == null) {
                // scored like an entry whose whole vocabulary is this one question
                declineScore = Math.max(declineScore, (1 - settings.entryWeight()) * phrasingScore
                        + settings.entryWeight() * queryCoverage);
                continue;
            }
            // how much of the message the entry as a whole (phrasings and answer) speaks to
            int[] known = vocabulary.get(p.entry().id());
            double explained = 0;
            for (int k = 0; k < qi.length; k++) {
                if (java.util.Arrays.binarySearch(known, qi[k]) >= 0) {
                    explained += query.weights()[k] * query.weights()[k];
                }
            }
            double entryCoverage = explained / queryNorm2;
            double score = (1 - settings.entryWeight()) * phrasingScore + settings.entryWeight() * entryCoverage;
            Candidate current = bestByFaq.get(p.entry().id());
            if (current == null || score > current.score()) {
                bestByFaq.put(p.entry().id(), new Candidate(p.entry().id(), p.entry().question(),
                        Math.min(1.0, score), p.text(), matched));
                signalsByFaq.put(p.entry().id(), new Signals(phrasingScore, entryCoverage, queryCoverage,
                        query.unseenShare()));
            }
        }
        List<Candidate> ranked = new ArrayList<>(bestByFaq.values());
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (ranked.size() > keep) {
            ranked = ranked.subList(0, keep);
        }
        Signals signals = ranked.isEmpty() ? Signals.NONE : signalsByFaq.get(ranked.get(0).faqId());
        return new Scored(ranked, declineScore, normalized, signals);
    }

    /**
     * The decision over ranked candidates (package-private for calibration): fall back when a known
     * out-of-scope question matches at least as well as the best entry; otherwise the calibrated
     * confidence decides between answering, offering the best candidates, and falling back.
     */
    static Retrieval decide(Scored scored, RetrievalSettings settings) {
        List<Candidate> ranked = scored.ranked();
        if (ranked.isEmpty() || scored.declineScore() >= ranked.get(0).score()) {
            return new Retrieval(Retrieval.Decision.FALLBACK, ranked, List.of(), 0, scored.normalized());
        }
        Candidate best = ranked.get(0);
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        double confidence = settings.calibration().confidence(best.score(), second, scored.signals(), scored.declineScore());
        if (confidence >= settings.answerThreshold()) {
            return new Retrieval(Retrieval.Decision.ANSWER, ranked, List.of(), confidence, scored.normalized());
        }
        if (confidence >= settings.clarifyThreshold() && ranked.size() >= 2) {
            List<Candidate> options = new ArrayList<>(ranked.subList(0, 2));
            ranked.stream().skip(2).limit(Math.max(0, settings.maxOptions() - 2))
                    .filter(c -> best.score() - c.score() <= settings.clarifyBand())
                    .forEach(options::add);
            return new Retrieval(Retrieval.Decision.CLARIFY, ranked, options, confidence, scored.normalized());
        }
        return new Retrieval(Retrieval.Decision.FALLBACK, ranked, List.of(), confidence, scored.normalized());
    }

    /**
     * Lucene's candidates: the phrasings sharing the message's weightiest features. Re-scoring
     * then uses every feature; Lucene only needs the ones that narrow the search down.
     */
    private List<Integer> lucene(Map<String, Double> query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        query.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(Math.min(settings.luceneTerms(), IndexSearcher.getMaxClauseCount()))
                .forEach(e -> {
                    Integer id = featureIds.get(e.getKey());
                    TermStates states = id == null ? null : termStates[id];
                    if (states != null) { // a feature no document has adds nothing to any document's score
                        builder.add(new BoostQuery(new TermQuery(new Term(FIELD, e.getKey()), states),
                                (float) (double) e.getValue()), BooleanClause.Occur.SHOULD);
                    }
                });
        try {
            ScoreDoc[] hits = searcher.search(builder.build(), settings.candidates()).scoreDocs;
            List<Integer> ords = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                int ord = ordByDoc[hit.doc];
                if (ord >= 0) {
                    ords.add(ord);
                }
            }
            return ords;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each document's phrasing ordinal (-1 if it has none), read once: opening a doc-values
     * iterator per hit at query time was a third of a query on the real knowledge base.
     */
    private static int[] ordByDoc(IndexSearcher searcher) throws IOException {
        int[] ords = new int[searcher.getIndexReader().maxDoc()];
        java.util.Arrays.fill(ords, -1);
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
    private static TermStates[] termStates(IndexSearcher searcher, Map<String, Integer> featureIds, String[] names)
            throws IOException {
        int size = names.length;
        TermStates[] states = new TermStates[size];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(FIELD);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                Integer id = featureIds.get(term.utf8ToString());
                if (id != null) {
                    register(states, id, te, leaf, searcher);
                }
            }
            // A feature with half a surrogate pair (a pair of characters cut through a supplementary
            // character) is stored with U+FFFD in its place, so the term does not name it: look it up
            // the way a TermQuery on its name would.
            for (int id = 0; id < size; id++) {
                if (states[id] == null && hasSurrogate(names[id]) && te.seekExact(new BytesRef(names[id]))) {
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

    /** The message's features weighted like the phrasings', with unknown features at the unseen weight. */
    private Query query(Map<String, Integer> counted) {
        Map<String, Double> byName = new LinkedHashMap<>();
        double sum = 0;
        double unseen = 0;
        for (Map.Entry<String, Integer> e : counted.entrySet()) {
            Integer id = featureIds.get(e.getKey());
            double w = kindWeight(e.getKey(), settings) * (id == null ? unseenIdf : idf[id]) * Math.sqrt(e.getValue());
            byName.put(e.getKey(), w);
            sum += w * w;
            if (id == null || !seen[id]) {
                unseen += w * w;
            }
        }
        int[] ids = counted.keySet().stream().map(featureIds::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sorted().toArray();
        double[] weights = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            weights[k] = byName.get(featureNames[ids[k]]);
        }
        return new Query(ids, weights, Math.sqrt(sum), sum == 0 ? 1 : unseen / sum, byName);
    }

    /** At most {@code max} characters of {@code text}, never cutting a surrogate pair. */
    private static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static double kindWeight(String feature, RetrievalSettings settings) {
        return feature.startsWith(Features.WORD) ? settings.wordWeight()
                : feature.startsWith(Features.BIGRAM) ? settings.bigramWeight() : settings.pinyinWeight();
    }
}
