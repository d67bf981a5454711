package dev.xiaoer.conversation;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs work in a conversation's message order: after the messages already accepted for it, before
 * any that come later, so that a staff action and a seller's message never overwrite each other's
 * session. {@link Conversations} provides it.
 */
public interface ConversationOrder {

    /**
     * Runs {@code work} in {@code conversationId}'s order. The future fails with what {@code work}
     * threw, or with a {@link Refused} when it cannot run.
     */
    <T> CompletableFuture<T> inOrder(String conversationId, Supplier<T> work);

    /** Work turned away, and why (for instance {@link Outcome.Rejected#SHUTTING_DOWN}). */
    final class Refused extends RuntimeException {
        private final Outcome.Rejected reason;

        public Refused(Outcome.Rejected reason) {
            super(reason.name().toLowerCase(java.util.Locale.ROOT), null, false, false);
            this.reason = reason;
        }

        public Outcome.Rejected reason() {
            return reason;
        }
    }
}
