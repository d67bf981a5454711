package dev.xiaoer.outbox;

import dev.xiaoer.store.OutboxItem;

/**
 * Delivers the outbox items of one channel: renders the reply in the platform's format and sends it
 * to the item's address (its send API, a sessionWebhook, a callback URL). Every channel that
 * pushes replies has one; the {@link Outbox} decides when each item is tried.
 */
public interface Courier {

    /** The channel whose items it delivers, as in {@link dev.xiaoer.store.Outbound#channel}. */
    String channel();

    /** What the platform allows per rate key ({@link OutboxItem#rateKey}), or null for no limit. */
    RateLimit rateLimit();

    /**
     * One attempt, blocking until the receiver answers (with a timeout); never throws: every failure
     * is an {@link Attempt.Failed}. Sends the item's delivery id along, so repeats can be dropped.
     */
    Attempt deliver(OutboxItem item);
}
