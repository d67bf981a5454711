package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every staff and admin endpoint, over a real socket: 403 with no token configured, 401 for a missing,
 * malformed or wrong token (and for the other side's token), and through with the right one.
 */
class AccessTest {
    @TempDir
    static Path tmp;
    static StaffServer open;
    static StaffServer closed;

    /** method, path (with a real conversation id), body, the side. */
    record Call(String method, String path, String body, boolean admin) {
    }

    static final List<Call> CALLS = List.of(
            new Call("POST", "/v1/suggest", "{\"text\":\"保证金怎么退\"}", false),
            new Call("GET", "/v1/handoffs", null, false),
            new Call("GET", "/v1/conversations/c-1", null, false),
            new Call("POST", "/v1/conversations/c-1/resolve", null, false),
            new Call("POST", "/v1/conversations/c-1/takeover", null, false),
            new Call("POST", "/v1/conversations/c-1/reply", "{\"text\":\"您好\"}", false),
            new Call("POST", "/admin/reload", null, true),
            new Call("GET", "/admin/knowledge", null, true),
            new Call("GET", "/admin/unanswered", null, true),
            new Call("GET", "/admin/outbox", null, true),
            new Call("GET", "/admin/knowledge/entries", null, true),
            new Call("POST", "/admin/try", "{\"text\":\"保证金怎么退\"}", true),
            new Call("GET", "/admin/eval", null, true));

    @BeforeAll
    static void start() throws Exception {
        open = new StaffServer(tmp.resolve("open"), Path.of("knowledge"), StaffServer.STAFF, StaffServer.ADMIN, null);
        closed = new StaffServer(tmp.resolve("closed"), Path.of("knowledge"), null, "  ", null);
        open.say("c-1", "你好");
    }

    @AfterAll
    static void stop() {
        open.close();
        closed.close();
    }

    @Test
    void everyBackOfficeRouteIsGuarded() {
        for (Routes.Route r : Routes.ALL) {
            boolean listed = CALLS.stream().anyMatch(c -> c.method().equals(r.method())
                    && c.path().replace("c-1", "{id}").equals(r.path()));
            boolean guarded = r.access() == Routes.Access.STAFF || r.access() == Routes.Access.ADMIN;
            assertEquals(guarded, listed, r + " is tested here iff it is guarded by a token");
        }
    }

    @Test
    void noTokenConfiguredIs403() throws Exception {
        for (Call c : CALLS) {
            for (String token : new String[] {null, "anything", StaffServer.STAFF, StaffServer.ADMIN}) {
                HttpResponse<String> r = closed.send(c.method(), c.path(), token, c.body());
                assertEquals(403, r.statusCode(), c + " token " + token + ": " + r.body());
                assertEquals("forbidden", error(r).path("code").asText());
            }
        }
    }

    @Test
    void missingOrWrongTokenIs401() throws Exception {
        for (Call c : CALLS) {
            String other = c.admin() ? StaffServer.STAFF : StaffServer.ADMIN;
            String right = c.admin() ? StaffServer.ADMIN : StaffServer.STAFF;
            for (String token : new String[] {null, "", "wrong", right + "x", right.substring(1), other}) {
                HttpResponse<String> r = open.send(c.method(), c.path(), token, c.body());
                assertEquals(401, r.statusCode(), c + " token '" + token + "': " + r.body());
                assertEquals("unauthorized", error(r).path("code").asText());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
                assertFalse(r.body().contains(right), "the error never echoes the token");
            }
            // not a bearer scheme
            var req = java.net.http.HttpRequest.newBuilder(open.uri(c.path()))
                    .header("Authorization", "Basic " + right)
                    .method(c.method(), java.net.http.HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(401, open.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void theRightTokenGetsThrough() throws Exception {
        for (Call c : CALLS) {
            HttpResponse<String> r = open.send(c.method(), c.path(), c.admin() ? StaffServer.ADMIN : StaffServer.STAFF,
                    c.body());
            assertEquals(200, r.statusCode(), c + ": " + r.body());
            assertNotEquals("", r.body());
        }
    }

    @Test
    void tokensNeverShowInToString() {
        String s = new AccessTokens(StaffServer.STAFF, StaffServer.ADMIN).toString();
        assertFalse(s.contains(StaffServer.STAFF) || s.contains(StaffServer.ADMIN), s);
    }

    private static JsonNode error(HttpResponse<String> r) throws Exception {
        JsonNode body = StaffServer.JSON.readTree(r.body());
        assertTrue(body.path("error").path("message").isTextual(), r.body());
        return body.path("error");
    }
}
