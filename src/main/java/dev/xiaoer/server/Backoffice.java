package dev.xiaoer.server;

import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.reload.KnowledgeReloader;
import dev.xiaoer.staff.ReplyRoute;
import dev.xiaoer.staff.StaffService;
import dev.xiaoer.store.ConversationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The staff and admin side of the service: the tokens that open it and the services behind it.
 *
 * @param reloader   reloads the knowledge on {@code POST /admin/reload}, or null when reloading is off
 * @param simplify   Traditional to Simplified script, for grouping unanswered questions
 * @param evalCases  the labelled cases {@code GET /admin/eval} measures the loaded knowledge on, or null
 */
public record Backoffice(AccessTokens tokens, StaffService staff, KnowledgeReloader reloader,
                         ConversationStore store, Supplier<Optional<Dialogue>> dialogue,
                         UnaryOperator<String> simplify, Path evalCases) {

    /** Closed: every staff and admin endpoint answers 403. */
    public static Backoffice closed() {
        return new Backoffice(AccessTokens.none(), null, null, null, Optional::empty, UnaryOperator.identity(), null);
    }

    /**
     * The back office over the use case's store and dialogue; staff work keeps its conversations' order.
     * Staff replies stay in the transcript (no channel pushes them); no eval cases.
     */
    public static Backoffice of(AccessTokens tokens, Conversations service, ConversationStore store,
                                KnowledgeReloader reloader, UnaryOperator<String> simplify, Clock clock) {
        return of(tokens, service, store, reloader, simplify, clock, id -> Optional.empty(), () -> { }, null);
    }

    /**
     * With staff replies pushed where {@code route} says, through the outbox ({@code outboxWake} tells it
     * one was stored); a conversation with no such way keeps them in its transcript.
     */
    public static Backoffice of(AccessTokens tokens, Conversations service, ConversationStore store,
                                KnowledgeReloader reloader, UnaryOperator<String> simplify, Clock clock,
                                ReplyRoute route, Runnable outboxWake, Path evalCases) {
        return new Backoffice(tokens, new StaffService(store, service::dialogue, service, clock, route, outboxWake),
                reloader, store, service::dialogue, simplify, evalCases);
    }

    @Override
    public String toString() {
        return "Backoffice[" + tokens + "]";
    }
}
