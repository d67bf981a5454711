package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aspects' words by their first character, so that what a text asks is read in one pass over it: at each of its
 * characters only the words beginning with that character are tried there, instead of a {@code contains} of every word
 * of every aspect over the whole text (a search reads a message's aspects four to six times, and the scope has hundreds
 * of words: docs/benchmarks.md, issue 19, twenty-third session). A word is in a text exactly when it begins at one of
 * the text's places, so the aspects found are those {@link Scope.Aspect#askedIn} and {@link Scope.Aspect#toldIn} find.
 * The not-asked words are blanked out the same way as before, longest first, skipping those whose first character the
 * text lacks (a blank adds only spaces, so it cannot make a word appear whose first character is not a space).
 * Immutable and thread-safe.
 */
final class AspectWords {
    private final List<Scope.Aspect> aspects;
    /** Every first character of an aspect's word, sorted; the words beginning with {@code firsts[k]} are {@code from[k]} to {@code from[k + 1]}. */
    private final char[] firsts;
    private final int[] from;
    private final String[] words;
    /** By word: the aspect it asks (its index in {@link #aspects}), and whether it is a told word. */
    private final int[] aspectOf;
    private final boolean[] told;
    /** Words that hold an asked word but ask nothing, longest first, and their first characters. */
    private final List<String> notAsked;
    private final char[] notAskedFirsts;

    /** @param aspects the aspects, in the scope's order (no empty word); @param notAsked longest first (no empty word) */
    AspectWords(List<Scope.Aspect> aspects, List<String> notAsked) {
        this.aspects = List.copyOf(aspects);
        this.notAsked = List.copyOf(notAsked);
        Map<Character, List<int[]>> byFirst = new TreeMap<>(); // {aspect, told}
        Map<Character, List<String>> wordsByFirst = new TreeMap<>();
        for (int a = 0; a < this.aspects.size(); a++) {
            Scope.Aspect aspect = this.aspects.get(a);
            for (int kind = 0; kind < 2; kind++) {
                for (String w : kind == 0 ? aspect.asked() : aspect.told()) {
                    if (w.isEmpty()) {
                        throw new IllegalArgumentException("an empty word of aspect " + aspect.name());
                    }
                    byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(new int[] {a, kind});
                    wordsByFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
                }
            }
        }
        int n = wordsByFirst.values().stream().mapToInt(List::size).sum();
        this.firsts = new char[byFirst.size()];
        this.from = new int[byFirst.size() + 1];
        this.words = new String[n];
        this.aspectOf = new int[n];
        this.told = new boolean[n];
        int k = 0;
        int j = 0;
        for (Map.Entry<Character, List<String>> e : wordsByFirst.entrySet()) {
            firsts[k] = e.getKey();
            from[k] = j;
            List<int[]> of = byFirst.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                words[j] = e.getValue().get(i);
                aspectOf[j] = of.get(i)[0];
                told[j] = of.get(i)[1] == 1;
                j++;
            }
            k++;
        }
        from[k] = j;
        this.notAskedFirsts = new char[this.notAsked.size()];
        for (int i = 0; i < notAskedFirsts.length; i++) {
            if (this.notAsked.get(i).isEmpty()) {
                throw new IllegalArgumentException("an empty not-asked word");
            }
            notAskedFirsts[i] = this.notAsked.get(i).charAt(0);
        }
    }

    /** The aspects {@code text} asks by an asked or a told word, in the scope's order: {@link Aspects#asked(String)}. */
    List<Scope.Aspect> asked(String text) {
        return found(withoutNotAsked(text), false);
    }

    /** The aspects {@code text} asks by a told word, in the scope's order: {@link Aspects#toldIn(String)}. */
    List<Scope.Aspect> toldIn(String text) {
        return found(withoutNotAsked(text), true);
    }

    private List<Scope.Aspect> found(String t, boolean toldOnly) {
        BitSet hit = null;
        for (int i = 0; i < t.length(); i++) {
            int k = Arrays.binarySearch(firsts, t.charAt(i));
            if (k < 0) {
                continue;
            }
            for (int j = from[k]; j < from[k + 1]; j++) {
                if ((!toldOnly || told[j]) && (hit == null || !hit.get(aspectOf[j])) && t.startsWith(words[j], i)) {
                    if (hit == null) {
                        hit = new BitSet(aspects.size());
                    }
                    hit.set(aspectOf[j]);
                }
            }
        }
        if (hit == null) {
            return new ArrayList<>();
        }
        List<Scope.Aspect> found = new ArrayList<>(hit.cardinality());
        for (int a = hit.nextSetBit(0); a >= 0; a = hit.nextSetBit(a + 1)) {
            found.add(aspects.get(a));
        }
        return found;
    }

    /**
     * {@code text} without its spaces, and with each not-asked word blanked out, longest first: the form aspects are
     * looked for in. A word whose first character the text lacks is not there to blank (unless it begins with a space,
     * which a blank before it may have made).
     */
    String withoutNotAsked(String text) {
        String t = text.replace(" ", "");
        for (int i = 0; i < notAskedFirsts.length; i++) {
            char first = notAskedFirsts[i];
            if (first == ' ' || t.indexOf(first) >= 0) {
                t = t.replace(notAsked.get(i), " ");
            }
        }
        return t;
    }
}
