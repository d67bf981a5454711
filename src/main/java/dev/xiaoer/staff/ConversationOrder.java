package dev.xiaoer.staff;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs work in a conversation's message order: after the messages already accepted for it, before
 * any that come later, so that a staff action and a seller's message never overwrite each other's
 * session. The message service provides it.
 */
public interface ConversationOrder {

    /** Runs {@code work} in {@code conversationId}'s order; the future fails when it cannot run. */
    <T> CompletableFuture<T> inOrder(String conversationId, Supplier<T> work);
}
