package dev.xiaoer.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate limits, as a sliding log per key: a send is allowed when fewer than the limit's sends
 * happened in the window before it, so no window ever holds more (a token bucket would let a burst
 * and its refill into one minute). Used by the dispatcher thread only.
 */
final class SendWindows {
    private final Map<String, ArrayDeque<Instant>> sends = new HashMap<>();

    /** Zero when a send under {@code key} may go now (and counts it), else how long until one may. */
    Duration reserve(String key, RateLimit limit, Instant now) {
        if (limit == null) {
            return Duration.ZERO;
        }
        ArrayDeque<Instant> log = sends.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant start = now.minus(limit.window());
        while (!log.isEmpty() && !log.peekFirst().isAfter(start)) {
            log.pollFirst();
        }
        if (log.size() < limit.sends()) {
            log.addLast(now);
            return Duration.ZERO;
        }
        return Duration.between(now, log.peekFirst().plus(limit.window()));
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
