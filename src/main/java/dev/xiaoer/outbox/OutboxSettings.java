package dev.xiaoer.outbox;

import java.time.Duration;

/**
 * How the outbox retries and what it keeps.
 *
 * @param retryBase   the wait after the first failure; each further failure doubles it
 * @param retryCap    the longest wait between two attempts
 * @param maxAttempts attempts before an item becomes a dead letter
 * @param senders     deliveries at once (each waits for its receiver)
 * @param keepSent    how long sent items stay in the store (for {@code /admin/outbox})
 */
public record OutboxSettings(Duration retryBase, Duration retryCap, int maxAttempts, int senders, Duration keepSent) {

    public OutboxSettings {
        if (retryBase.isNegative() || retryBase.isZero() || retryCap.compareTo(retryBase) < 0 || maxAttempts < 1
                || senders < 1) {
            throw new IllegalArgumentException("retries need a positive base, a cap at least the base, "
                    + "at least one attempt and one sender");
        }
    }

    /** 2 s doubling up to 10 min, 12 attempts (about 40 minutes), 4 senders, sent items kept 7 days. */
    public static OutboxSettings defaults() {
        return new OutboxSettings(Duration.ofSeconds(2), Duration.ofMinutes(10), 12, 4, Duration.ofDays(7));
    }

    /**
     * The wait after the {@code failures}-th failure: {@code retryBase · 2^(failures-1)}, capped, with
     * jitter (a random point in its upper half), so that receivers coming back are not hit all at once.
     *
     * @param random in [0, 1)
     */
    public Duration backoff(int failures, double random) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long full = Math.min(retryCap.toMillis(), retryBase.toMillis() << doublings);
        if (full < 0) {
            full = retryCap.toMillis();
        }
        return Duration.ofMillis(full / 2 + (long) (random * (full - full / 2)));
    }
}
