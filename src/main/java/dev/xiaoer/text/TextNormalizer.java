package dev.xiaoer.text;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.SynonymRule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what a seller typed into the canonical text that matching works on: full-width to
 * half-width, lower case, Traditional to Simplified, punctuation and emoji to spaces, IM filler
 * trimmed off the ends of each phrase, and every synonym rewritten to its canonical form.
 */
public final class TextNormalizer {
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]+");

    private final ScriptConverter script;
    private final List<String> filler;
    /** Each synonym's canonical form, by synonym. */
    private final Map<String, String> rewrites;
    private final LongestMatch synonyms;

    public TextNormalizer(KnowledgeBase knowledge, ScriptConverter script) {
        this.script = script;
        List<String> fillerWords = new ArrayList<>();
        for (String word : knowledge.phrases().filler()) {
            String w = basic(word).replace(" ", "");
            if (!w.isEmpty()) {
                fillerWords.add(w);
            }
        }
        fillerWords.sort(Comparator.comparingInt(String::length).reversed());
        this.filler = List.copyOf(fillerWords);
        Map<String, String> map = new HashMap<>();
        for (SynonymRule rule : knowledge.synonyms()) {
            String to = basic(rule.to()).replace(" ", "");
            for (String from : rule.from()) {
                String f = basic(from).replace(" ", "");
                if (!f.isEmpty() && !f.equals(to)) {
                    map.putIfAbsent(f, to);
                }
            }
        }
        this.rewrites = Map.copyOf(map);
        this.synonyms = new LongestMatch(map.keySet());
    }

    /** Width, case, script and noise only: no filler or synonym handling. Phrases are in this form. */
    public String basic(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = script.toSimplified(s);
        return NOISE.matcher(s).replaceAll(" ").strip();
    }

    /** The canonical text for matching: {@link #basic}, then filler trimmed and synonyms rewritten. */
    public String normalize(String text) {
        StringBuilder out = new StringBuilder();
        for (String segment : basic(text).split(" ")) {
            String kept = trimFiller(segment);
            if (!kept.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(rewrite(kept));
            }
        }
        return out.toString();
    }

    private String trimFiller(String segment) {
        String s = segment;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String f : filler) {
                if (s.startsWith(f)) {
                    s = s.substring(f.length());
                    changed = true;
                    break;
                }
                if (s.endsWith(f)) {
                    s = s.substring(0, s.length() - f.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Longest match first, left to right; rewritten text is not rewritten again. */
    private String rewrite(String s) {
        if (synonyms.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            String from = synonyms.at(s, i);
            if (from == null) {
                out.append(s.charAt(i));
                i++;
            } else {
                out.append(rewrites.get(from));
                i += from.length();
            }
        }
        return out.toString();
    }
}
