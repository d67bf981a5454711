package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.Outbound;
import dev.xiaoer.web.Pages;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff replies over HTTP: through the outbox to the web chat's live stream and into its history;
 * kept in the transcript for a conversation with no channel; to the channel a conversation's last
 * pushed reply took; take-over silences the bot until it is handed back; and what is refused.
 */
class StaffReplyTest {
    @TempDir
    static Path dir;
    static WebHarness web;

    @BeforeAll
    static void start() throws Exception {
        web = new WebHarness(dir);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static String reply(String text) {
        return WebHarness.JSON.createObjectNode().put("text", text).put("staffId", "wang").toString();
    }

    @Test
    void aStaffReplyReachesTheWebChatLiveAndStaysInItsHistory() throws Exception {
        String cid = "web-live0000000000000001";
        List<String> received = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> stream = web.http.send(HttpRequest.newBuilder(web.uri("/chat/events?conversationId=" + cid))
                .build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> stream.body().forEach(received::add));
        reader.setDaemon(true);
        reader.start();

        assertEquals("handoff", web.chat(cid, "我要转人工").path("kind").asText());
        JsonNode sent = web.ok(web.send("POST", "/v1/conversations/" + cid + "/reply", WebHarness.STAFF, reply("您好，我是小王")));
        assertEquals("web", sent.path("channel").asText());
        assertFalse(sent.path("tookOver").asBoolean(), "it was handed off already");

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (received.stream().noneMatch(l -> l.contains("您好，我是小王")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(received.stream().anyMatch(l -> l.startsWith("data: ") && l.contains("\"role\":\"staff\"")
                && l.contains("您好，我是小王")), "pushed live: " + received);

        JsonNode history = web.ok(web.send("GET", "/chat/history?conversationId=" + cid, null, null));
        JsonNode last = history.path("messages").get(history.path("messages").size() - 1);
        assertEquals("staff", last.path("role").asText());
        assertEquals("您好，我是小王", last.path("text").asText());
        assertTrue(history.path("withPerson").asBoolean());

        JsonNode transcript = web.ok(web.send("GET", "/v1/conversations/" + cid, WebHarness.STAFF, null));
        JsonNode line = transcript.path("messages").get(transcript.path("messages").size() - 1);
        assertEquals("staff", line.path("role").asText());
        assertEquals("wang", line.path("senderId").asText());
        List<OutboxItem> items = web.store.outbox().list(OutboxItem.State.SENT, 50);
        assertTrue(items.stream().anyMatch(i -> i.conversationId().equals(cid) && i.channel().equals("web")),
                "delivered through the outbox: " + items);
        stream.body().close();
    }

    @Test
    void takingOverSilencesTheBotUntilItIsHandedBack() throws Exception {
        String cid = "web-takeover00000000000001";
        assertEquals("faq", web.chat(cid, "售后进度在哪里看").path("kind").asText(), "the bot answers first");
        JsonNode taken = web.ok(web.send("POST", "/v1/conversations/" + cid + "/takeover", WebHarness.STAFF, null));
        assertTrue(taken.path("takenOver").asBoolean());
        JsonNode silent = web.chat(cid, "保证金怎么退");
        assertEquals("human", silent.path("kind").asText());
        assertEquals("", silent.path("text").asText());
        JsonNode queue = web.ok(web.send("GET", "/v1/handoffs", WebHarness.STAFF, null));
        assertTrue(queue.toString().contains("\"conversationId\":\"" + cid + "\",\"reason\":\"taken_over\""), queue.toString());

        web.ok(web.send("POST", "/v1/conversations/" + cid + "/resolve", WebHarness.STAFF, null));
        assertEquals("flow", web.chat(cid, "保证金怎么退").path("kind").asText(), "the bot answers again");
    }

    @Test
    void aReplyToAConversationWithNoChannelIsKeptInItsTranscriptAndTakesItOver() throws Exception {
        String cid = "api-no-channel-1";
        web.ok(web.send("POST", "/v1/messages", null, TestServer.message(cid, "保证金怎么退", "m-1")));
        JsonNode sent = web.ok(web.send("POST", "/v1/conversations/" + cid + "/reply", WebHarness.STAFF, reply("我来帮您")));
        assertTrue(sent.path("channel").isNull(), sent.toString());
        assertTrue(sent.path("tookOver").asBoolean(), "a reply takes a conversation still with the bot over");
        JsonNode transcript = web.ok(web.send("GET", "/v1/conversations/" + cid, WebHarness.STAFF, null));
        assertEquals("taken_over", transcript.path("handoffReason").asText());
        assertTrue(transcript.toString().contains("\"role\":\"staff\",\"msgId\":null,\"senderId\":\"wang\",\"text\":\"我来帮您\""),
                transcript.toString());
        assertTrue(web.store.outbox().list(null, 500).stream().noneMatch(i -> i.conversationId().equals(cid)));
    }

    @Test
    void aReplyGoesToTheChannelTheConversationsLastPushedReplyTook() throws Exception {
        String cid = "dingtalk:conv-7";
        Instant now = Instant.now();
        Session session = Session.fresh(cid, now);
        Reply bot = new Reply(cid, "m-1", Kind.FAQ, "答", "a.b", 0.9, List.of(), null, List.of());
        web.store.commit(new Exchange(cid, "m-1", "u-1", "问", now, session, bot, now,
                new Outbound("dingtalk", "https://oapi.example/robot?session=abc", "robot-1", null)));
        JsonNode sent = web.ok(web.send("POST", "/v1/conversations/" + cid + "/reply", WebHarness.STAFF, reply("人工回复")));
        assertEquals("dingtalk", sent.path("channel").asText());
        OutboxItem item = web.store.outbox().list(null, 500).stream()
                .filter(i -> i.conversationId().equals(cid) && i.reply().text().equals("人工回复")).findFirst().orElseThrow();
        assertEquals("https://oapi.example/robot?session=abc", item.address());
        assertEquals("robot-1", item.rateKey());
        assertEquals("human", item.reply().kind().wire());
    }

    @Test
    void refusals() throws Exception {
        HttpResponse<String> noToken = web.send("POST", "/v1/conversations/web-x000000000000000000/reply", null, reply("hi"));
        assertEquals(401, noToken.statusCode());
        assertTrue(noToken.body().contains("\"code\":\"unauthorized\""), noToken.body());
        assertEquals(401, web.send("POST", "/admin/try", WebHarness.STAFF, "{\"text\":\"hi\"}").statusCode(),
                "the staff token opens no admin endpoint");
        HttpResponse<String> unknown = web.send("POST", "/v1/conversations/never-seen/reply", WebHarness.STAFF, reply("hi"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown_conversation"));
        assertEquals(400, web.send("POST", "/v1/conversations/web-x000000000000000000/reply", WebHarness.STAFF,
                "{\"text\":\"  \"}").statusCode());
        HttpResponse<String> notWeb = web.send("POST", "/chat/messages", null, TestServer.message("c-1", "你好", null));
        assertEquals(400, notWeb.statusCode());
        assertTrue(notWeb.body().contains("invalid_conversation_id"));
        assertEquals(400, web.send("GET", "/chat/history?conversationId=c-1", null, null).statusCode(),
                "only a web chat's own history is readable without a token");
        assertEquals(400, web.send("GET", "/chat/events?conversationId=c-1", null, null).statusCode());
        assertEquals(404, web.send("GET", "/assets/secret.txt", null, null).statusCode());
        assertEquals(404, web.send("GET", "/assets/..%2Fchat.html", null, null).statusCode());
        for (String page : List.of("/chat", "/console", "/console/knowledge", "/assets/chat.js")) {
            HttpResponse<String> r = web.send("GET", page, null, null);
            assertEquals(200, r.statusCode(), page);
            assertEquals(Pages.CSP, r.headers().firstValue("content-security-policy").orElse(null), page);
            assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(null), page);
        }
    }

    @Test
    void theEditorsReads() throws Exception {
        JsonNode tried = web.ok(web.send("POST", "/admin/try", WebHarness.ADMIN, "{\"text\":\"運單號填錯了\"}"));
        assertEquals("waybill.modify", tried.path("reply").path("faqId").asText());
        assertTrue(tried.path("reply").path("text").asText().contains("運單"), "answered in Traditional script");
        assertTrue(tried.path("candidates").size() >= 2, "the runner-ups too");
        assertTrue(tried.path("candidates").get(0).path("matchedWords").size() > 0);
        JsonNode entries = web.ok(web.send("GET", "/admin/knowledge/entries", WebHarness.ADMIN, null));
        assertTrue(entries.path("faqs").toString().contains("\"id\":\"deposit.refund\""));
        assertEquals("faq/aftersales.yaml:1", entries.path("faqs").get(0).path("source").asText(),
                entries.path("faqs").get(0).toString());
        assertTrue(entries.path("flows").toString().contains("\"id\":\"deposit-refund\""));
        JsonNode eval = web.ok(web.send("GET", "/admin/eval", WebHarness.ADMIN, null));
        assertTrue(eval.path("cases").asInt() > 100, eval.toString());
        assertTrue(eval.path("top1").asDouble() > 0.5, eval.toString());
    }
}
