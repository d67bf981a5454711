package dev.xiaoer.server;

import static dev.xiaoer.server.BackofficeApi.JSON;
import static dev.xiaoer.server.BackofficeApi.ok;
import static dev.xiaoer.server.BackofficeApi.round;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.conversation.Outcome;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.eval.EvalCases;
import dev.xiaoer.eval.EvalReport;
import dev.xiaoer.eval.Evaluator;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Source;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.server.BackofficeApi.JsonResponse;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import io.netty.handler.codec.http.FullHttpRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The knowledge editors' reads behind {@code /console/knowledge}: the entries and flows as the bot
 * sees them ({@code GET /admin/knowledge/entries}), what the bot would answer to a message and why
 * ({@code POST /admin/try}), and the eval figures of the loaded knowledge ({@code GET /admin/eval}).
 * {@link BackofficeApi} runs each on the back-office executor.
 */
final class EditorApi {
    /** How many candidates "what would the bot answer?" shows. */
    static final int TRY_CANDIDATES = 5;

    private final Backoffice office;
    /** The last eval report, by the knowledge version it measured: a report is computed once per version. */
    private final Map<String, ObjectNode> evals = new ConcurrentHashMap<>();

    EditorApi(Backoffice office) {
        this.office = office;
    }

    private Dialogue dialogue() {
        return office.dialogue().get().orElseThrow(() -> ApiError.rejected(Outcome.Rejected.NOT_READY));
    }

    /** {@code GET /admin/knowledge/entries}: every FAQ entry and flow, with the file and line it comes from. */
    JsonResponse entries() {
        KnowledgeBase kb = dialogue().knowledge();
        String root = office.reloader() == null ? null : office.reloader().status().location() + "/";
        ObjectNode body = JSON.createObjectNode();
        body.put("version", kb.version());
        ArrayNode faqs = body.putArray("faqs");
        for (FaqEntry e : kb.faqs()) {
            ObjectNode n = faqs.addObject();
            n.put("id", e.id()).put("question", e.question()).put("answer", e.answer().strip()).put("flow", e.flow())
                    .put("source", source(root, e.source()));
            ArrayNode alternates = n.putArray("alternates");
            e.alternates().forEach(alternates::add);
        }
        ArrayNode flows = body.putArray("flows");
        for (Flow f : kb.flows().values()) {
            ObjectNode n = flows.addObject();
            n.put("id", f.id()).put("title", f.title()).put("start", f.start())
                    .put("source", source(root, f.source()));
            ArrayNode steps = n.putArray("steps");
            for (FlowStep s : f.steps().values()) {
                ObjectNode step = steps.addObject().put("id", s.id()).put("say", s.say() == null ? "" : s.say().strip());
                ArrayNode options = step.putArray("options");
                for (StepOption o : s.options()) {
                    options.addObject().put("label", o.label()).put("next", o.next());
                }
            }
        }
        return ok(body);
    }

    /** {@code file:line}, the file relative to the knowledge directory. */
    private static String source(String root, Source source) {
        if (source == null) {
            return null;
        }
        String s = source.toString();
        return root != null && s.startsWith(root) ? s.substring(root.length()) : s;
    }

    /**
     * {@code POST /admin/try} {@code {"text"}}: the reply a new conversation would get (kind, text,
     * confidence, entry) and the best candidates with their scores and the words they share with it.
     * Nothing is stored.
     */
    Supplier<JsonResponse> tryAnswer(FullHttpRequest request) {
        JsonNode root = MessageParser.object(request);
        String text = MessageParser.string(root, "text", true);
        MessageParser.checkText(text);
        Dialogue d = dialogue();
        return () -> {
            Reply reply = d.handle(null, "try", text, Instant.now()).reply();
            ObjectNode body = JSON.createObjectNode();
            body.put("knowledgeVersion", d.knowledge().version());
            body.putObject("reply").put("kind", reply.kind().wire()).put("text", reply.text())
                    .put("faqId", reply.faqId()).put("confidence", round(reply.confidence()))
                    .set("options", options(reply));
            ArrayNode candidates = body.putArray("candidates");
            for (Candidate c : d.candidates(text, TRY_CANDIDATES)) {
                ObjectNode n = candidates.addObject().put("faqId", c.faqId()).put("question", c.question())
                        .put("score", round(c.score())).put("matchedPhrasing", c.matchedPhrasing());
                ArrayNode words = n.putArray("matchedWords");
                c.matchedWords().forEach(words::add);
            }
            return ok(body);
        };
    }

    private static ArrayNode options(Reply reply) {
        ArrayNode out = JSON.createArrayNode();
        for (Object o : reply.options()) {
            out.add(o instanceof Related r ? r.question() : String.valueOf(o));
        }
        return out;
    }

    /**
     * {@code GET /admin/eval}: the labelled cases ({@code --eval-cases}) measured on the knowledge
     * loaded now; computed once per knowledge version (it builds an index of its own).
     */
    JsonResponse eval() {
        Dialogue d = dialogue();
        KnowledgeBase kb = d.knowledge();
        ObjectNode body = JSON.createObjectNode();
        body.put("knowledgeVersion", kb.version());
        if (office.evalCases() == null || !Files.isRegularFile(office.evalCases())) {
            body.putNull("cases").put("detail", "no labelled cases: serve --eval-cases FILE (default eval/cases.yaml)");
            return ok(body);
        }
        String key = kb.version() + "\n" + office.evalCases();
        ObjectNode cached = evals.get(key);
        if (cached != null) {
            return ok(cached);
        }
        EvalReport r;
        try {
            Retriever retriever = Retriever.build(kb, new TextNormalizer(kb, new ScriptConverter()),
                    RetrievalSettings.defaults());
            r = new Evaluator(retriever).run(EvalCases.read(office.evalCases()));
        } catch (IOException | RuntimeException e) {
            throw new ApiError(503, "eval_failed", "the eval cases could not be run: " + e.getMessage());
        }
        body.put("file", office.evalCases().toString()).put("cases", r.cases()).put("inScope", r.inScope())
                .put("outOfScope", r.outOfScope()).put("top1", round(r.top1())).put("top3", round(r.top3()))
                .put("top1OrClarify", round(r.top1OrClarify())).put("wrongAnswerRate", round(r.wrongAnswerRate()))
                .put("oosDeclined", round(r.oosDeclined())).put("misses", r.misses().size());
        evals.clear(); // only the current version's is worth keeping
        evals.put(key, body);
        return ok(body);
    }
}
