package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.time.Instant;
import java.util.Locale;

/**
 * One reply in the outbox, as stored.
 *
 * @param deliveryId    stable across attempts (see {@link Outbound#deliveryId})
 * @param msgId         the message it answers, or null
 * @param attempts      failed attempts so far
 * @param nextAttemptAt when a pending item is due
 * @param doneAt        when it was sent or given up, else null
 * @param lastError     why the last attempt failed, or null
 */
public record OutboxItem(long id, String deliveryId, String conversationId, String msgId, String channel,
                         String address, String rateKey, Reply reply, State state, int attempts,
                         Instant nextAttemptAt, Instant createdAt, Instant doneAt, String lastError) {

    /** Pending (waiting or being retried), sent, or dead (given up: the dead letters). */
    public enum State {
        PENDING, SENT, DEAD;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State fromWire(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }
}
