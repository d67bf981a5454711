package dev.xiaoer.retrieval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What retrieval made of the short messages it has seen: the same few come again and again (a flow's
 * answers and quick-reply taps, 是 / 还没 / 2 / 好的 / 继续, thanks), each a search of 4-18 µs of CPU
 * that always gives the same {@link Retrieval} (a search reads only the message and the immutable
 * index), so the second time it is looked up. Only messages of at most {@link #MAX_CHARS} characters
 * are kept, and at most {@link #MAX_ENTRIES} of them: what is kept is bounded whatever sellers send
 * (past the bound, new short messages are searched every time). One per {@link Retriever}, so a
 * knowledge reload starts empty. Thread-safe.
 */
final class ShortMessages {
    /** The longest message kept: a reply or a tap, not a question (保证金怎么退 is 6). */
    static final int MAX_CHARS = 5;
    static final int MAX_ENTRIES = 4_096;

    private final Map<Key, Retrieval> seen = new ConcurrentHashMap<>();

    /** What a search reads: the normalised form and the raw text (for its clauses). */
    private record Key(String normalized, String raw) {
    }

    /** {@code search}'s retrieval of the message, searched only the first time a short one is seen. */
    Retrieval retrieval(String normalized, String raw, BiFunction<String, String, Retrieval> search) {
        if (raw.length() > MAX_CHARS) {
            return search.apply(normalized, raw);
        }
        Key key = new Key(normalized, raw);
        Retrieval known = seen.get(key);
        if (known != null) {
            return known;
        }
        Retrieval fresh = search.apply(normalized, raw);
        if (seen.size() < MAX_ENTRIES) {
            seen.putIfAbsent(key, fresh);
        }
        return fresh;
    }
}
