package dev.xiaoer.retrieval;

import dev.xiaoer.text.LongestMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts normalised text into the features matching works on: smartcn words (function words
 * dropped), character pairs of what is left (so that words smartcn splits, such as 运单号, still
 * match whole), and pinyin pairs (so that a character typed for another of the same sound still
 * matches): one {@link FeatureKind} each. Immutable and thread-safe.
 */
final class Features {
    private static final char FIRST_HAN = '\u4e00';
    private static final char LAST_HAN = '\u9fff';

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final Set<String> stopwords;
    /** Domain words kept whole, by first character, longest first. */
    private final LongestMatch domainWords;

    /**
     * The pinyin table, read once per JVM and shared: constant data, immutable. Read from
     * {@code pinyin.txt} beside this class: line {@code i} is the toneless reading ({@code ü} as
     * {@code v}) of character {@code FIRST_HAN + i}, empty where it has none: ICU's Han-Latin,
     * generated at build time ({@code PinyinTableTest} checks the file against ICU and writes a new
     * one); docs/retrieval.md says why ICU rather than pinyin4j.
     */
    private static final class PinyinTable {
        static final String RESOURCE = "pinyin.txt";
        static final List<String> TABLE = build();

        private static List<String> build() {
            String[] readings;
            try (InputStream in = Features.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the pinyin table " + RESOURCE + " is missing from the class path");
                }
                readings = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String[] table = new String[LAST_HAN - FIRST_HAN + 1];
            if (readings.length < table.length) {
                throw new IllegalStateException("the pinyin table " + RESOURCE + " has " + readings.length + " lines, not " + table.length);
            }
            for (char c = FIRST_HAN; c <= LAST_HAN; c++) {
                String reading = readings[c - FIRST_HAN];
                table[c - FIRST_HAN] = reading.isEmpty() ? String.valueOf(c) : fold(reading);
            }
            return List.of(table);
        }
    }

    /** Reads smartcn's dictionaries (shared by every analyzer, read on first use) and the pinyin table. */
    static void warmUp() {
        new Features(Set.of(), Set.of()).of("保证金怎么退");
    }

    Features(Set<String> stopwords, Set<String> domainWords) {
        this.stopwords = Set.copyOf(stopwords);
        this.domainWords = new LongestMatch(domainWords.stream().filter(w -> w.length() >= 2).toList());
    }

    /** The counted features of normalised text, in the order first seen. */
    Map<Feature, Integer> of(String normalized) {
        return of(normalized, null);
    }

    /**
     * {@link #of(String)}, with smartcn's cut of every run of plain text looked up in (and added
     * to) {@code segmentations} when it is not null: knowledge text repeats the same runs (怎么,
     * 在哪里, 请先进入卖家工作台) across thousands of phrasings, and smartcn cuts a run the same way
     * wherever it stands, so a build cuts each distinct run once.
     */
    Map<Feature, Integer> of(String normalized, Map<String, List<String>> segmentations) {
        Map<Feature, Integer> counts = new LinkedHashMap<>();
        for (String segment : normalized.split(" ")) {
            if (!segment.isEmpty()) {
                count(content(segment, segmentations), 1, counts);
            }
        }
        return counts;
    }

    /** The words of one segment that are not stopwords, in order. */
    private List<String> content(String segment, Map<String, List<String>> segmentations) {
        List<String> content = new ArrayList<>();
        for (String word : words(segment, segmentations)) {
            if (!stopwords.contains(word)) {
                content.add(word);
            }
        }
        return content;
    }

    /** Adds the features of one segment's content words to {@code counts}, each occurrence counting {@code one}. */
    private static void count(List<String> content, double one, Map<Feature, Double> counts) {
        for (Feature f : features(content)) {
            counts.merge(f, one, Double::sum);
        }
    }

    /** The same, counting whole occurrences. */
    private static void count(List<String> content, int one, Map<Feature, Integer> counts) {
        for (Feature f : features(content)) {
            counts.merge(f, one, Integer::sum);
        }
    }

    /** The features of one segment's content words, each occurrence once: words, then pairs and their sounds. */
    private static List<Feature> features(List<String> content) {
        List<Feature> features = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String word : content) {
            features.add(FeatureKind.WORD.of(word));
            run.append(word);
        }
        for (int i = 0; i + 1 < run.length(); i++) {
            features.add(FeatureKind.BIGRAM.of(run.substring(i, i + 2)));
            features.add(FeatureKind.PINYIN.of(soundOf(run.charAt(i)) + "_" + soundOf(run.charAt(i + 1))));
        }
        return features;
    }

    /**
     * The features of normalised text with each phrase (space-separated segment) weighted: a
     * feature's count is the sum of the squared weights of the phrases it occurs in, so that its
     * weight in the message ({@link FeatureKind#weight(RetrievalSettings, double, double)}) is the
     * phrase's weight times its plain weight. {@code segmentWeights} has one weight per segment of
     * {@code normalized.split(" ")}; null weighs every phrase 1.
     */
    Map<Feature, Double> weighted(String normalized, double[] segmentWeights) {
        return weighted(normalized, segmentWeights, null);
    }

    /**
     * {@link #weighted(String, double[])}, adding the content words of the text, in order, to
     * {@code contentWords} when it is not null: a message is cut once.
     */
    Map<Feature, Double> weighted(String normalized, double[] segmentWeights, List<String> contentWords) {
        Map<Feature, Double> counts = new LinkedHashMap<>();
        String[] segments = normalized.split(" ");
        for (int s = 0; s < segments.length; s++) {
            if (segments[s].isEmpty()) {
                continue;
            }
            double w = segmentWeights == null ? 1 : segmentWeights[s];
            List<String> content = content(segments[s], null);
            if (contentWords != null) {
                contentWords.addAll(content);
            }
            count(content, w * w, counts);
        }
        return counts;
    }

    /** The content words of normalised text, in order: stopwords dropped. */
    List<String> contentWords(String normalized) {
        List<String> content = new ArrayList<>();
        for (String segment : normalized.split(" ")) {
            if (!segment.isEmpty()) {
                content.addAll(content(segment, null));
            }
        }
        return content;
    }

    /** The words of one segment, in order: domain words whole, smartcn's words between them. */
    List<String> words(String segment) {
        return words(segment, null);
    }

    private List<String> words(String segment, Map<String, List<String>> segmentations) {
        List<String> words = new ArrayList<>();
        int plainStart = 0;
        int i = 0;
        while (i < segment.length()) {
            String w = domainWords.at(segment, i);
            if (w == null || overlapped(segment, i, w)) {
                i++;
                continue;
            }
            smartcn(segment.substring(plainStart, i), words, segmentations);
            words.add(w);
            i += w.length();
            plainStart = i;
        }
        smartcn(segment.substring(plainStart), words, segmentations);
        return words;
    }

    /**
     * True when {@code w} (at {@code i}) begins with a stopword and a domain word starting after that
     * stopword runs on past its end: the later word is kept whole instead. 我的运单号 is my waybill number
     * (我的 and 运单号), not the logistics platform's menu 我的运单 with a stray 号. Other overlaps keep the
     * first word, as before.
     */
    private boolean overlapped(String segment, int i, String w) {
        int end = i + w.length();
        for (int j = i + 1; j < end; j++) {
            String v = domainWords.at(segment, j);
            if (v != null && j + v.length() > end && stopwords.contains(segment.substring(i, j))) {
                return true;
            }
        }
        return false;
    }

    private void smartcn(String text, List<String> words, Map<String, List<String>> segmentations) {
        if (text.isEmpty()) {
            return;
        }
        if (segmentations != null) {
            List<String> cut = segmentations.get(text);
            if (cut == null) {
                List<String> fresh = new ArrayList<>();
                smartcn(text, fresh, null);
                cut = List.copyOf(fresh);
                segmentations.putIfAbsent(text, cut);
            }
            words.addAll(cut);
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String soundOf(char c) {
        return c >= FIRST_HAN && c <= LAST_HAN ? PinyinTable.TABLE.get(c - FIRST_HAN) : String.valueOf(c);
    }

    /**
     * Folds the sounds that pinyin typists confuse most (zh/z, ch/c, sh/s, -ng/-n, l/n) in a toneless
     * reading, so that near-homophones meet.
     */
    static String fold(String reading) {
        String s = reading;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            s = s.charAt(0) + s.substring(2);
        }
        if (s.startsWith("l")) {
            s = "n" + s.substring(1);
        }
        if (s.endsWith("ng") && s.length() > 2) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
