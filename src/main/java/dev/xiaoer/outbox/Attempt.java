package dev.xiaoer.outbox;

import java.time.Duration;
import java.util.Objects;

/** What one delivery attempt came to, as a {@link Courier} reports it. */
public sealed interface Attempt {

    /** The receiver took it. */
    record Delivered() implements Attempt {
    }

    /**
     * It failed. {@code retryable}: it may work later (a 5xx, a timeout, a rate limit, an expired
     * token); else it never will (a 4xx, an expired sessionWebhook) and becomes a dead letter at once.
     *
     * @param reason     for the log and {@code /admin/outbox}: never a secret, a token or a full URL
     * @param retryAfter how long the receiver asked us to wait, or null
     */
    record Failed(String reason, boolean retryable, Duration retryAfter) implements Attempt {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    Delivered DELIVERED = new Delivered();

    static Attempt retry(String reason) {
        return new Failed(reason, true, null);
    }

    static Attempt retry(String reason, Duration after) {
        return new Failed(reason, true, after);
    }

    static Attempt giveUp(String reason) {
        return new Failed(reason, false, null);
    }
}
