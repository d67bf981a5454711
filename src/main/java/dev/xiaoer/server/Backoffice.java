package dev.xiaoer.server;

import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.reload.KnowledgeReloader;
import dev.xiaoer.staff.StaffService;
import dev.xiaoer.store.ConversationStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The staff and admin side of the service: the tokens that open it and the services behind it.
 *
 * @param reloader   reloads the knowledge on {@code POST /admin/reload}, or null when reloading is off
 * @param simplify   Traditional to Simplified script, for grouping unanswered questions
 */
public record Backoffice(AccessTokens tokens, StaffService staff, KnowledgeReloader reloader,
                         ConversationStore store, Supplier<Optional<Dialogue>> dialogue,
                         UnaryOperator<String> simplify) {

    /** Closed: every staff and admin endpoint answers 403. */
    public static Backoffice closed() {
        return new Backoffice(AccessTokens.none(), null, null, null, Optional::empty, UnaryOperator.identity());
    }

    /** The back office over the use case's store and dialogue; staff work keeps its conversations' order. */
    public static Backoffice of(AccessTokens tokens, Conversations service, ConversationStore store,
                                KnowledgeReloader reloader, UnaryOperator<String> simplify, Clock clock) {
        return new Backoffice(tokens, new StaffService(store, service::dialogue, service, clock), reloader, store,
                service::dialogue, simplify);
    }

    @Override
    public String toString() {
        return "Backoffice[" + tokens + "]";
    }
}
