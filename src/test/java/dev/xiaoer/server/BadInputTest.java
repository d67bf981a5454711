package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.conversation.Conversations;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad request gets a clear JSON error, changes nothing, and leaves the server serving.
 * Over real sockets; one test per case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    @TempDir
    static Path data;
    private TestServer server;
    private long messagesBefore;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(data, new FakeDialogue(), new Conversations.Settings(2, 50),
                ServerConfig.defaults("127.0.0.1", 0).withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(30)));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void count() {
        messagesBefore = answered();
    }

    /** Nothing was answered or stored for the bad request, and a good message is still answered. */
    @AfterEach
    void nothingChangedAndStillServing() throws Exception {
        assertEquals(messagesBefore, answered(), "a bad request was answered as a message");
        assertTrue(server.store.session("bad").isEmpty());
        assertTrue(server.store.transcript("bad").isEmpty());
        HttpResponse<String> ok = server.post(TestServer.message("still-serving", "你好", null));
        assertEquals(200, ok.statusCode(), ok.body());
    }

    private long answered() {
        return (long) Exposition.sum(server.metrics.render(), "xiaoer_messages_total");
    }

    private RawHttp.Response raw(byte[] request) throws IOException {
        try (RawHttp http = new RawHttp(server.port())) {
            return http.send(request).read();
        }
    }

    private RawHttp.Response postJson(String body) throws IOException {
        return raw(RawHttp.post("/v1/messages", "application/json", body.getBytes(StandardCharsets.UTF_8), true));
    }

    private static void assertError(RawHttp.Response response, int status, String code) throws IOException {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("content-type").startsWith("application/json"), response.header("content-type"));
        JsonNode error = TestServer.json(response.body()).get("error");
        assertEquals(code, error.get("code").asText(), response.body());
        assertTrue(error.get("message").asText().length() > 5, "a human readable message");
    }

    @Test
    void malformedJson() throws IOException {
        assertError(postJson("{\"conversationId\": \"bad\", \"text\": "), 400, "malformed_json");
    }

    @Test
    void trailingGarbageAfterJson() throws IOException {
        assertError(postJson("{\"conversationId\": \"bad\", \"text\": \"hi\"} x"), 400, "malformed_json");
    }

    @Test
    void emptyBody() throws IOException {
        assertError(postJson(""), 400, "malformed_json");
    }

    @Test
    void bodyNotAnObject() throws IOException {
        assertError(postJson("[\"bad\", \"hi\"]"), 400, "wrong_type");
    }

    @Test
    void conversationIdOfWrongType() throws IOException {
        assertError(postJson("{\"conversationId\": 42, \"text\": \"hi\"}"), 400, "wrong_type");
    }

    @Test
    void textOfWrongType() throws IOException {
        assertError(postJson("{\"conversationId\": \"bad\", \"text\": [\"hi\"]}"), 400, "wrong_type");
    }

    @Test
    void msgIdOfWrongType() throws IOException {
        assertError(postJson("{\"conversationId\": \"bad\", \"text\": \"hi\", \"msgId\": 7}"), 400, "wrong_type");
    }

    @Test
    void missingConversationId() throws IOException {
        assertError(postJson("{\"text\": \"hi\"}"), 400, "missing_field");
    }

    @Test
    void missingText() throws IOException {
        assertError(postJson("{\"conversationId\": \"bad\"}"), 400, "missing_field");
    }

    @Test
    void blankText() throws IOException {
        assertError(postJson("{\"conversationId\": \"bad\", \"text\": \" \\t\\n　\"}"), 400, "blank_text");
    }

    @Test
    void textOver2000Characters() throws IOException {
        assertError(postJson(TestServer.message("bad", "退".repeat(2001), null)), 400, "text_too_long");
    }

    @Test
    void textOf2000CharactersIsAccepted() throws IOException {
        RawHttp.Response ok = postJson(TestServer.message("boundary-text", "退".repeat(2000), null));
        assertEquals(200, ok.status(), ok.body());
        messagesBefore++;
    }

    @Test
    void emptyConversationId() throws IOException {
        assertError(postJson("{\"conversationId\": \"\", \"text\": \"hi\"}"), 400, "invalid_conversation_id");
    }

    @Test
    void conversationIdOver128Characters() throws IOException {
        assertError(postJson(TestServer.message("c".repeat(129), "hi", null)), 400, "invalid_conversation_id");
        assertTrue(server.store.transcript("c".repeat(129)).isEmpty());
    }

    @Test
    void conversationIdOf128CharactersIsAccepted() throws IOException {
        RawHttp.Response ok = postJson(TestServer.message("c".repeat(128), "hi", null));
        assertEquals(200, ok.status(), ok.body());
        messagesBefore++;
    }

    @Test
    void conversationIdWithControlCharacters() throws IOException {
        assertError(postJson(TestServer.message("bad\nINFO forged", "hi", null)), 400, "invalid_conversation_id");
    }

    @Test
    void conversationIdWithBidiControls() throws IOException {
        // U+202E would show "evil" logs and transcripts reversed; every bidi control is refused
        for (String bidi : new String[] {"\u202e", "\u202a", "\u2066", "\u2069", "\u200f", "\u061c"}) {
            assertError(postJson(TestServer.message("bad" + bidi + "txt.exe", "hi", null)), 400, "invalid_conversation_id");
        }
        assertError(postJson("{\"conversationId\": \"ok\", \"text\": \"hi\", \"msgId\": \"m\u202e1\"}"), 400,
                "invalid_msg_id");
    }

    @Test
    void bodyOver64KiB() throws IOException {
        String head = "POST /v1/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (64 * 1024 + 1) + "\r\n\r\n";
        try (RawHttp http = new RawHttp(server.port())) {
            RawHttp.Response response = http.send(head).read();
            assertError(response, 413, "body_too_large");
            assertTrue(http.closedByServer());
        }
    }

    @Test
    void wrongContentType() throws IOException {
        byte[] body = TestServer.message("bad", "hi", null).getBytes(StandardCharsets.UTF_8);
        assertError(raw(RawHttp.post("/v1/messages", "text/plain", body, true)), 415, "unsupported_media_type");
    }

    @Test
    void missingContentType() throws IOException {
        byte[] body = TestServer.message("bad", "hi", null).getBytes(StandardCharsets.UTF_8);
        assertError(raw(RawHttp.post("/v1/messages", null, body, true)), 415, "unsupported_media_type");
    }

    @Test
    void charsetOtherThanUtf8() throws IOException {
        byte[] body = TestServer.message("bad", "hi", null).getBytes(StandardCharsets.UTF_8);
        assertError(raw(RawHttp.post("/v1/messages", "application/json; charset=GBK", body, true)),
                415, "unsupported_media_type");
    }

    @Test
    void unknownCharsetIsRefusedNotReadAsUtf8() throws IOException {
        byte[] body = TestServer.message("bad", "hi", null).getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"application/json; charset=bogus-xyz", "application/json; charset=\"\"",
                "application/json; charset=utf-7"}) {
            assertError(raw(RawHttp.post("/v1/messages", type, body, true)), 415, "unsupported_media_type");
        }
        RawHttp.Response quoted = raw(RawHttp.post("/v1/messages", "application/json; charset=\"UTF-8\"",
                TestServer.message("charset-quoted", "hi", null).getBytes(StandardCharsets.UTF_8), true));
        assertEquals(200, quoted.status(), quoted.body());
        messagesBefore++;
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] prefix = "{\"conversationId\": \"bad\", \"text\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        assertError(raw(RawHttp.post("/v1/messages", "application/json", body, true)), 400, "invalid_utf8");
    }

    @Test
    void loneSurrogateEscape() throws IOException {
        assertError(postJson("{\"conversationId\": \"bad\", \"text\": \"hi \\ud800\"}"), 400, "invalid_text");
    }

    @Test
    void wrongMethod() throws IOException {
        RawHttp.Response response = raw("GET /v1/messages HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertError(response, 405, "method_not_allowed");
        assertEquals("POST", response.header("allow"));
    }

    @Test
    void unknownPath() throws IOException {
        assertError(raw(RawHttp.post("/v1/nope", "application/json", "{}".getBytes(StandardCharsets.UTF_8), true)),
                404, "not_found");
    }

    @Test
    void oversizedHeaders() throws IOException {
        String request = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(10_000) + "\r\n\r\n";
        try (RawHttp http = new RawHttp(server.port())) {
            assertError(http.send(request).read(), 431, "headers_too_large");
            assertTrue(http.closedByServer());
        }
    }

    @Test
    void requestLineTooLong() throws IOException {
        String request = "GET /healthz?" + "q".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
        try (RawHttp http = new RawHttp(server.port())) {
            assertError(http.send(request).read(), 414, "uri_too_long");
        }
    }

    @Test
    void garbageInsteadOfHttp() throws IOException {
        try (RawHttp http = new RawHttp(server.port())) {
            assertError(http.send("\u0001\u0002 nonsense\r\n\r\n").read(), 400, "bad_request");
        }
    }

    @Test
    void stalledHalfRequestIsTimedOutAndClosed() throws Exception {
        int connectionsBefore = server.metrics.openConnections();
        long badRequests = server.metrics.errors("bad_request");
        long timeouts = server.metrics.errors("request_timeout");
        try (RawHttp http = new RawHttp(server.port())) {
            http.send("POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"conversationId\": \"bad\", \"te");
            long start = System.nanoTime();
            assertError(http.read(), 408, "request_timeout");
            assertTrue(http.closedByServer(), "the connection is closed");
            assertTrue(System.nanoTime() - start < 5_000_000_000L);
        }
        awaitConnections(connectionsBefore);
        assertEquals(timeouts + 1, server.metrics.errors("request_timeout"));
        assertEquals(badRequests, server.metrics.errors("bad_request"), "the 408 is not also counted as a 400");
    }

    @Test
    void stalledHeadersAreTimedOutEvenWhenTrickled() throws Exception {
        int connectionsBefore = server.metrics.openConnections();
        long badRequests = server.metrics.errors("bad_request");
        try (RawHttp http = new RawHttp(server.port())) {
            http.send("POST /v1/messages HTTP/1.1\r\nHo");
            Thread.sleep(200);
            http.send("st: x\r\n"); // still trickling: the deadline counts from the first byte
            assertError(http.read(), 408, "request_timeout");
            assertTrue(http.closedByServer());
        }
        awaitConnections(connectionsBefore);
        assertEquals(badRequests, server.metrics.errors("bad_request"), "the 408 is not also counted as a 400");
    }

    @Test
    void aKeepAliveConnectionIsTimedOutOnlyForTheRequestThatStalls() throws Exception {
        try (RawHttp http = new RawHttp(server.port())) {
            // whole requests for longer than the 500 ms request timeout: none of them is cut off
            for (int i = 0; i < 8; i++) {
                sendWhole(http, "你好 " + i);
                Thread.sleep(150);
            }
            Thread.sleep(600); // any check still pending from those has found the connection idle
            // a whole request starts a check due 500 ms after its first byte; the next request
            // starts 300 ms in and stalls: that check must look again, not time it out 200 ms early
            sendWhole(http, "再来一个");
            Thread.sleep(300);
            messagesBefore = answered(); // those were good; the stalled one below must change nothing
            http.send("POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"conv");
            long start = System.nanoTime();
            assertError(http.read(), 408, "request_timeout");
            long waited = System.nanoTime() - start;
            assertTrue(waited > 400_000_000L, "timed from the stalled request's first byte, not an earlier one: " + waited);
            assertTrue(http.closedByServer());
        }
    }

    private static void sendWhole(RawHttp http, String text) throws Exception {
        http.send(RawHttp.post("/v1/messages", "application/json",
                TestServer.message("keep-alive", text, null).getBytes(StandardCharsets.UTF_8), false));
        assertEquals(200, http.read().status(), text);
    }

    /** The server has let go of the connection (the gauge counts what it still holds). */
    private void awaitConnections(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (server.metrics.openConnections() > expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, server.metrics.openConnections());
    }
}
