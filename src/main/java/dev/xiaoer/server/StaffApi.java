package dev.xiaoer.server;

import static dev.xiaoer.server.BackofficeApi.JSON;
import static dev.xiaoer.server.BackofficeApi.ok;
import static dev.xiaoer.server.BackofficeApi.round;
import static dev.xiaoer.server.BackofficeApi.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.conversation.Outcome;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.server.BackofficeApi.JsonResponse;
import dev.xiaoer.staff.Handoff;
import dev.xiaoer.staff.Resolution;
import dev.xiaoer.staff.StaffReply;
import dev.xiaoer.staff.StaffService;
import dev.xiaoer.staff.Suggestion;
import dev.xiaoer.staff.Transcript;
import dev.xiaoer.store.Page;
import dev.xiaoer.store.TranscriptEntry;
import dev.xiaoer.web.WebChat;
import io.netty.handler.codec.http.FullHttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The staff endpoints ({@code /v1/suggest}, {@code /v1/handoffs}, {@code /v1/conversations/{id}} and
 * its {@code /resolve}), thin: each checks its request, calls {@link StaffService}, and writes the
 * result as JSON. {@link BackofficeApi} decides where each runs.
 */
final class StaffApi {
    /** How many last lines each handed-off conversation shows. */
    static final int HANDOFF_LINES = 6;
    /** How many last lines of its conversation the web chat shows again. */
    static final int CHAT_HISTORY_LINES = 500;

    private final Backoffice office;

    StaffApi(Backoffice office) {
        this.office = office;
    }

    /** {@code POST /v1/suggest}: checks the request; the work it returns reads the store and retrieves. */
    Supplier<JsonResponse> suggest(FullHttpRequest request) {
        JsonNode root = MessageParser.object(request);
        String text = MessageParser.string(root, "text", true);
        MessageParser.checkText(text);
        String conversationId = MessageParser.string(root, "conversationId", false);
        if (conversationId != null) {
            MessageParser.checkId("conversationId", conversationId, "invalid_conversation_id");
        }
        int k = k(root);
        StaffService staff = staff();
        return () -> {
            List<Suggestion> list = staff.suggest(text, conversationId, k)
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
        };
    }

    /**
     * {@code GET /v1/handoffs}: checks the paging; the work it returns reads a page of the conversations
     * with a person, each with its last lines.
     */
    Supplier<JsonResponse> handoffs(FullHttpRequest request) {
        Paging paging = Paging.of(request, Paging.Kind.HANDOFFS);
        StaffService staff = staff();
        return () -> {
            Page<Handoff> page = page(() -> staff.handoffs(paging.after(), paging.limit(), HANDOFF_LINES));
            ObjectNode body = JSON.createObjectNode();
            ArrayNode items = body.putArray("handoffs");
            for (Handoff h : page.items()) {
                ObjectNode n = items.addObject();
                n.put("conversationId", h.conversationId()).put("reason", h.reason())
                        .put("since", time(h.since())).put("lastActivity", time(h.lastActivity()));
                entries(n.putArray("lastMessages"), h.lastMessages());
            }
            body.put("nextCursor", Paging.cursor(Paging.Kind.HANDOFFS, page.next()));
            return ok(body);
        };
    }

    /** {@code GET /v1/conversations/{id}}: checks the id and paging; the work it returns reads a page of the transcript. */
    Supplier<JsonResponse> transcript(Routes.Match match, FullHttpRequest request) {
        String id = conversationId(match);
        Paging paging = Paging.of(request, Paging.Kind.TRANSCRIPT);
        StaffService staff = staff();
        return () -> page(() -> staff.transcript(id, paging.after(), paging.limit())).map(t -> ok(transcript(t)))
                .orElseThrow(() -> unknown(id));
    }

    /** A store read with a cursor: a position the store did not give is the client's mistake. */
    private static <T> T page(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw Paging.invalid();
        }
    }

    /** {@code POST /v1/conversations/{id}/resolve}: in order with the conversation's messages. */
    CompletableFuture<JsonResponse> resolve(Routes.Match match) {
        String id = conversationId(match);
        return staff().resolve(id).thenApply(r -> ok(resolution(r.orElseThrow(() -> unknown(id)))));
    }

    /** {@code POST /v1/conversations/{id}/takeover}: a person holds it now; in order with its messages. */
    CompletableFuture<JsonResponse> takeOver(Routes.Match match) {
        String id = conversationId(match);
        return staff().takeOver(id).thenApply(r -> {
            boolean changed = r.orElseThrow(() -> unknown(id));
            return ok(JSON.createObjectNode().put("conversationId", id).put("takenOver", changed));
        });
    }

    /**
     * {@code POST /v1/conversations/{id}/reply}: a staff member's reply, {@code {"text", "staffId"}};
     * stored in the transcript and sent through the conversation's channel by the outbox.
     */
    CompletableFuture<JsonResponse> reply(Routes.Match match, FullHttpRequest request) {
        String id = conversationId(match);
        JsonNode root = MessageParser.object(request);
        String text = MessageParser.string(root, "text", true);
        MessageParser.checkText(text);
        String staffId = MessageParser.string(root, "staffId", false);
        if (staffId != null) {
            MessageParser.checkId("staffId", staffId, "invalid_staff_id");
        }
        return staff().reply(id, text.strip(), staffId).thenApply(r -> {
            StaffReply sent = r.orElseThrow(() -> unknown(id));
            return ok(JSON.createObjectNode().put("conversationId", id).put("id", sent.lineId())
                    .put("at", time(sent.at())).put("channel", sent.channel()).put("tookOver", sent.tookOver()));
        });
    }

    /**
     * {@code GET /chat/history?conversationId=web-…}: the seller web chat's own lines, for its page to
     * show again after a reload or a reconnect. Only web chat conversations: the id is the page's secret.
     */
    Supplier<JsonResponse> chatHistory(FullHttpRequest request) {
        List<String> ids = Paging.query(request).get("conversationId");
        String id = ids == null || ids.isEmpty() ? null : ids.get(0);
        if (!WebChat.isWebConversation(id)) {
            throw ApiError.badRequest("invalid_conversation_id", "conversationId must be a web chat's id (web-…)");
        }
        StaffService staff = staff();
        return () -> {
            ObjectNode body = JSON.createObjectNode();
            body.put("conversationId", id);
            ArrayNode lines = body.putArray("messages");
            staff.recent(id, CHAT_HISTORY_LINES).ifPresent(t -> {
                body.put("withPerson", t.session() != null && t.session().handedOff());
                for (TranscriptEntry e : t.entries()) {
                    if (e.text().isEmpty()) {
                        continue; // the bot's silence while a person holds the conversation
                    }
                    lines.addObject().put("role", e.role().name().toLowerCase(Locale.ROOT)).put("text", e.text())
                            .put("kind", e.kind()).put("at", time(e.at()));
                }
            });
            return ok(body);
        };
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

    /** How many suggestions: {@code k}, 3 when absent. */
    private static int k(JsonNode root) {
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
        return k;
    }

    private static ObjectNode transcript(Transcript t) {
        ObjectNode body = JSON.createObjectNode();
        body.put("conversationId", t.conversationId());
        Session s = t.session();
        body.put("handoffReason", s == null || s.handoffReason() == null ? null : s.handoffReason().wire());
        flow(body, s == null || !s.inFlow() ? null : new FlowPosition(s.flowId(), s.stepId(), false));
        body.put("lastActivity", s == null ? null : time(s.lastActivity()));
        entries(body.putArray("messages"), t.entries());
        body.put("nextCursor", Paging.cursor(Paging.Kind.TRANSCRIPT, t.next()));
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
}
