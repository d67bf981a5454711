package dev.xiaoer.store;

import java.time.Instant;
import java.util.Objects;

/** What became of one delivery, as {@link OutboxStore#record} stores it. */
public sealed interface OutboxUpdate {

    /** Delivered (the receiver answered with success). */
    record Sent(long id, Instant at) implements OutboxUpdate {
    }

    /** Delivered another way before the sender got to it (a passive reply in the platform's response). */
    record Settled(String deliveryId, Instant at) implements OutboxUpdate {
        public Settled {
            Objects.requireNonNull(deliveryId, "deliveryId");
        }
    }

    /** Failed; tried again at {@code next}. */
    record Retry(long id, int attempts, Instant next, String error) implements OutboxUpdate {
    }

    /** Given up: a dead letter, kept for {@code /admin/outbox}. */
    record Dead(long id, int attempts, Instant at, String error) implements OutboxUpdate {
    }
}
