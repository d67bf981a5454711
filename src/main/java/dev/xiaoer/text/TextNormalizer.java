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
    /** Rewrites by their first character, longest first. */
    private final Map<Character, List<Rewrite>> rewrites;
    /** The first characters of the rewrites: most characters start none, and skip the lookup. */
    private final java.util.BitSet rewriteFirst = new java.util.BitSet();

    private record Rewrite(String from, String to) {
    }

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
        Map<Character, List<Rewrite>> byFirst = new HashMap<>();
        map.forEach((from, to) -> byFirst.computeIfAbsent(from.charAt(0), c -> new ArrayList<>()).add(new Rewrite(from, to)));
        byFirst.replaceAll((c, list) -> list.stream()
                .sorted(Comparator.comparingInt((Rewrite r) -> r.from().length()).reversed().thenComparing(Rewrite::from))
                .toList());
        this.rewrites = Map.copyOf(byFirst);
        byFirst.keySet().forEach(c -> rewriteFirst.set(c));
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
        if (rewrites.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        outer:
        while (i < s.length()) {
            if (!rewriteFirst.get(s.charAt(i))) {
                out.append(s.charAt(i));
                i++;
                continue;
            }
            for (Rewrite r : rewrites.getOrDefault(s.charAt(i), List.of())) {
                if (s.startsWith(r.from(), i)) {
                    out.append(r.to());
                    i += r.from().length();
                    continue outer;
                }
            }
            out.append(s.charAt(i));
            i++;
        }
        return out.toString();
    }
}
