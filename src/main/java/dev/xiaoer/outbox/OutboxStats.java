package dev.xiaoer.outbox;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the outbox has done since the process started, per channel: for {@code /metrics}. */
public final class OutboxStats {
    public static final String SENT = "sent";
    public static final String RETRIED = "retried";
    public static final String DEAD = "dead";

    private final Map<String, LongAdder> attempts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rateLimited = new ConcurrentHashMap<>();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder deliveryMillis = new LongAdder();

    void count(String channel, String result) {
        attempts.computeIfAbsent(channel + "\n" + result, k -> new LongAdder()).increment();
    }

    void rateLimited(String channel) {
        rateLimited.computeIfAbsent(channel, k -> new LongAdder()).increment();
    }

    void latency(Duration sinceCommit) {
        delivered.increment();
        deliveryMillis.add(Math.max(0, sinceCommit.toMillis()));
    }

    /** Attempts by "channel\nresult" ({@link #SENT}, {@link #RETRIED}, {@link #DEAD}), sorted. */
    public Map<String, Long> attempts() {
        Map<String, Long> out = new TreeMap<>();
        attempts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Times an item waited for its platform's rate limit, by channel, sorted. */
    public Map<String, Long> rateLimited() {
        Map<String, Long> out = new TreeMap<>();
        rateLimited.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Items delivered, and the seconds from their commit to their delivery, summed. */
    public long delivered() {
        return delivered.sum();
    }

    public double deliverySeconds() {
        return deliveryMillis.sum() / 1000.0;
    }
}
