package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One write waiting for the writer thread: an exchange, or ({@code exchange} null) a session on its
 * own. Its JSON columns are rendered by the calling thread, to keep the one writer's work short;
 * {@code result} completes with the reply stored for it (null for a session) once it is durable.
 *
 * @param replyJson the reply as stored under its msgId, or null for a message without one: beside its bot line's
 *                  columns ({@link ReplyJson#writeBeside}), whole when it also goes to the outbox (a staff line's:
 *                  the outbox's alone)
 * @param tellOn    where {@code result} is completed (and so what the caller chained on it runs), or null:
 *                  on the store's completer thread
 */
record PendingWrite(Exchange exchange, Session session, String clarifyJson, String replyJson,
                    CompletableFuture<Reply> result, StaffLine staff, Executor tellOn) {

    PendingWrite(Exchange exchange, Session session, String clarifyJson, String replyJson,
                 CompletableFuture<Reply> result) {
        this(exchange, session, clarifyJson, replyJson, result, null, null);
    }

    /** A staff member's line (and its outbox row): no session changes with it. */
    static PendingWrite of(StaffLine line) {
        return new PendingWrite(null, null, null, ReplyJson.write(line.reply()), new CompletableFuture<>(), line, null);
    }

    static PendingWrite of(Exchange exchange) {
        return of(exchange, null);
    }

    /** The exchange, its future completed on {@code tellOn} (null: the completer thread). */
    static PendingWrite of(Exchange exchange, Executor tellOn) {
        return new PendingWrite(exchange, exchange.session(), SessionColumns.clarifyJson(exchange.session().clarifyOptions()),
                replyJson(exchange), new CompletableFuture<>(), null, tellOn);
    }

    private static String replyJson(Exchange e) {
        if (e.msgId() == null) {
            return null;
        }
        return e.outbound() != null ? ReplyJson.write(e.reply()) // the outbox row's too, which has no other columns
                : ReplyJson.writeBeside(e.reply(), e.conversationId(), e.msgId());
    }

    static PendingWrite of(Session session) {
        return new PendingWrite(null, session, SessionColumns.clarifyJson(session.clarifyOptions()), null,
                new CompletableFuture<>());
    }

    String conversationId() {
        return exchange != null ? exchange.conversationId()
                : staff != null ? staff.conversationId() : session.conversationId();
    }

    /** The reply this write stores when it is stored as given: the exchange's, or null for a session. */
    Reply reply() {
        return exchange == null ? null : exchange.reply();
    }
}
