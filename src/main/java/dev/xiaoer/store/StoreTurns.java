package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The default turn's steps, apart from {@link ConversationStore} so that its type stays the message path's calls. */
final class StoreTurns {
    private StoreTurns() {
    }

    /**
     * The default turn's steps on {@code store}, its exchange committed by {@code commit}: for a store that commits its own
     * way (the SQLite writer, completing on the executor the transport names).
     */
    static CompletableFuture<Reply> turn(ConversationStore store, String conversationId, String msgId,
                                         Function<Arrival, Exchange> decide,
                                         Function<Exchange, CompletableFuture<Reply>> commit) {
        Exchange exchange;
        try {
            Arrival known = store.arrival(conversationId, msgId);
            if (known.earlier().isPresent()) {
                return CompletableFuture.completedFuture(known.earlier().get());
            }
            exchange = decide.apply(known);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return commit.apply(exchange);
    }
}
