package dev.xiaoer.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words to find in text, longest first at each position: the synonyms the normaliser
 * rewrites, the domain words retrieval keeps whole. Immutable and thread-safe.
 */
public final class LongestMatch {
    /** The words by their first character, longest first. */
    private final Map<Character, List<String>> byFirst;
    /** The characters some word starts with: most characters start none, and skip the lookup. */
    private final BitSet first = new BitSet();

    public LongestMatch(Collection<String> words) {
        Map<Character, List<String>> map = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                map.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            }
        }
        map.replaceAll((c, list) -> list.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList());
        this.byFirst = Map.copyOf(map);
        byFirst.keySet().forEach(c -> first.set(c));
    }

    /** The longest word that starts at {@code at} in {@code text}, or null. */
    public String at(String text, int at) {
        if (!first.get(text.charAt(at))) {
            return null;
        }
        for (String w : byFirst.get(text.charAt(at))) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }
}
