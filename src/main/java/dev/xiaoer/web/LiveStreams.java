package dev.xiaoer.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web chat pages connected now, by conversation: where a staff reply is pushed the moment the
 * outbox delivers it. A page that is not connected finds the reply in its history when it connects
 * again. Thread-safe.
 */
public final class LiveStreams {

    /** One connected page; {@link #send} returns false once it cannot take more (it is then dropped). */
    @FunctionalInterface
    public interface Listener {
        boolean send(String event);
    }

    private final ConcurrentHashMap<String, Set<Listener>> byConversation = new ConcurrentHashMap<>();

    /** Connects a page to its conversation; the returned action disconnects it. */
    public Runnable subscribe(String conversationId, Listener listener) {
        byConversation.computeIfAbsent(conversationId, k -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> byConversation.computeIfPresent(conversationId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Sends {@code event} to every page of the conversation connected now; returns how many took it. */
    public int publish(String conversationId, String event) {
        Set<Listener> listeners = byConversation.get(conversationId);
        if (listeners == null) {
            return 0;
        }
        int sent = 0;
        for (Listener l : listeners) {
            if (l.send(event)) {
                sent++;
            } else {
                listeners.remove(l);
            }
        }
        return sent;
    }

    /** How many pages are connected, over every conversation. */
    public int connected() {
        return byConversation.values().stream().mapToInt(Set::size).sum();
    }
}
