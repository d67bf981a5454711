package dev.xiaoer.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cue kinds of {@link AnswerLexicon} in their map's order, and which of them a text can hold at
 * all: a word can only be in a text that has its first character, so a kind none of whose words begins
 * with a character of the text is not looked for (docs/benchmarks.md, issue 19, ninth session: the
 * reply readers ask for a text's cues many times a message, each a {@code contains} per word of every
 * kind). Immutable and thread-safe.
 */
final class CueFirsts {
    private final List<Map.Entry<String, List<String>>> kinds;
    /** Every first character of a word of some kind, sorted, and for each the kinds (bit i: kind i) with such a word. */
    private final char[] chars;
    private final long[] kindsOf;

    /** @param cues each kind's words (none empty), in the order they are read; kinds past the 64th are always looked for */
    CueFirsts(Map<String, List<String>> cues) {
        this.kinds = List.copyOf(new ArrayList<>(cues.entrySet()));
        Map<Character, Long> byChar = new TreeMap<>();
        for (int i = 0; i < Math.min(kinds.size(), Long.SIZE); i++) {
            for (String word : kinds.get(i).getValue()) {
                if (word.isEmpty()) {
                    throw new IllegalArgumentException("an empty cue word of " + kinds.get(i).getKey());
                }
                byChar.merge(word.charAt(0), 1L << i, (a, b) -> a | b);
            }
        }
        this.chars = new char[byChar.size()];
        this.kindsOf = new long[byChar.size()];
        int k = 0;
        for (Map.Entry<Character, Long> e : byChar.entrySet()) {
            chars[k] = e.getKey();
            kindsOf[k++] = e.getValue();
        }
    }

    /** The kinds, in the order of the map they were made from. */
    List<Map.Entry<String, List<String>>> kinds() {
        return kinds;
    }

    /** Whether kind {@code i} may be in a text whose {@link #possibleIn} is {@code possible}. */
    static boolean mayHold(long possible, int i) {
        return i >= Long.SIZE || (possible & 1L << i) != 0;
    }

    /** The kinds (bit i: {@code kinds().get(i)}) with a word beginning with a character of {@code text}. */
    long possibleIn(String text) {
        long possible = 0;
        for (int i = 0; i < text.length(); i++) {
            int k = Arrays.binarySearch(chars, text.charAt(i));
            if (k >= 0) {
                possible |= kindsOf[k];
            }
        }
        return possible;
    }
}
