package dev.xiaoer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.outbox.OutboxSettings;
import dev.xiaoer.reload.KnowledgeReloader;
import dev.xiaoer.reload.KnowledgeWatcher;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.web.WebChat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The service as {@code serve} wires it for the pages: the web chat as a channel with its courier in
 * the outbox, staff replies routed to the conversation's channel, the reloader watching a copy of
 * {@code ./knowledge} (so a test may edit it), the staff and admin tokens, the eval cases; on a free port.
 */
public final class WebHarness implements AutoCloseable {
    public static final String STAFF = "staff-token-for-tests";
    public static final String ADMIN = "admin-token-for-tests";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final OutboxSettings FAST = new OutboxSettings(Duration.ofMillis(20), Duration.ofMillis(200), 6, 2,
            Duration.ofDays(1));

    public final Path knowledge;
    final SqliteConversationStore store;
    final Conversations service;
    final KnowledgeReloader reloader;
    final KnowledgeWatcher watcher;
    final Outbox outbox;
    final WebChat webChat = new WebChat();
    final XiaoerServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public WebHarness(Path dir) throws IOException, InterruptedException {
        knowledge = dir.resolve("knowledge");
        copy(Path.of("knowledge"), knowledge);
        store = SqliteConversationStore.open(dir.resolve("data"));
        Metrics metrics = new Metrics();
        service = new Conversations(store, new Conversations.Settings(4, 200), new Telemetry(metrics, false),
                Clock.systemUTC());
        reloader = new KnowledgeReloader(knowledge.toString(), () -> KnowledgeLoader.load(knowledge),
                kb -> service.swap(DialogueEngine.create(kb, RetrievalSettings.defaults(), Duration.ofMinutes(30))),
                true, Clock.systemUTC());
        if (!reloader.reload("startup").ok()) {
            throw new IllegalStateException("invalid test knowledge");
        }
        watcher = reloader.watch(knowledge, Duration.ofMillis(200));
        outbox = new Outbox(store.outbox(), List.of(webChat.courier()), FAST, Clock.systemUTC()).start();
        ScriptConverter script = new ScriptConverter();
        Backoffice office = Backoffice.of(new AccessTokens(STAFF, ADMIN), service, store, reloader, script::toSimplified,
                Clock.systemUTC(), webChat.route().orElse(store.outbox()::lastOutbound), outbox::wake,
                Path.of("eval/cases.yaml"));
        server = new XiaoerServer(ServerConfig.defaults("127.0.0.1", 0), service, metrics, office,
                new Integrations(List.of(), WebhookKeys.none(), outbox, webChat));
        server.start();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    public HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A 200's body as JSON, else an assertion failure with the status and body. */
    public JsonNode ok(HttpResponse<String> r) throws IOException {
        if (r.statusCode() != 200) {
            throw new AssertionError(r.request().uri() + " -> " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public JsonNode chat(String cid, String text) throws IOException, InterruptedException {
        return ok(send("POST", "/chat/messages", null, JSON.createObjectNode().put("conversationId", cid)
                .put("text", text).toString()));
    }

    @Override
    public void close() {
        watcher.close();
        server.stop(Duration.ofSeconds(5));
        service.close(Duration.ofSeconds(5));
        outbox.close(Duration.ofSeconds(5));
        store.close();
    }
}
