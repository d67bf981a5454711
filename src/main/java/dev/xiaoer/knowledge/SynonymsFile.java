package dev.xiaoer.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * Reads {@code synonyms.txt} in Solr's synonym format with Lucene's own parser
 * ({@link SolrSynonymParser}, not expanding): {@code a,b,c} makes every form read as the first one,
 * {@code a,b => c} rewrites the left forms to the right one; a line starting with {@code #} is a
 * comment, and {@code \} escapes a comma or {@code =>} inside a form. A line of one form only names
 * a domain word that word segmentation must keep whole. Each line is parsed on its own, so that every
 * problem is reported at its line; the parser's mappings are kept as {@link SynonymRule}s rather than
 * compiled into an FST, since the text normaliser rewrites with them itself.
 */
final class SynonymsFile {
    private SynonymsFile() {
    }

    static List<SynonymRule> parse(String path, String text, List<Problem> problems) {
        List<SynonymRule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        try (Analyzer whitespace = new WhitespaceAnalyzer()) {
            Collector collector = new Collector(whitespace);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Source source = new Source(path, i + 1);
                try {
                    collector.mappings.clear();
                    collector.parse(new StringReader(line));
                } catch (ParseException e) {
                    Throwable why = e.getCause() != null ? e.getCause() : e;
                    problems.add(Problem.at(source, "not a synonym rule: " + why.getMessage()));
                    continue;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                SynonymRule rule = collector.rule(source);
                // Lucene reads "=> c", with nothing on the left, as a list of one form "=> c"
                boolean rewrite = line.contains("=>");
                if (rule == null || rewrite && rule.from().isEmpty()) {
                    problems.add(Problem.at(source, rewrite
                            ? "a rewrite reads 'a, b => c': forms on the left, exactly one on the right"
                            : "a synonym line lists forms separated by ','"));
                } else {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }

    /** Lucene's parser, keeping what it maps on one line instead of building the map. */
    private static final class Collector extends SolrSynonymParser {
        /** Each mapping of the line: {from, to}. */
        final List<String[]> mappings = new ArrayList<>();

        Collector(Analyzer analyzer) {
            super(true, false, analyzer); // dedup; no expansion: every form reads as the first
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            mappings.add(new String[] {words(input), words(output)});
        }

        /** The line's rule: every form it maps, to the one form they all read as; null when not one. */
        SynonymRule rule(Source source) {
            Set<String> to = new LinkedHashSet<>();
            Set<String> from = new LinkedHashSet<>();
            for (String[] m : mappings) {
                to.add(m[1]);
                if (!m[0].equals(m[1])) {
                    from.add(m[0]);
                }
            }
            if (to.size() != 1) {
                return null;
            }
            return new SynonymRule(List.copyOf(from), to.iterator().next(), source);
        }

        /** A term as the parser analysed it: its words joined by spaces again. */
        private static String words(CharsRef term) {
            return term.toString().replace(SynonymMap.WORD_SEPARATOR, ' ');
        }
    }
}
