package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.util.Objects;

/**
 * What became of one {@link PendingWrite} in a group commit: decided on the writer thread once the
 * transaction is over, told to the waiting caller on the completer thread.
 */
sealed interface WriteOutcome {

    /** Whether the file now holds the write as given, so that the session cache may hold its session. */
    default boolean storedAsGiven() {
        return false;
    }

    /** Completes the future of {@code write}, the write this is the outcome of. */
    void tell(PendingWrite write);

    /**
     * Committed as given: the exchange with its own reply, or the session. The usual outcome, and one
     * instance, so that it costs no allocation per message.
     */
    enum Stored implements WriteOutcome {
        AS_GIVEN;

        @Override
        public boolean storedAsGiven() {
            return true;
        }

        @Override
        public void tell(PendingWrite write) {
            write.result().complete(write.reply());
        }
    }

    /**
     * The exchange's msgId had been answered (before, or earlier in the same transaction): nothing
     * was written, and the first reply stands.
     */
    record AlreadyAnswered(Reply earlier) implements WriteOutcome {
        public AlreadyAnswered {
            Objects.requireNonNull(earlier, "earlier");
        }

        @Override
        public void tell(PendingWrite write) {
            write.result().complete(earlier);
        }
    }

    /** Not stored: its transaction was rolled back, or its commit failed (and may have reached the disk). */
    record Failed(StoreException error) implements WriteOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public void tell(PendingWrite write) {
            write.result().completeExceptionally(error);
        }
    }
}
