package dev.xiaoer.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-conversation message rate on the public endpoint: a token bucket per conversation, kept
 * as one number (the generic cell rate algorithm: when the conversation's bucket will next be full).
 * A conversation may send a burst of {@link MessageRate#messages()} at once, then one message per
 * {@code per / messages}. Thread-safe and lock-free per conversation.
 *
 * <p>Memory is bounded: conversations whose bucket has refilled are forgotten (they would start
 * full anyway), once a second while more than {@value #SWEEP_ABOVE} are kept, so the map holds
 * about the conversations of the last few seconds, not every one seen (entries that outlive young
 * collections cost every collection). Should {@code maxTracked} be reached all the same, new
 * conversations go unlimited until some refill, rather than the map growing without bound.
 */
final class ConversationRateLimiter {
    private static final Logger log = LoggerFactory.getLogger(ConversationRateLimiter.class);
    /** Below this many kept, refilled conversations are not looked for. */
    static final int SWEEP_ABOVE = 1024;

    private final long interval;
    private final long burst;
    private final int maxTracked;
    private final LongSupplier nanoTime;
    /** Per conversation: when its bucket is full again (nanoTime); a past time is as good as full. */
    private final Map<String, Long> full = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    ConversationRateLimiter(MessageRate rate, int maxTracked, LongSupplier nanoTime) {
        if (rate.off()) {
            throw new IllegalArgumentException("no limiter for no limit");
        }
        this.interval = rate.per().toNanos() / rate.messages();
        this.burst = interval * rate.messages();
        this.maxTracked = maxTracked;
        this.nanoTime = nanoTime;
        this.lastSweep = new AtomicLong(nanoTime.getAsLong() - 1_000_000_000L);
    }

    /** A limiter for {@code rate}, or null when it is off. */
    static ConversationRateLimiter of(MessageRate rate) {
        return rate.off() ? null : new ConversationRateLimiter(rate, 100_000, System::nanoTime);
    }

    /**
     * Takes one message of {@code conversationId}'s allowance: 0 when it may be sent now, else how
     * many nanoseconds until it may (nothing is taken then).
     */
    long acquire(String conversationId) {
        long now = nanoTime.getAsLong();
        if (full.size() > SWEEP_ABOVE || full.size() >= maxTracked) {
            sweep(now);
            if (full.size() >= maxTracked && !full.containsKey(conversationId)) {
                return 0; // too many to keep: new ones are not limited until some refill
            }
        }
        long[] wait = {0};
        full.compute(conversationId, (k, fullAt) -> {
            long base = fullAt == null || fullAt - now < 0 ? now : fullAt; // refilled: start from now
            long next = base + interval;
            if (next - now > burst) { // the bucket is empty: the message would overflow it
                wait[0] = next - now - burst;
                return fullAt;
            }
            return next;
        });
        return wait[0];
    }

    /** Forgets refilled conversations, at most once a second. */
    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last >= 1_000_000_000L && lastSweep.compareAndSet(last, now)) {
            full.values().removeIf(fullAt -> fullAt - now <= 0);
            if (full.size() >= maxTracked) {
                log.warn("message rate: {} conversations sent messages within one period; new ones go unlimited "
                        + "until some fall quiet", full.size());
            }
        }
    }

    /** Conversations tracked now. */
    int tracked() {
        return full.size();
    }
}
