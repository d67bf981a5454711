package dev.xiaoer.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cue kinds of {@link AnswerLexicon} in their map's order, and which of them a text holds: its words
 * grouped by their first character, so that a text is read once, each of its places tried only against the
 * words that begin with its character (docs/benchmarks.md, issue 19: the reply readers ask for a text's cues
 * many times a message; first a {@code contains} per word of every kind, then, ninth session, only of the
 * kinds with a word beginning with a character of the text, now only the words that begin with the character
 * of a place). Immutable and thread-safe.
 */
final class CueFirsts {
    private final List<Map.Entry<String, List<String>>> kinds;
    /** Every first character of a word of some kind (of the first 64), sorted; for each, those words and their kind's bit. */
    private final char[] chars;
    private final String[][] words;
    private final long[][] bits;

    /**
     * @param cues each kind's words (none empty), in the order they are read; kinds past the 64th are read word by word
     * @param unread the kinds never asked for by {@link #heldIn} (read on their own terms): their words are not indexed
     */
    CueFirsts(Map<String, List<String>> cues, Set<String> unread) {
        this.kinds = List.copyOf(new ArrayList<>(cues.entrySet()));
        Map<Character, List<String>> wordsOf = new TreeMap<>();
        Map<Character, List<Long>> bitsOf = new TreeMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            for (String word : kinds.get(i).getValue()) {
                if (word.isEmpty()) {
                    throw new IllegalArgumentException("an empty cue word of " + kinds.get(i).getKey());
                }
                if (i < Long.SIZE && !unread.contains(kinds.get(i).getKey())) {
                    wordsOf.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
                    bitsOf.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(1L << i);
                }
            }
        }
        this.chars = new char[wordsOf.size()];
        this.words = new String[wordsOf.size()][];
        this.bits = new long[wordsOf.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : wordsOf.entrySet()) {
            chars[k] = e.getKey();
            words[k] = e.getValue().toArray(String[]::new);
            bits[k++] = bitsOf.get(e.getKey()).stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** The kinds, in the order of the map they were made from. */
    List<Map.Entry<String, List<String>>> kinds() {
        return kinds;
    }

    /** The kinds among the first 64 (bit i: {@code kinds().get(i)}), the unread ones aside, with a word in {@code text}. */
    long heldIn(String text) {
        long held = 0;
        for (int at = 0; at < text.length(); at++) {
            int k = Arrays.binarySearch(chars, text.charAt(at));
            if (k < 0) {
                continue;
            }
            String[] here = words[k];
            long[] bit = bits[k];
            for (int j = 0; j < here.length; j++) {
                if ((held & bit[j]) == 0 && text.startsWith(here[j], at)) {
                    held |= bit[j];
                }
            }
        }
        return held;
    }

    /** Whether kind {@code i} has a word in {@code text}, whose {@link #heldIn} is {@code held}. */
    boolean holds(long held, int i, String text) {
        if (i < Long.SIZE) {
            return (held & 1L << i) != 0;
        }
        for (String word : kinds.get(i).getValue()) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
