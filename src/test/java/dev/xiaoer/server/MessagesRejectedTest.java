package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.store.Arrival;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.DiskFaults;
import dev.xiaoer.store.StoreDamage;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.store.StoreException;
import dev.xiaoer.testing.ForwardingStore;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a message can be turned away, as the HTTP API answers it: status, error code, message
 * and Retry-After are the contract integrators retry by. Nothing is stored for a message turned away.
 */
class MessagesRejectedTest {
    private static final String SHUTTING_DOWN = "the service is shutting down";
    private static final String LOADING = "the knowledge is still loading";

    @TempDir
    Path data;

    private static ServerConfig config() {
        return ServerConfig.defaults("127.0.0.1", 0);
    }

    private static void assertError(int status, String code, String message, String retryAfter, int gotStatus,
                                    String body, String gotRetryAfter) throws IOException {
        assertEquals(status, gotStatus, body);
        JsonNode error = TestServer.json(body).get("error");
        assertEquals(code, error.get("code").asText(), body);
        assertEquals(message, error.get("message").asText(), body);
        assertEquals(retryAfter, gotRetryAfter, "Retry-After");
    }

    private static void assertError(int status, String code, String message, String retryAfter,
                                    HttpResponse<String> r) throws IOException {
        assertError(status, code, message, retryAfter, r.statusCode(), r.body(),
                r.headers().firstValue("retry-after").orElse(null));
    }

    private static void assertError(int status, String code, String message, String retryAfter, RawHttp.Response r)
            throws IOException {
        assertError(status, code, message, retryAfter, r.status(), r.body(), r.header("retry-after"));
    }

    @Test
    void beforeTheKnowledgeIsLoaded() throws Exception {
        try (TestServer s = new TestServer(data, null)) {
            assertError(503, "not_ready", LOADING, "1", s.post(TestServer.message("c", "hi", "m")));
            assertError(503, "not_ready", LOADING, null, s.get("/readyz"));
            assertTrue(s.store.transcript("c").isEmpty());
        }
    }

    @Test
    void whenFull() throws Exception {
        try (TestServer s = new TestServer(SqliteConversationStore.open(data), new FakeDialogue(),
                new Conversations.Settings(1, 0), config(), null)) {
            CompletableFuture<HttpResponse<String>> slow = s.http.sendAsync(
                    s.postRequest(TestServer.message("slow", "sleep:400", null)), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(150);
            assertError(503, "overloaded", "too many messages waiting; retry shortly", "1",
                    s.post(TestServer.message("c", "hi", "m")));
            assertEquals(200, slow.join().statusCode());
            assertTrue(s.store.transcript("c").isEmpty());
        }
    }

    @Test
    void onceTheServiceIsClosing() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            s.service.close(Duration.ZERO);
            assertError(503, "shutting_down", SHUTTING_DOWN, "1", s.post(TestServer.message("c", "hi", "m")));
            assertTrue(s.store.transcript("c").isEmpty());
        }
    }

    @Test
    void whileTheServerDrainsItsConnections() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue());
             RawHttp busy = new RawHttp(s.port());
             RawHttp idle = new RawHttp(s.port())) {
            idle.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(200, idle.read().status());
            busy.send(RawHttp.post("/v1/messages", "application/json",
                    TestServer.message("slow", "sleep:800", "m1").getBytes(StandardCharsets.UTF_8), false));
            Thread.sleep(150);
            Thread stopping = new Thread(() -> s.server.stop(Duration.ofSeconds(5)));
            stopping.start();
            Thread.sleep(150);
            idle.send("GET /readyz HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertError(503, "not_ready", SHUTTING_DOWN, null, idle.read());
            busy.send(RawHttp.post("/v1/messages", "application/json",
                    TestServer.message("late", "hi", "m2").getBytes(StandardCharsets.UTF_8), false));
            assertEquals(200, busy.read().status(), "the message in flight is answered");
            RawHttp.Response late = busy.read();
            assertError(503, "shutting_down", SHUTTING_DOWN, "1", late);
            assertEquals("close", late.header("connection"));
            stopping.join();
            assertTrue(s.store.transcript("late").isEmpty());
        }
    }

    @Test
    void whenTheStoreFailsNothingChanges() throws Exception {
        try (SqliteConversationStore sqlite = SqliteConversationStore.open(data);
             TestServer s = new TestServer(new BrokenStore(sqlite), new FakeDialogue(),
                     new Conversations.Settings(2, 10), config(), null)) {
            String saveFailed = "the conversation could not be saved now; nothing was changed, retry";
            assertError(503, "store_unavailable", saveFailed, "5", s.post(TestServer.message("commit", "hi", "m")));
            assertError(503, "store_unavailable", saveFailed, "5", s.post(TestServer.message("read", "hi", "m")));
            assertTrue(sqlite.transcript("commit").isEmpty());
            assertEquals(200, s.post(TestServer.message("fine", "hi", "m")).statusCode(), "still serving");
        }
    }

    @Test
    void whileTheDiskIsFullMessagesAre503AndReadinessSaysWhyUntilThereIsRoom() throws Exception {
        DiskFaults disk = new DiskFaults();
        try (TestServer s = new TestServer(DiskFaults.store(data, disk), new FakeDialogue(),
                new Conversations.Settings(2, 10), config(), null)) {
            assertEquals(200, s.post(TestServer.message("c", "hi", "m1")).statusCode());
            disk.full(true);
            String saveFailed = "the conversation could not be saved now; nothing was changed, retry";
            // the first fails at its commit; those after are turned away before any work
            for (String msgId : new String[] {"m2", "m2", "m3"}) {
                assertError(503, "store_unavailable", saveFailed, "5", s.post(TestServer.message("c", "again", msgId)));
            }
            HttpResponse<String> ready = s.get("/readyz");
            assertEquals(503, ready.statusCode());
            JsonNode error = TestServer.json(ready.body()).get("error");
            assertEquals("store_unavailable", error.get("code").asText());
            assertTrue(error.get("message").asText().contains("the disk is full (SQLITE_FULL)"), ready.body());
            assertEquals(0, Exposition.value(s.metrics.render(), "xiaoer_store_writable"));
            assertEquals(0, s.metrics.errors("internal_error") + s.metrics.errors("store_error"), "never a 500");

            disk.full(false);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (s.get("/readyz").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(200, s.get("/readyz").statusCode(), "ready again once there is room, with no restart");
            assertEquals(1, Exposition.value(s.metrics.render(), "xiaoer_store_writable"));
            HttpResponse<String> retried = s.post(TestServer.message("c", "again", "m2"));
            assertEquals(200, retried.statusCode(), retried.body());
            assertEquals("turn 2: again", TestServer.json(retried.body()).get("text").asText(),
                    "nothing of the refused messages was stored");
            assertEquals(List.of("m1", "m1", "m2", "m2"), s.store.transcript("c").stream()
                    .map(dev.xiaoer.store.TranscriptEntry::msgId).toList());
        }
    }

    @Test
    void aStoreThatFailedItsIntegrityCheckIsNotReady() throws Exception {
        StoreDamage.damagedStore(data, 300, 64);
        try (TestServer s = new TestServer(SqliteConversationStore.open(data, 2, true), new FakeDialogue(),
                new Conversations.Settings(2, 10), config(), null)) {
            long deadline = System.nanoTime() + 20_000_000_000L;
            HttpResponse<String> ready = s.get("/readyz");
            while (ready.statusCode() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                ready = s.get("/readyz");
            }
            assertEquals(503, ready.statusCode(), ready.body());
            JsonNode error = TestServer.json(ready.body()).get("error");
            assertEquals("store_check_failed", error.get("code").asText());
            assertTrue(error.get("message").asText().contains("integrity check"), ready.body());
            assertEquals(1, Exposition.value(s.metrics.render(), "xiaoer_store_check_failed"), s.metrics.render());
        }
    }

    @Test
    void aSoundStoreSaysItsCheckPassed() throws Exception {
        try (TestServer s = new TestServer(SqliteConversationStore.open(data, 2, true), new FakeDialogue(),
                new Conversations.Settings(2, 10), config(), null)) {
            long deadline = System.nanoTime() + 20_000_000_000L;
            String check = "running";
            while (check.equals("running") && System.nanoTime() < deadline) {
                HttpResponse<String> ready = s.get("/readyz");
                assertEquals(200, ready.statusCode(), ready.body());
                check = TestServer.json(ready.body()).get("storeCheck").asText();
            }
            assertEquals("ok", check);
            assertEquals(0, Exposition.value(s.metrics.render(), "xiaoer_store_check_failed"));
            assertTrue(Exposition.value(s.metrics.render(), "xiaoer_store_check_seconds") >= 0);
        }
    }

    @Test
    void whenTheDialogueFailsNothingChanges() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            assertError(500, "internal_error", "the message could not be answered; retry", null,
                    s.post(TestServer.message("c", "boom", "m")));
            assertTrue(s.store.transcript("c").isEmpty());
            assertEquals(200, s.post(TestServer.message("c", "hi", "m")).statusCode(), "the msgId was not used up");
        }
    }

    @Test
    void staffWorkOnceTheServiceIsClosing() throws Exception {
        try (TestServer s = new TestServer(SqliteConversationStore.open(data), new FakeDialogue(),
                new Conversations.Settings(2, 10), config(), new AccessTokens("staff", "admin"))) {
            assertEquals(200, s.post(TestServer.message("h", "转人工", null)).statusCode());
            s.service.close(Duration.ZERO);
            HttpResponse<String> r = s.http.send(HttpRequest.newBuilder(s.uri("/v1/conversations/h/resolve"))
                    .header("Authorization", "Bearer staff").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(503, "shutting_down", SHUTTING_DOWN, "1", r);
            assertEquals("h", s.store.handedOff().get(0).conversationId());
        }
    }

    /** Fails reads of conversation "read" and commits of conversation "commit". */
    private static final class BrokenStore extends ForwardingStore {
        BrokenStore(ConversationStore real) {
            super(real);
        }

        @Override
        public Arrival arrival(String conversationId, String msgId) {
            if (conversationId.equals("read")) {
                throw new StoreException("cannot read", new SQLException("disk I/O error"));
            }
            return super.arrival(conversationId, msgId);
        }

        @Override
        public CompletableFuture<Reply> commitAsync(Exchange exchange) {
            if (exchange.conversationId().equals("commit")) {
                return CompletableFuture.failedFuture(new StoreException("cannot write", new SQLException("disk full")));
            }
            return super.commitAsync(exchange);
        }
    }
}
