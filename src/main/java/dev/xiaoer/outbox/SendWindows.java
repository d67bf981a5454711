package dev.xiaoer.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate limits, as a sliding log per key: a send is allowed when fewer than the limit's sends
 * happened in the window before it, so no window ever holds more (a token bucket would let a burst
 * and its refill into one minute). The window is taken a twentieth longer (at most a second), for
 * the time between the decision and the request reaching the platform. Used by the dispatcher
 * thread only.
 */
final class SendWindows {
    private final Map<String, ArrayDeque<Instant>> sends = new HashMap<>();

    /** Zero when a send under {@code key} may go now (and counts it), else how long until one may. */
    Duration reserve(String key, RateLimit limit, Instant now) {
        if (limit == null) {
            return Duration.ZERO;
        }
        ArrayDeque<Instant> log = sends.computeIfAbsent(key, k -> new ArrayDeque<>());
        Duration window = window(limit);
        Instant start = now.minus(window);
        while (!log.isEmpty() && !log.peekFirst().isAfter(start)) {
            log.pollFirst();
        }
        if (log.size() < limit.sends()) {
            log.addLast(now);
            return Duration.ZERO;
        }
        return Duration.between(now, log.peekFirst().plus(window));
    }

    /** The limit's window with its margin. */
    static Duration window(RateLimit limit) {
        Duration margin = limit.window().dividedBy(20);
        return limit.window().plus(margin.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : margin);
    }

    /** Forgets keys with no send in the last {@code longest}. */
    void forgetIdle(Instant now, Duration longest) {
        Instant start = now.minus(longest);
        sends.values().removeIf(log -> log.isEmpty() || !log.peekLast().isAfter(start));
    }

    int keys() {
        return sends.size();
    }
}
