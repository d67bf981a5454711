package dev.xiaoer.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Unmodifiable copies of the knowledge's maps that keep the order they were written in. {@link Map#copyOf} iterates in an
 * order salted afresh in every JVM, and the engine walks some of these maps where order decides (the steps before a step,
 * the first flow whose words a message holds): a reply must not change from one start of the service to the next.
 */
final class FileOrder {
    private FileOrder() {
    }

    /** {@code map}'s entries in its own iteration order, unmodifiable; null keys and values refused as {@link Map#copyOf} does. */
    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>(map.size() * 2);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(copy);
    }
}
