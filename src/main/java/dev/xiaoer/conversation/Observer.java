package dev.xiaoer.conversation;

import dev.xiaoer.dialogue.Reply;

/**
 * What {@link Conversations} reports as it works, for whoever keeps the metrics and the log (the
 * server). Called on the workers and the store's threads: implementations are quick and thread-safe.
 */
public interface Observer {

    /**
     * A message was answered, or answered again for a repeated msgId ({@code duplicate}), {@code nanos}
     * after it arrived; its reply is stored.
     */
    void replied(Message message, Reply reply, boolean duplicate, long nanos);

    /** One call to the conversation store took {@code nanos}. */
    void storeCall(long nanos);

    /** Reports nothing. */
    static Observer none() {
        return new Observer() {
            @Override
            public void replied(Message message, Reply reply, boolean duplicate, long nanos) {
            }

            @Override
            public void storeCall(long nanos) {
            }
        };
    }
}
