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
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

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
    private final List<Phrasing> phrasings;
    private final Map<String, Double> idf;
    private final double unseenIdf;
    /** Every feature of each entry's phrasings and answer, by entry id: what the entry can speak to. */
    private final Map<String, Set<String>> vocabulary;

    /** One phrasing of one entry (null entry: a question known to be out of scope), with its weighted features. */
    private record Phrasing(FaqEntry entry, String text, Map<String, Double> vector, double norm) {
    }

    private Retriever(RetrievalSettings settings, TextNormalizer normalizer, Features features,
                      IndexSearcher searcher, List<Phrasing> phrasings, Map<String, Double> idf, double unseenIdf,
                      Map<String, Set<String>> vocabulary) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.features = features;
        this.searcher = searcher;
        this.phrasings = phrasings;
        this.idf = idf;
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
        // Feature extraction (segmentation, script conversion) is the cost of a build: run it on every core.
        record Source(FaqEntry owner, String text, boolean isAnswer) {
        }
        List<Source> sources = new ArrayList<>();
        for (FaqEntry entry : knowledge.faqs()) {
            sources.add(new Source(entry, URL.matcher(entry.answer()).replaceAll(" "), true));
            entry.phrasings().forEach(p -> sources.add(new Source(entry, p, false)));
        }
        knowledge.phrases().outOfScope().forEach(q -> sources.add(new Source(null, q, false)));
        List<Map<String, Integer>> extracted = sources.parallelStream()
                .map(src -> features.of(normalizer.normalize(src.text())))
                .toList();

        List<String> texts = new ArrayList<>();
        List<FaqEntry> owners = new ArrayList<>();
        List<Map<String, Integer>> counted = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Set<String>> vocabulary = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            Map<String, Integer> f = extracted.get(i);
            if (src.owner() != null) {
                Set<String> words = vocabulary.computeIfAbsent(src.owner().id(), id -> new HashSet<>());
                words.addAll(f.keySet());
                if (src.isAnswer()) {
                    continue;
                }
            }
            if (f.isEmpty()) {
                continue;
            }
            texts.add(src.text());
            owners.add(src.owner());
            counted.add(f);
            if (src.owner() != null) {
                f.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
            }
        }
        int n = counted.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((k, v) -> idf.put(k, Math.log(1.0 + (double) n / v)));
        double unseenIdf = Math.log(1.0 + n) * settings.unseenWeight();

        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Phrasing> phrasings = new ArrayList<>(n);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setRAMBufferSizeMB(64))) {
            for (int i = 0; i < n; i++) {
                Map<String, Double> vector = weigh(counted.get(i), idf, unseenIdf, settings);
                phrasings.add(new Phrasing(owners.get(i), texts.get(i), vector, norm(vector)));
                Document doc = new Document();
                doc.add(new TextField(FIELD, String.join(" ", counted.get(i).keySet()), Field.Store.NO));
                doc.add(new NumericDocValuesField(ORD, i));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new Retriever(settings, normalizer, features, searcher, List.copyOf(phrasings), idf, unseenIdf,
                    Map.copyOf(vocabulary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the FAQ index", e);
        }
    }

    public RetrievalSettings settings() {
        return settings;
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
        String normalized = normalizer.normalize(message);
        if (normalized.length() > settings.maxQueryChars()) {
            normalized = normalized.substring(0, settings.maxQueryChars());
        }
        Map<String, Integer> counted = features.of(normalized);
        if (counted.isEmpty()) {
            return new Scored(List.of(), 0, normalized, Signals.NONE);
        }
        Map<String, Double> query = weigh(counted, idf, unseenIdf, settings);
        double queryNorm = norm(query);
        double unseen = 0;
        for (Map.Entry<String, Double> e : query.entrySet()) {
            if (!idf.containsKey(e.getKey())) {
                unseen += e.getValue() * e.getValue();
            }
        }
        double unseenShare = unseen / (queryNorm * queryNorm);
        Map<String, Signals> signalsByFaq = new HashMap<>();

        Map<String, Candidate> bestByFaq = new LinkedHashMap<>();
        double declineScore = 0;
        for (int ord : lucene(query)) {
            Phrasing p = phrasings.get(ord);
            double dot = 0;
            List<String> matched = new ArrayList<>();
            for (Map.Entry<String, Double> e : query.entrySet()) {
                Double w = p.vector().get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w;
                    if (e.getKey().startsWith(Features.WORD)) {
                        matched.add(e.getKey().substring(Features.WORD.length()));
                    }
                }
            }
            // dot/|q|^2 is how much of the message the phrasing explains, dot/|d|^2 how much of the
            // phrasing the message says; their geometric mean (focus 0.5) is the cosine.
            double queryCoverage = Math.min(1.0, dot / (queryNorm * queryNorm));
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
            Set<String> known = vocabulary.get(p.entry().id());
            double explained = 0;
            for (Map.Entry<String, Double> e : query.entrySet()) {
                if (known.contains(e.getKey())) {
                    explained += e.getValue() * e.getValue();
                }
            }
            double entryCoverage = explained / (queryNorm * queryNorm);
            double score = (1 - settings.entryWeight()) * phrasingScore + settings.entryWeight() * entryCoverage;
            Candidate current = bestByFaq.get(p.entry().id());
            if (current == null || score > current.score()) {
                bestByFaq.put(p.entry().id(), new Candidate(p.entry().id(), p.entry().question(),
                        Math.min(1.0, score), p.text(), matched));
                signalsByFaq.put(p.entry().id(), new Signals(phrasingScore, entryCoverage, queryCoverage, unseenShare));
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
                .forEach(e -> builder.add(new BoostQuery(new TermQuery(new Term(FIELD, e.getKey())),
                        (float) (double) e.getValue()), BooleanClause.Occur.SHOULD));
        try {
            ScoreDoc[] hits = searcher.search(builder.build(), settings.candidates()).scoreDocs;
            List<Integer> ords = new ArrayList<>(hits.length);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc hit : hits) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                NumericDocValues ord = leaf.reader().getNumericDocValues(ORD);
                if (ord != null && ord.advanceExact(hit.doc - leaf.docBase)) {
                    ords.add((int) ord.longValue());
                }
            }
            return ords;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> weigh(Map<String, Integer> counted, Map<String, Double> idf, double unseenIdf,
                                             RetrievalSettings settings) {
        Map<String, Double> vector = new LinkedHashMap<>();
        counted.forEach((feature, count) -> {
            double kind = feature.startsWith(Features.WORD) ? settings.wordWeight()
                    : feature.startsWith(Features.BIGRAM) ? settings.bigramWeight() : settings.pinyinWeight();
            vector.put(feature, kind * idf.getOrDefault(feature, unseenIdf) * Math.sqrt(count));
        });
        return vector;
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double v : vector.values()) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
