package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.text.ScriptConverter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions, handoffs, transcripts and resolving, over real sockets against the real engine. */
class StaffEndpointsTest {
    @TempDir
    static Path tmp;
    static StaffServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new StaffServer(tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void suggestGivesTheKBestAnswersWithWordsToHighlight() throws Exception {
        JsonNode body = s.suggest("保证金怎么退", null, null);
        JsonNode list = body.path("suggestions");
        assertEquals(3, list.size(), body.toString());
        JsonNode first = list.get(0);
        assertEquals("faq", first.path("source").asText());
        assertEquals("deposit.refund", first.path("faqId").asText());
        assertFalse(first.path("question").asText().isBlank());
        assertFalse(first.path("answer").asText().isBlank());
        assertTrue(first.path("matchedWords").size() > 0, first.toString());
        double previous = 1;
        for (JsonNode n : list) {
            double c = n.path("confidence").asDouble();
            assertTrue(c >= 0 && c <= previous, "best first, in [0, 1]: " + list);
            previous = c;
        }
        assertEquals(1, s.suggest("保证金怎么退", null, 1).path("suggestions").size());
        assertTrue(s.suggest("保证金怎么退", null, 10).path("suggestions").size() <= 10);
        assertFalse(body.path("knowledgeVersion").asText().isBlank());
    }

    @Test
    void aResolvedConversationKeepsTheSellersTraditionalScript() throws Exception {
        assertEquals("handoff", s.say("h-trad", "轉人工").path("kind").asText());
        HttpResponse<String> r = s.send("POST", "/v1/conversations/h-trad/resolve", StaffServer.STAFF, null);
        assertEquals(200, r.statusCode(), r.body());
        // a script-neutral message after the handoff: the reply stays in the seller's script
        String text = s.say("h-trad", "ok").path("text").asText();
        assertTrue(new ScriptConverter().isTraditional(text), text);
    }

    @Test
    void insideAFlowTheCurrentStepComesFirst() throws Exception {
        assertEquals("flow", s.say("in-flow", "保证金怎么退").path("kind").asText());
        JsonNode list = s.suggest("官方直送怎么关", "in-flow", 3).path("suggestions");
        assertEquals(3, list.size());
        JsonNode step = list.get(0);
        assertEquals("flow-step", step.path("source").asText());
        assertEquals("deposit-refund", step.path("flow").path("id").asText());
        assertEquals("close-services", step.path("flow").path("step").asText());
        assertTrue(step.path("answer").asText().contains("保证金退回需完成"), step.toString());
        assertEquals("faq", list.get(1).path("source").asText());
        // an unknown conversation, or one outside any flow, gets plain suggestions
        assertEquals("faq", s.suggest("官方直送怎么关", "nobody-here", 3).path("suggestions").get(0).path("source").asText());
    }

    @Test
    void suggestValidatesLikeMessages() throws Exception {
        String[][] bad = {
                {"{}", "missing_field"},
                {"{\"text\": \"  \"}", "blank_text"},
                {"{\"text\": 3}", "wrong_type"},
                {"{\"text\": \"" + "退".repeat(2001) + "\"}", "text_too_long"},
                {"{\"text\": \"保证金\", \"k\": 0}", "invalid_k"},
                {"{\"text\": \"保证金\", \"k\": 11}", "invalid_k"},
                {"{\"text\": \"保证金\", \"k\": 99999999999}", "invalid_k"},
                {"{\"text\": \"保证金\", \"k\": \"3\"}", "wrong_type"},
                {"{\"text\": \"保证金\", \"k\": 2.5}", "wrong_type"},
                {"{\"text\": \"保证金\", \"conversationId\": \"" + "c".repeat(129) + "\"}", "invalid_conversation_id"},
                {"{\"text\": \"保证金\", \"conversationId\": \"a\\u0000b\"}", "invalid_conversation_id"},
                {"{\"text\": \"保证金\"", "malformed_json"},
                {"[1]", "wrong_type"},
                {"", "malformed_json"},
        };
        for (String[] b : bad) {
            HttpResponse<String> r = s.send("POST", "/v1/suggest", StaffServer.STAFF, b[0]);
            assertEquals(400, r.statusCode(), b[0] + ": " + r.body());
            assertEquals(b[1], StaffServer.JSON.readTree(r.body()).path("error").path("code").asText(), b[0]);
        }
        try (RawHttp raw = new RawHttp(s.server.port())) {
            byte[] req = RawHttp.post("/v1/suggest", "text/plain", "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8), true);
            String withAuth = new String(req, StandardCharsets.UTF_8).replace("Host: localhost\r\n",
                    "Host: localhost\r\nAuthorization: Bearer " + StaffServer.STAFF + "\r\n");
            RawHttp.Response r = raw.send(withAuth).read();
            assertEquals(415, r.status());
        }
    }

    @Test
    void handoffsSilenceTheBotUntilStaffResolve() throws Exception {
        assertEquals("handoff", s.say("h-asked", "转人工").path("kind").asText());
        JsonNode silent = s.say("h-asked", "在吗？");
        assertEquals("human", silent.path("kind").asText());
        assertEquals("", silent.path("text").asText());
        Thread.sleep(5); // a later handoff
        assertEquals("fallback", s.say("h-fell", "今天天气怎么样").path("kind").asText());
        JsonNode second = s.say("h-fell", "明天会下雨吗");
        assertEquals("handoff", second.path("kind").asText());
        assertTrue(second.path("text").asText().contains("人工"));

        JsonNode list = s.staffGet("/v1/handoffs").path("handoffs");
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.path("conversationId").asText()));
        assertTrue(ids.indexOf("h-asked") >= 0 && ids.indexOf("h-asked") < ids.indexOf("h-fell"), "oldest first: " + ids);
        JsonNode asked = list.get(ids.indexOf("h-asked"));
        assertEquals("requested", asked.path("reason").asText());
        assertEquals("fallbacks", list.get(ids.indexOf("h-fell")).path("reason").asText());
        JsonNode last = asked.path("lastMessages");
        assertEquals(4, last.size(), last.toString());
        assertEquals("在吗？", last.get(2).path("text").asText());
        assertEquals("seller", last.get(2).path("role").asText());
        assertEquals("human", last.get(3).path("kind").asText());

        // the transcript
        JsonNode t = s.staffGet("/v1/conversations/h-fell");
        assertEquals("fallbacks", t.path("handoffReason").asText());
        JsonNode messages = t.path("messages");
        assertEquals(4, messages.size());
        assertEquals("今天天气怎么样", messages.get(0).path("text").asText());
        assertTrue(messages.get(0).path("confidence").isNull());
        assertEquals("fallback", messages.get(1).path("kind").asText());
        assertEquals("bot", messages.get(1).path("role").asText());
        assertTrue(messages.get(1).path("confidence").isNumber());
        assertFalse(messages.get(1).path("at").asText().isBlank());
        assertEquals("handoff", messages.get(3).path("kind").asText());

        // resolving gives it back to the bot
        HttpResponse<String> r = s.send("POST", "/v1/conversations/h-asked/resolve", StaffServer.STAFF, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode resolved = StaffServer.JSON.readTree(r.body());
        assertTrue(resolved.path("resolved").asBoolean());
        assertEquals("requested", resolved.path("previousReason").asText());
        List<String> after = new ArrayList<>();
        s.staffGet("/v1/handoffs").path("handoffs").forEach(n -> after.add(n.path("conversationId").asText()));
        assertFalse(after.contains("h-asked"));
        assertTrue(after.contains("h-fell"));
        JsonNode answered = s.say("h-asked", "怎么更换支付宝");
        assertEquals("faq", answered.path("kind").asText());
        assertEquals("alipay.change", answered.path("faqId").asText());
        // again: nothing to resolve
        r = s.send("POST", "/v1/conversations/h-asked/resolve", StaffServer.STAFF, null);
        assertEquals(200, r.statusCode());
        assertFalse(StaffServer.JSON.readTree(r.body()).path("resolved").asBoolean());
        assertTrue(s.staffGet("/v1/conversations/h-asked").path("handoffReason").isNull());
    }

    @Test
    void adminSeesTheUnansweredQuestionsGrouped() throws Exception {
        s.say("u-1", "你们老板叫什么名字");
        s.say("u-2", "你们老板叫什么");
        s.say("u-3", "保证金怎么退");
        HttpResponse<String> r = s.send("GET", "/admin/unanswered?since=1h&limit=5", StaffServer.ADMIN, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = StaffServer.JSON.readTree(r.body());
        boolean grouped = false;
        for (JsonNode g : body.path("groups")) {
            if (g.path("question").asText().startsWith("你们老板叫什么")) {
                grouped = g.path("count").asInt() == 2 && g.path("variants").size() == 2;
            }
            assertFalse(g.path("question").asText().equals("保证金怎么退"), "answered questions are not listed");
        }
        assertTrue(grouped, body.toPrettyString());
        assertTrue(body.path("groups").size() <= 5);
        for (String q : new String[] {"since=soon", "limit=0", "limit=x", "belowConfidence=2"}) {
            HttpResponse<String> bad = s.send("GET", "/admin/unanswered?" + q, StaffServer.ADMIN, null);
            assertEquals(400, bad.statusCode(), q);
            assertEquals("invalid_query", StaffServer.JSON.readTree(bad.body()).path("error").path("code").asText());
        }
    }

    @Test
    void theUnansweredGroupsComeByPages() throws Exception {
        String[] asked = {"你们老板叫什么名字", "火星上有水吗", "今天股票涨了吗", "怎么做红烧肉", "世界杯谁赢了"};
        for (int i = 0; i < asked.length; i++) {
            s.say("paged-" + i, asked[i]);
        }
        JsonNode whole = StaffServer.JSON.readTree(s.send("GET", "/admin/unanswered?since=1h&limit=500",
                StaffServer.ADMIN, null).body());
        assertTrue(whole.path("nextCursor").isNull());
        List<String> all = new ArrayList<>();
        whole.path("groups").forEach(g -> all.add(g.path("question").asText()));
        assertTrue(all.size() >= asked.length, all.toString());
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> r = s.send("GET", "/admin/unanswered?since=1h&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), StaffServer.ADMIN, null);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = StaffServer.JSON.readTree(r.body());
            assertTrue(page.path("groups").size() <= 2);
            page.path("groups").forEach(g -> paged.add(g.path("question").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertEquals(all, paged, "the pages are the whole report, in its order");
        HttpResponse<String> bad = s.send("GET", "/admin/unanswered?limit=501", StaffServer.ADMIN, null);
        assertEquals(400, bad.statusCode());
    }

    @Test
    void unknownConversationsAre404() throws Exception {
        for (String[] call : new String[][] {{"GET", "/v1/conversations/never-seen"},
                {"POST", "/v1/conversations/never-seen/resolve"}}) {
            HttpResponse<String> r = s.send(call[0], call[1], StaffServer.STAFF, null);
            assertEquals(404, r.statusCode(), r.body());
            assertEquals("unknown_conversation", StaffServer.JSON.readTree(r.body()).path("error").path("code").asText());
        }
    }

    @Test
    void conversationIdsAreDataNeverPaths() throws Exception {
        Set<String> before = files(tmp);
        // an id that looks like a path is decoded, checked, and looked up as data
        s.say("../../etc/passwd", "你好");
        JsonNode t = s.staffGet("/v1/conversations/..%2F..%2Fetc%2Fpasswd");
        assertEquals("../../etc/passwd", t.path("conversationId").asText());
        assertEquals(404, s.send("GET", "/v1/conversations/..%2F..%2Fetc%2Fshadow", StaffServer.STAFF, null).statusCode());
        HttpResponse<String> utf8 = s.send("GET", "/v1/conversations/%E4%BC%9A%E8%AF%9D", StaffServer.STAFF, null);
        assertEquals(404, utf8.statusCode());
        assertTrue(utf8.body().contains("会话"), "a UTF-8 id decodes: " + utf8.body());
        try (RawHttp raw = new RawHttp(s.server.port())) {
            String auth = "Authorization: Bearer " + StaffServer.STAFF + "\r\n";
            String[][] cases = {
                    {"GET", "/v1/conversations/../../etc/passwd", "404"},
                    {"GET", "/v1/conversations/%2e%2e/%2e%2e/etc/passwd", "404"},
                    {"GET", "/v1/conversations/%ZZ", "400"},
                    {"GET", "/v1/conversations/%C3%28", "400"},
                    {"GET", "/v1/conversations/a%00b", "400"},
                    {"GET", "/v1/conversations/%20%20", "400"},
                    {"GET", "/v1/conversations/" + "x".repeat(129), "400"},
                    {"POST", "/v1/conversations//resolve", "400"},
            };
            for (String[] c : cases) {
                raw.send(c[0] + " " + c[1] + " HTTP/1.1\r\nHost: localhost\r\n" + auth
                        + (c[0].equals("POST") ? "Content-Length: 0\r\n" : "") + "\r\n");
                RawHttp.Response r = raw.read();
                assertEquals(Integer.parseInt(c[2]), r.status(), c[1] + ": " + r.body());
                assertTrue(r.body().contains("\"error\""), r.body());
            }
        }
        assertEquals(before, files(tmp), "no endpoint wrote a file outside the data directory's store");
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> names = new TreeSet<>();
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(n -> !n.startsWith("data/" + dev.xiaoer.store.SqliteConversationStore.FILE))
                    .forEach(names::add);
            return names;
        }
    }
}
