package dev.xiaoer.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox's side of the store: the replies committed with their turns (see
 * {@link Exchange#outbound}) and what became of each delivery. Used by the outbox's sender, which
 * is this store's only writer of delivery states, and read by the admin endpoint. Thread-safe.
 */
public interface OutboxStore {

    /**
     * Pending items due at {@code now}, each the oldest pending one of its conversation (so that a
     * conversation's replies go out in order), the earliest due first; at most {@code limit}.
     */
    List<OutboxItem> due(Instant now, int limit);

    /** When the next pending item falls due, if any is pending. */
    Optional<Instant> nextDue();

    /** Stores what became of deliveries, all in one transaction. */
    void record(List<OutboxUpdate> updates);

    /** Items in {@code state}, the newest first, at most {@code limit}; all states when {@code state} is null. */
    List<OutboxItem> list(OutboxItem.State state, int limit);

    /**
     * Where the conversation's newest outbox item went (its channel, address and rate key, sent at
     * once), or empty when it has none: how a staff reply reaches a conversation that came over a
     * channel that pushes replies.
     */
    Optional<Outbound> lastOutbound(String conversationId);

    /** How many items are in each state. */
    Map<OutboxItem.State, Long> counts();

    /** Deletes items sent before {@code before}; dead letters stay until someone looks. Returns how many. */
    int prune(Instant before);
}
