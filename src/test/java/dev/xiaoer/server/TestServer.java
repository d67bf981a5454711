package dev.xiaoer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.SqliteConversationStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A real server on a free port, with a SQLite store in a temp directory, for tests. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Metrics metrics = new Metrics();
    final ConversationStore store;
    final Conversations service;
    final XiaoerServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path data, Dialogue dialogue) throws InterruptedException {
        this(data, dialogue, new Conversations.Settings(4, 100),
                ServerConfig.defaults("127.0.0.1", 0).withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)));
    }

    TestServer(Path data, Dialogue dialogue, Conversations.Settings settings, ServerConfig config)
            throws InterruptedException {
        this(SqliteConversationStore.open(data), dialogue, settings, config, null);
    }

    /**
     * @param store  closed with the server
     * @param tokens opens the staff and admin endpoints (no reloading, no knowledge files); null keeps them closed
     */
    TestServer(ConversationStore store, Dialogue dialogue, Conversations.Settings settings, ServerConfig config,
               AccessTokens tokens) throws InterruptedException {
        this.store = store;
        service = new Conversations(store, settings, new Telemetry(metrics, false), Clock.systemUTC());
        if (dialogue != null) {
            service.swap(dialogue);
        }
        server = new XiaoerServer(config, service, metrics, tokens == null ? Backoffice.closed()
                : Backoffice.of(tokens, service, store, null, UnaryOperator.identity(), Clock.systemUTC()));
        server.start();
    }

    int port() {
        return server.port();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(postRequest(body), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest postRequest(String body) {
        return HttpRequest.newBuilder(uri("/v1/messages")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String message(String cid, String text, String msgId) {
        var node = JSON.createObjectNode().put("conversationId", cid).put("text", text);
        if (msgId != null) {
            node.put("msgId", msgId);
        }
        return node.toString();
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(5));
        service.close(Duration.ofSeconds(5));
        store.close();
    }
}
