package dev.xiaoer.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What small talk is made of (every small-talk phrase, acknowledgement and filler word), taken out of
 * a text longest first. Immutable and thread-safe.
 */
final class Chatter {
    /** The words, longest first. */
    private final List<String> words;
    /**
     * The words' first characters, sorted (searched without boxing a character), and for each the places
     * in {@link #words} of the words that begin with it: a word can only be in a text that has its first
     * character, so only those are looked for.
     */
    private final char[] firsts;
    private final int[][] byFirst;

    Chatter(List<String> words) {
        this.words = words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<Character, List<Integer>> places = new HashMap<>();
        for (int i = 0; i < this.words.size(); i++) {
            String w = this.words.get(i);
            if (!w.isEmpty()) {
                places.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(i);
            }
        }
        this.firsts = new char[places.size()];
        int k = 0;
        for (char c : places.keySet()) {
            firsts[k++] = c;
        }
        Arrays.sort(firsts);
        this.byFirst = new int[firsts.length][];
        for (k = 0; k < firsts.length; k++) {
            byFirst[k] = places.get(firsts[k]).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * {@code text} without its chatter: each word taken out in turn, longest first (taking one out can
     * join the halves of another). A word whose first character the text lacks is never in what is
     * left of it, so it is skipped: the same text as taking out every word in turn.
     */
    private int[] placesOf(char c) {
        int k = Arrays.binarySearch(firsts, c);
        return k >= 0 ? byFirst[k] : null;
    }

    String takenOutOf(String text) {
        int[] candidates = new int[0];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int[] at = text.indexOf(c) == i ? placesOf(c) : null; // each character once
            if (at != null) {
                candidates = Arrays.copyOf(candidates, n + at.length);
                System.arraycopy(at, 0, candidates, n, at.length);
                n += at.length;
            }
        }
        Arrays.sort(candidates, 0, n);
        String rest = text;
        for (int i = 0; i < n && !rest.isEmpty(); i++) {
            rest = rest.replace(words.get(candidates[i]), "");
        }
        return rest;
    }

    /** Every word taken out of {@code text} in turn: what {@link #takenOutOf} must agree with. */
    String everyWordTakenOutOf(String text) {
        String rest = text;
        for (String word : words) {
            rest = rest.replace(word, "");
        }
        return rest;
    }
}
