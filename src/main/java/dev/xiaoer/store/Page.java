package dev.xiaoer.store;

import java.util.List;

/**
 * One page of a list the store keeps in a fixed order (the handoff queue, a transcript), and where
 * the next page starts.
 *
 * @param next the position after the last item, to give back as {@code after} for the next page;
 *             null when this page is the last. Its form is the store's own: callers pass it back
 *             unread (the HTTP API wraps it in an opaque cursor).
 */
public record Page<T>(List<T> items, String next) {
    public Page {
        items = List.copyOf(items);
    }

    /** Whether more items follow. */
    public boolean more() {
        return next != null;
    }
}
