package dev.xiaoer.server;

import static dev.xiaoer.server.BackofficeApi.JSON;
import static dev.xiaoer.server.BackofficeApi.ok;
import static dev.xiaoer.server.BackofficeApi.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.conversation.Outcome;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.knowledge.Problem;
import dev.xiaoer.reload.KnowledgeStatus;
import dev.xiaoer.reload.ReloadAttempt;
import dev.xiaoer.report.UnansweredGroup;
import dev.xiaoer.report.UnansweredJson;
import dev.xiaoer.report.UnansweredReport;
import dev.xiaoer.server.BackofficeApi.JsonResponse;
import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.OutboxStore;
import io.netty.handler.codec.http.FullHttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The admin endpoints for knowledge editors ({@code /admin/reload}, {@code /admin/knowledge},
 * {@code /admin/unanswered}) and operators ({@code /admin/outbox}), thin: reloading is {@code dev.xiaoer.reload}'s, the report
 * {@code dev.xiaoer.report}'s. {@link BackofficeApi} decides where each runs.
 */
final class AdminApi {
    private static final int MAX_MISSES = 20_000;
    private static final int MAX_OUTBOX = 500;

    private final Backoffice office;

    AdminApi(Backoffice office) {
        this.office = office;
    }

    /** {@code POST /admin/reload}: 200 with the attempt, 422 when the knowledge is invalid (the old keeps serving). */
    JsonResponse reload() {
        if (office.reloader() == null) {
            throw new ApiError(503, "not_ready", "knowledge reloading is not running");
        }
        ReloadAttempt attempt = office.reloader().reload("admin");
        ObjectNode body = attempt(attempt);
        if (!attempt.ok()) {
            body.putObject("error").put("code", "invalid_knowledge").put("message",
                    "the knowledge has " + attempt.problems().size() + " problem(s); still serving " + attempt.version());
            return new JsonResponse(422, body);
        }
        return ok(body);
    }

    /** {@code GET /admin/knowledge}: what serves and how reloading goes. */
    JsonResponse knowledge() {
        if (office.reloader() == null) {
            ObjectNode body = JSON.createObjectNode();
            body.put("version", office.dialogue().get().map(d -> d.knowledge().version()).orElse(null));
            body.put("watched", false);
            return ok(body);
        }
        KnowledgeStatus s = office.reloader().status();
        ObjectNode body = JSON.createObjectNode();
        body.put("location", s.location()).put("watched", s.watched()).put("version", s.version())
                .put("loadedAt", time(s.loadedAt())).put("reloads", s.reloads()).put("unchanged", s.unchanged())
                .put("failures", s.failures());
        if (s.lastAttempt() == null) {
            body.putNull("lastAttempt");
        } else {
            body.set("lastAttempt", attempt(s.lastAttempt()));
        }
        return ok(body);
    }

    private static ObjectNode attempt(ReloadAttempt a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("at", time(a.at())).put("trigger", a.trigger()).put("ok", a.ok()).put("changed", a.changed())
                .put("version", a.version());
        ArrayNode problems = n.putArray("problems");
        for (Problem p : a.problems()) {
            problems.addObject().put("path", p.path()).put("line", p.line()).put("message", p.message())
                    .put("text", p.toString());
        }
        return n;
    }

    /**
     * {@code GET /admin/unanswered}: checks the query; the work it returns reads the misses, groups
     * them, and answers one page of the groups ({@code limit} of them, most asked first). A cursor
     * keeps the first page's window start, so the pages after it group the same questions.
     */
    Supplier<JsonResponse> unanswered(FullHttpRequest request) {
        Map<String, List<String>> query = Paging.query(request);
        Duration window;
        double below;
        try {
            window = UnansweredReport.window(param(query, "since", "7d"));
            below = Double.parseDouble(param(query, "belowConfidence",
                    String.valueOf(UnansweredReport.DEFAULT_BELOW_CONFIDENCE)));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_query", "since is a window like 7d or 12h, belowConfidence 0-1: "
                    + e.getMessage());
        }
        if (!(below >= 0 && below <= 1)) {
            throw ApiError.badRequest("invalid_query", "belowConfidence must be 0-1");
        }
        Paging paging = Paging.of(request, Paging.Kind.UNANSWERED);
        Instant pinned = null;
        int offset = 0;
        if (paging.after() != null) { // "<window start, ms>:<groups already listed>"
            String[] parts = paging.after().split(":", 2);
            try {
                pinned = Instant.ofEpochMilli(Long.parseLong(parts[0]));
                offset = Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                throw Paging.invalid();
            }
            if (offset < 0) {
                throw Paging.invalid();
            }
        }
        Optional<Dialogue> dialogue = office.dialogue().get();
        if (dialogue.isEmpty() || office.store() == null) {
            throw ApiError.rejected(Outcome.Rejected.NOT_READY);
        }
        Dialogue d = dialogue.get();
        Instant from = pinned;
        int skip = offset;
        int limit = paging.limit();
        return () -> {
            Instant since = from != null ? from : Instant.now().minus(window);
            var misses = office.store().misses(since, below, MAX_MISSES);
            List<UnansweredGroup> groups = new UnansweredReport(d::candidates, office.simplify(),
                    UnansweredReport.DEFAULT_SIMILARITY).groups(misses, skip + limit + 1);
            List<UnansweredGroup> page = groups.subList(Math.min(skip, groups.size()),
                    Math.min(skip + limit, groups.size()));
            ObjectNode body = UnansweredJson.write(since, below, misses.size(), page);
            body.put("knowledgeVersion", d.knowledge().version());
            body.put("nextCursor", groups.size() > skip + limit
                    ? Paging.cursor(Paging.Kind.UNANSWERED, since.toEpochMilli() + ":" + (skip + limit)) : null);
            return ok(body);
        };
    }

    /**
     * {@code GET /admin/outbox}: how many replies are pending, sent and dead, and the newest items
     * ({@code state} to pick one, {@code limit} 1-{@value #MAX_OUTBOX}), without their addresses.
     */
    Supplier<JsonResponse> outbox(FullHttpRequest request) {
        Map<String, List<String>> query = Paging.query(request);
        OutboxItem.State state;
        int limit;
        try {
            String s = param(query, "state", null);
            state = s == null ? null : OutboxItem.State.fromWire(s);
            limit = Integer.parseInt(param(query, "limit", "50"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_query", "state is pending, sent or dead; limit 1-" + MAX_OUTBOX);
        }
        if (limit < 1 || limit > MAX_OUTBOX) {
            throw ApiError.badRequest("invalid_query", "limit must be 1-" + MAX_OUTBOX);
        }
        if (office.store() == null) {
            throw ApiError.rejected(Outcome.Rejected.NOT_READY);
        }
        OutboxStore outbox = office.store().outbox();
        return () -> {
            ObjectNode body = JSON.createObjectNode();
            ObjectNode counts = body.putObject("counts");
            outbox.counts().forEach((s, n) -> counts.put(s.wire(), n));
            ArrayNode items = body.putArray("items");
            for (OutboxItem i : outbox.list(state, limit)) {
                items.addObject().put("deliveryId", i.deliveryId()).put("conversationId", i.conversationId())
                        .put("msgId", i.msgId()).put("channel", i.channel()).put("state", i.state().wire())
                        .put("attempts", i.attempts()).put("createdAt", time(i.createdAt()))
                        .put("nextAttemptAt", i.state() == OutboxItem.State.PENDING ? time(i.nextAttemptAt()) : null)
                        .put("doneAt", time(i.doneAt())).put("lastError", i.lastError()).put("text", i.reply().text());
            }
            return ok(body);
        };
    }

    private static String param(Map<String, List<String>> query, String name, String fallback) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }
}
