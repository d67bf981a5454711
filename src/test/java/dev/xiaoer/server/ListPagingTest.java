package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.store.SqliteConversationStore;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff lists by page over HTTP: a default and a most per page, {@code nextCursor} to go on, and
 * a cursor that is not the list's refused. Anyone can hand conversations off through the public
 * endpoint, so no list answers all of them at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagingTest {
    @TempDir
    static Path data;
    private TestServer s;

    @BeforeAll
    void start() throws Exception {
        s = new TestServer(SqliteConversationStore.open(data), new FakeDialogue(), new Conversations.Settings(4, 500),
                ServerConfig.defaults("127.0.0.1", 0), new AccessTokens("staff", "admin"));
        for (int i = 0; i < 120; i++) {
            assertEquals(200, s.post(TestServer.message(String.format("h-%03d", i), "转人工", null)).statusCode());
        }
        for (int i = 0; i < 60; i++) {
            assertEquals(200, s.post(TestServer.message("long", "第 " + i + " 句", "m" + i)).statusCode());
        }
    }

    @AfterAll
    void stop() {
        s.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return s.http.send(HttpRequest.newBuilder(s.uri(path)).header("Authorization", "Bearer staff").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestServer.json(r.body());
    }

    private static String q(String cursor) {
        return URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    @Test
    void theHandoffQueueComesByPages() throws Exception {
        JsonNode first = ok("/v1/handoffs");
        assertEquals(50, first.get("handoffs").size(), "the default page");
        assertTrue(first.get("nextCursor").isTextual());
        List<String> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok("/v1/handoffs?limit=200" + (cursor == null ? "" : "&cursor=" + q(cursor)));
            page.get("handoffs").forEach(h -> all.add(h.get("conversationId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(1, pages);
        assertEquals(120, all.size());
        List<String> byFifties = new ArrayList<>();
        cursor = null;
        do {
            JsonNode page = ok("/v1/handoffs?limit=50" + (cursor == null ? "" : "&cursor=" + q(cursor)));
            page.get("handoffs").forEach(h -> byFifties.add(h.get("conversationId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertEquals(all, byFifties);
    }

    @Test
    void aTranscriptComesByPages() throws Exception {
        JsonNode first = ok("/v1/conversations/long");
        assertEquals(100, first.get("messages").size(), "the default page: 100 lines");
        JsonNode second = ok("/v1/conversations/long?cursor=" + q(first.get("nextCursor").asText()));
        assertEquals(20, second.get("messages").size());
        assertTrue(second.get("nextCursor").isNull());
        assertEquals("第 50 句", second.get("messages").get(0).get("text").asText());
        assertEquals(3, ok("/v1/conversations/long?limit=3").get("messages").size());
    }

    @Test
    void pageSizesAndCursorsAreChecked() throws Exception {
        String handoffCursor = ok("/v1/handoffs?limit=1").get("nextCursor").asText();
        String[][] bad = {
                {"/v1/handoffs?limit=201", "invalid_query"},
                {"/v1/handoffs?limit=0", "invalid_query"},
                {"/v1/handoffs?limit=x", "invalid_query"},
                {"/v1/conversations/long?limit=501", "invalid_query"},
                {"/v1/handoffs?cursor=%21%21", "invalid_cursor"},
                {"/v1/handoffs?cursor=bm9uc2Vuc2U", "invalid_cursor"},
                {"/v1/conversations/long?cursor=" + q(handoffCursor), "invalid_cursor"},
                {"/v1/conversations/long?cursor=dDp4", "invalid_cursor"},
        };
        for (String[] b : bad) {
            HttpResponse<String> r = get(b[0]);
            assertEquals(400, r.statusCode(), b[0] + ": " + r.body());
            assertEquals(b[1], TestServer.json(r.body()).get("error").get("code").asText(), b[0]);
        }
        for (String path : new String[] {"/v1/handoffs?cursor=%%%", "/admin/unanswered?since=%zz"}) {
            try (RawHttp raw = new RawHttp(s.port())) {
                RawHttp.Response r = raw.send("GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + (path.startsWith("/admin") ? "admin" : "staff") + "\r\n\r\n").read();
                assertEquals(400, r.status(), path + ": " + r.body());
                assertEquals("invalid_query", TestServer.json(r.body()).get("error").get("code").asText());
            }
        }
    }
}
