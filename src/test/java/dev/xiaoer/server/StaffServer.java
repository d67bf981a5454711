package dev.xiaoer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.reload.KnowledgeReloader;
import dev.xiaoer.reload.KnowledgeWatcher;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.text.ScriptConverter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The real service for back-office tests: the dialogue engine over a knowledge directory, the SQLite
 * store, the reloader (optionally watching), the staff and admin tokens, on a free port.
 */
final class StaffServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String STAFF = "staff-secret-1";
    static final String ADMIN = "admin-secret-2";

    final Metrics metrics = new Metrics();
    final SqliteConversationStore store;
    final Conversations service;
    final KnowledgeReloader reloader;
    final KnowledgeWatcher watcher;
    final XiaoerServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    StaffServer(Path data, Path knowledge, String staffToken, String adminToken, Duration watch)
            throws InterruptedException, IOException {
        store = SqliteConversationStore.open(data);
        service = new Conversations(store, new Conversations.Settings(4, 200), new Telemetry(metrics, false),
                Clock.systemUTC());
        reloader = new KnowledgeReloader(knowledge.toString(), () -> KnowledgeLoader.load(knowledge),
                kb -> service.swap(DialogueEngine.create(kb, RetrievalSettings.defaults(), Duration.ofMinutes(30))),
                watch != null, Clock.systemUTC());
        metrics.reloads(reloader::reloads, reloader::unchanged, reloader::failures);
        if (!reloader.reload("startup").ok()) {
            throw new IllegalStateException("invalid test knowledge " + knowledge);
        }
        watcher = watch == null ? null : reloader.watch(knowledge, watch);
        ScriptConverter script = new ScriptConverter();
        Backoffice office = Backoffice.of(new AccessTokens(staffToken, adminToken), service, store, reloader,
                script::toSimplified, Clock.systemUTC());
        server = new XiaoerServer(ServerConfig.defaults("127.0.0.1", 0), service, metrics, office);
        server.start();
    }

    StaffServer(Path data) throws InterruptedException, IOException {
        this(data, Path.of("knowledge"), STAFF, ADMIN, null);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode staffGet(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", path, STAFF, null);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " -> " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    JsonNode say(String cid, String text) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", "/v1/messages", null, TestServer.message(cid, text, null));
        if (r.statusCode() != 200) {
            throw new AssertionError("message -> " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    JsonNode suggest(String text, String cid, Integer k) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("text", text);
        if (cid != null) {
            body.put("conversationId", cid);
        }
        if (k != null) {
            body.put("k", k);
        }
        HttpResponse<String> r = send("POST", "/v1/suggest", STAFF, body.toString());
        if (r.statusCode() != 200) {
            throw new AssertionError("suggest -> " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        server.stop(Duration.ofSeconds(5));
        service.close(Duration.ofSeconds(5));
        store.close();
    }
}
