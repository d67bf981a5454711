package dev.xiaoer.store.pg;

import dev.xiaoer.dialogue.Session;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions this node committed most recently, each with the version the database gave it. A
 * turn asks the database for the session only if its version differs ({@link PgTurns#arrival}),
 * inside the conversation's lock: when another node wrote meanwhile, the newer row comes back and
 * replaces the copy here, so a cached session is never served stale. Only the session's parsing
 * is saved, not the round trip; dropping an entry is always safe.
 */
final class SessionCache {

    record Entry(Session session, long version) {
    }

    private final Map<String, Entry> entries;

    SessionCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Entry get(String conversationId) {
        return entries.get(conversationId);
    }

    /** After a commit: the session as stored, at its version. */
    synchronized void put(Session session, long version) {
        Entry before = entries.get(session.conversationId());
        if (before == null || before.version() < version) {
            entries.put(session.conversationId(), new Entry(session, version));
        }
    }

    /** After a write whose outcome is unknown. */
    synchronized void forget(String conversationId) {
        entries.remove(conversationId);
    }
}
