package dev.xiaoer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.admin.KnowledgeStatus;
import dev.xiaoer.admin.ReloadAttempt;
import dev.xiaoer.conversation.Outcome;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.knowledge.Problem;
import dev.xiaoer.report.UnansweredGroup;
import dev.xiaoer.report.UnansweredJson;
import dev.xiaoer.report.UnansweredReport;
import dev.xiaoer.staff.Handoff;
import dev.xiaoer.staff.Resolution;
import dev.xiaoer.staff.StaffService;
import dev.xiaoer.staff.Suggestion;
import dev.xiaoer.staff.Transcript;
import dev.xiaoer.store.TranscriptEntry;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The staff and admin endpoints, thin: each reads its request on the event loop, runs the work (store
 * reads, a reload) on the back-office executor, and turns the result into JSON. The logic lives in
 * {@code dev.xiaoer.staff}, {@code dev.xiaoer.admin} and {@code dev.xiaoer.report}.
 */
final class BackofficeApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many last lines each handed-off conversation shows. */
    static final int HANDOFF_LINES = 6;
    private static final int MAX_GROUPS = 500;
    private static final int MAX_MISSES = 20_000;

    /** A JSON response: its status and body. */
    record JsonResponse(int status, ObjectNode body) {
    }

    private final Backoffice office;
    private final Executor executor;

    BackofficeApi(Backoffice office, Executor executor) {
        this.office = office;
        this.executor = executor;
    }

    /** Checks the token, reads the request, and answers it off the event loop. */
    CompletableFuture<JsonResponse> handle(Routes.Route route, Routes.Match match, FullHttpRequest request) {
        try {
            office.tokens().check(route.access(), request.headers().get("Authorization"));
            return switch (route.path()) {
                case Routes.SUGGEST -> suggest(request);
                case Routes.HANDOFFS -> async(() -> ok(handoffs(staff().handoffs(HANDOFF_LINES))));
                case Routes.CONVERSATION -> {
                    String id = conversationId(match);
                    yield async(() -> staff().transcript(id).map(t -> ok(transcript(t)))
                            .orElseThrow(() -> unknown(id)));
                }
                case Routes.RESOLVE -> {
                    String id = conversationId(match);
                    yield staff().resolve(id).thenApply(r -> ok(resolution(r.orElseThrow(() -> unknown(id)))));
                }
                case Routes.ADMIN_RELOAD -> async(this::reload);
                case Routes.ADMIN_KNOWLEDGE -> async(() -> ok(knowledge()));
                case Routes.ADMIN_UNANSWERED -> unanswered(request);
                default -> throw new IllegalStateException("a back-office route without a handler: " + route.path());
            };
        } catch (ApiError e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    private StaffService staff() {
        if (office.staff() == null) {
            throw new ApiError(503, "not_ready", "the staff service is not running");
        }
        return office.staff();
    }

    private static ApiError unknown(String id) {
        return new ApiError(404, "unknown_conversation", "no conversation '" + id + "'");
    }

    /** A conversation id from the path: data, never a path; the same rules as in a message. */
    private static String conversationId(Routes.Match match) {
        String id = match.params().get("id");
        MessageParser.checkId("conversationId", id, "invalid_conversation_id");
        return id;
    }

    // ---------------------------------------------------------------- staff

    private CompletableFuture<JsonResponse> suggest(FullHttpRequest request) {
        JsonNode root = MessageParser.object(request);
        String text = MessageParser.string(root, "text", true);
        MessageParser.checkText(text);
        String conversationId = MessageParser.string(root, "conversationId", false);
        if (conversationId != null) {
            MessageParser.checkId("conversationId", conversationId, "invalid_conversation_id");
        }
        int k = 3;
        JsonNode kNode = root.get("k");
        if (kNode != null && !kNode.isNull()) {
            if (!kNode.isIntegralNumber()) {
                throw ApiError.badRequest("wrong_type", "'k' must be an integer, not " + MessageParser.typeName(kNode));
            }
            if (!kNode.canConvertToInt() || kNode.intValue() < 1 || kNode.intValue() > StaffService.MAX_SUGGESTIONS) {
                throw ApiError.badRequest("invalid_k", "'k' must be 1 to " + StaffService.MAX_SUGGESTIONS
                        + ", not " + kNode.asText());
            }
            k = kNode.intValue();
        }
        int limit = k;
        StaffService staff = staff();
        return async(() -> {
            List<Suggestion> list = staff.suggest(text, conversationId, limit)
                    .orElseThrow(() -> ApiError.rejected(Outcome.Rejected.NOT_READY));
            ObjectNode body = JSON.createObjectNode();
            body.put("conversationId", conversationId);
            body.put("knowledgeVersion", office.dialogue().get().map(d -> d.knowledge().version()).orElse(null));
            ArrayNode items = body.putArray("suggestions");
            for (Suggestion s : list) {
                ObjectNode n = items.addObject();
                n.put("source", s.source()).put("faqId", s.faqId()).put("question", s.question())
                        .put("answer", s.answer()).put("confidence", round(s.confidence()));
                ArrayNode words = n.putArray("matchedWords");
                s.matchedWords().forEach(words::add);
                flow(n, s.flow());
            }
            return ok(body);
        });
    }

    private static ObjectNode handoffs(List<Handoff> list) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("handoffs");
        for (Handoff h : list) {
            ObjectNode n = items.addObject();
            n.put("conversationId", h.conversationId()).put("reason", h.reason())
                    .put("since", time(h.since())).put("lastActivity", time(h.lastActivity()));
            entries(n.putArray("lastMessages"), h.lastMessages());
        }
        return body;
    }

    private static ObjectNode transcript(Transcript t) {
        ObjectNode body = JSON.createObjectNode();
        body.put("conversationId", t.conversationId());
        Session s = t.session();
        body.put("handoffReason", s == null || s.handoffReason() == null ? null : s.handoffReason().wire());
        flow(body, s == null || !s.inFlow() ? null : new FlowPosition(s.flowId(), s.stepId(), false));
        body.put("lastActivity", s == null ? null : time(s.lastActivity()));
        entries(body.putArray("messages"), t.entries());
        return body;
    }

    private static ObjectNode resolution(Resolution r) {
        ObjectNode body = JSON.createObjectNode();
        body.put("conversationId", r.conversationId()).put("resolved", r.resolved())
                .put("previousReason", r.previousReason());
        return body;
    }

    private static void entries(ArrayNode out, List<TranscriptEntry> entries) {
        for (TranscriptEntry e : entries) {
            ObjectNode n = out.addObject();
            n.put("role", e.role().name().toLowerCase(Locale.ROOT)).put("msgId", e.msgId())
                    .put("senderId", e.senderId()).put("text", e.text()).put("kind", e.kind())
                    .put("faqId", e.faqId());
            if (e.confidence() == null) {
                n.putNull("confidence");
            } else {
                n.put("confidence", round(e.confidence()));
            }
            n.put("at", time(e.at()));
        }
    }

    private static void flow(ObjectNode node, FlowPosition flow) {
        if (flow == null) {
            node.putNull("flow");
        } else {
            node.putObject("flow").put("id", flow.id()).put("step", flow.step()).put("done", flow.done());
        }
    }

    // ---------------------------------------------------------------- admin

    private JsonResponse reload() {
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

    private ObjectNode knowledge() {
        if (office.reloader() == null) {
            ObjectNode body = JSON.createObjectNode();
            body.put("version", office.dialogue().get().map(d -> d.knowledge().version()).orElse(null));
            body.put("watched", false);
            return body;
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
        return body;
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

    private CompletableFuture<JsonResponse> unanswered(FullHttpRequest request) {
        Map<String, List<String>> query = new QueryStringDecoder(request.uri()).parameters();
        Duration window;
        int limit;
        double below;
        try {
            window = UnansweredReport.window(param(query, "since", "7d"));
            limit = Integer.parseInt(param(query, "limit", "50"));
            below = Double.parseDouble(param(query, "belowConfidence",
                    String.valueOf(UnansweredReport.DEFAULT_BELOW_CONFIDENCE)));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_query", "since is a window like 7d or 12h, limit 1-" + MAX_GROUPS
                    + ", belowConfidence 0-1: " + e.getMessage());
        }
        if (limit < 1 || limit > MAX_GROUPS || !(below >= 0 && below <= 1)) {
            throw ApiError.badRequest("invalid_query", "limit must be 1-" + MAX_GROUPS + " and belowConfidence 0-1");
        }
        Optional<Dialogue> dialogue = office.dialogue().get();
        if (dialogue.isEmpty() || office.store() == null) {
            throw ApiError.rejected(Outcome.Rejected.NOT_READY);
        }
        Dialogue d = dialogue.get();
        return async(() -> {
            Instant since = Instant.now().minus(window);
            var misses = office.store().misses(since, below, MAX_MISSES);
            List<UnansweredGroup> groups = new UnansweredReport(d::candidates, office.simplify(),
                    UnansweredReport.DEFAULT_SIMILARITY).groups(misses, limit);
            ObjectNode body = UnansweredJson.write(since, below, misses.size(), groups);
            body.put("knowledgeVersion", d.knowledge().version());
            return ok(body);
        });
    }

    private static String param(Map<String, List<String>> query, String name, String fallback) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    // ---------------------------------------------------------------- helpers

    private static JsonResponse ok(ObjectNode body) {
        return new JsonResponse(200, body);
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
