package dev.xiaoer.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.FullHttpRequest;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The token-guarded side of the HTTP API (and the web chat's history, read the same way), every route of it in one table: checks each request's bearer
 * token, and has the {@link StaffApi} or the {@link AdminApi} answer it, their work (store reads, a
 * reload) on the back-office executor, off the event loop. Also how both write times and scores.
 */
final class BackofficeApi {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON response: its status and body. */
    record JsonResponse(int status, ObjectNode body) {
    }

    private final AccessTokens tokens;
    private final StaffApi staff;
    private final AdminApi admin;
    private final EditorApi editor;
    private final Executor executor;

    BackofficeApi(Backoffice office, Executor executor) {
        this.tokens = office.tokens();
        this.staff = new StaffApi(office);
        this.admin = new AdminApi(office);
        this.editor = new EditorApi(office);
        this.executor = executor;
    }

    /**
     * Checks the token and the request on the event loop, then does the work on the back-office
     * executor; resolving runs in its conversation's order instead.
     */
    CompletableFuture<JsonResponse> handle(Routes.Route route, Routes.Match match, FullHttpRequest request) {
        try {
            tokens.check(route.access(), request.headers().get("Authorization"));
            return switch (route.path()) {
                case Routes.SUGGEST -> async(staff.suggest(request));
                case Routes.HANDOFFS -> async(staff.handoffs(request));
                case Routes.CONVERSATION -> async(staff.transcript(match, request));
                case Routes.RESOLVE -> staff.resolve(match);
                case Routes.TAKEOVER -> staff.takeOver(match);
                case Routes.REPLY -> staff.reply(match, request);
                case Routes.CHAT_HISTORY -> async(staff.chatHistory(request));
                case Routes.ADMIN_ENTRIES -> async(editor::entries);
                case Routes.ADMIN_TRY -> async(editor.tryAnswer(request));
                case Routes.ADMIN_EVAL -> async(editor::eval);
                case Routes.ADMIN_RELOAD -> async(admin::reload);
                case Routes.ADMIN_KNOWLEDGE -> async(admin::knowledge);
                case Routes.ADMIN_UNANSWERED -> async(admin.unanswered(request));
                case Routes.ADMIN_OUTBOX -> async(admin.outbox(request));
                default -> throw new IllegalStateException("a back-office route without a handler: " + route.path());
            };
        } catch (ApiError e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<JsonResponse> async(Supplier<JsonResponse> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    static JsonResponse ok(ObjectNode body) {
        return new JsonResponse(200, body);
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
