package dev.xiaoer.channel.dingtalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.channel.ChannelHarness;
import dev.xiaoer.channel.ChannelSocketTest;
import dev.xiaoer.channel.FakeApi;
import dev.xiaoer.dialogue.Reply;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /channels/dingtalk} over a real socket, its replies at a fake sessionWebhook. */
class DingTalkChannelTest extends ChannelSocketTest {

    /** A robot callback as DingTalk sends it, its sessionWebhook at the fake API. */
    static String callback(String conversation, String msgId, String text, boolean webhook) {
        ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        body.put("msgtype", "text").put("msgId", msgId).put("conversationId", conversation).put("conversationType", "1")
                .put("senderStaffId", "staff-7").put("senderNick", "卖家").put("robotCode", "ding-robot-1")
                .put("createAt", System.currentTimeMillis());
        body.putObject("text").put("content", " " + text);
        if (webhook) {
            body.put("sessionWebhook", h.api.base() + "/robot/sendBySession?session=" + conversation)
                    .put("sessionWebhookExpiredTime", System.currentTimeMillis() + 3_600_000);
        }
        return body.toString();
    }

    static Map<String, String> signed(long timestamp, String secret) {
        return Map.of("timestamp", String.valueOf(timestamp), "sign", DingTalkSignature.sign(secret, String.valueOf(timestamp)));
    }

    static HttpResponse<String> post(Map<String, String> headers, String body) throws Exception {
        return h.post("/channels/dingtalk", headers, "application/json; charset=utf-8", body);
    }

    @Test
    void aBadOrStaleSignatureIs401AndStoresNothing() throws Exception {
        String body = callback("cid-bad", "msg-bad-1", "保证金怎么退", true);
        long now = System.currentTimeMillis();
        List<Map<String, String>> refused = List.of(
                Map.of(),
                Map.of("timestamp", String.valueOf(now)),
                signed(now, "another secret"),
                Map.of("timestamp", String.valueOf(now), "sign", signed(now + 1, ChannelHarness.DINGTALK_SECRET).get("sign")),
                signed(now - 3_700_000, ChannelHarness.DINGTALK_SECRET), // signed right, over an hour ago
                signed(now + 3_700_000, ChannelHarness.DINGTALK_SECRET),
                Map.of("timestamp", "yesterday", "sign", "x"));
        for (Map<String, String> headers : refused) {
            HttpResponse<String> r = post(headers, body);
            assertEquals(401, r.statusCode(), headers + ": " + r.body());
            assertEquals("bad_signature", ChannelHarness.code(r));
            assertFalse(r.body().contains(ChannelHarness.DINGTALK_SECRET));
        }
        assertFalse(h.storedAnything("dingtalk:cid-bad"), "nothing stored for a refused callback");
        assertEquals(0, h.api.to("/robot/sendBySession").stream().filter(r -> r.query().endsWith("=cid-bad")).count(),
                "nothing sent");
        assertEquals(200, post(signed(now - 3_000_000, ChannelHarness.DINGTALK_SECRET), body).statusCode(),
                "50 minutes of skew are within the hour");
    }

    @Test
    void aRetriedDeliveryIsAnsweredOnce() throws Exception {
        String body = callback("cid-retry", "msg-retry-1", "保证金怎么退", true);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = post(signed(System.currentTimeMillis(), ChannelHarness.DINGTALK_SECRET), body);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("{}", r.body(), "the reply goes to the sessionWebhook");
        }
        List<FakeApi.Received> sent = h.api.await(r -> r.path().startsWith("/robot/sendBySession")
                && r.query().endsWith("=cid-retry"), 1);
        Thread.sleep(300);
        assertEquals(1, h.api.to("/robot/sendBySession").stream().filter(r -> r.query().endsWith("=cid-retry")).count(),
                "one reply for three deliveries");
        assertEquals(1, h.botLines("dingtalk:cid-retry"));
        assertEquals(h.reply("dingtalk:cid-retry", "msg-retry-1").text(), sent.get(0).json().path("actionCard").path("text").asText());
    }

    @Test
    void aWholeDepositRefundConversationArrivesAtTheSessionWebhookInOrder() throws Exception {
        List<String> says = DEPOSIT_SAYS;
        List<String> steps = DEPOSIT_STEPS;
        for (int i = 0; i < says.size(); i++) {
            HttpResponse<String> r = post(signed(System.currentTimeMillis(), ChannelHarness.DINGTALK_SECRET),
                    callback("cid-deposit", "msg-d-" + i, says.get(i), true));
            assertEquals(200, r.statusCode(), r.body());
            // the seller answers once the bot's question has arrived
            h.api.await(x -> x.query() != null && x.query().endsWith("=cid-deposit"), i + 1);
        }
        List<FakeApi.Received> sent = h.api.to("/robot/sendBySession").stream()
                .filter(r -> r.query().endsWith("=cid-deposit")).toList();
        assertEquals(says.size(), sent.size());
        assertEquals(says.size(), new HashSet<>(sent.stream().map(FakeApi.Received::deliveryId).toList()).size(),
                "a delivery id per reply");
        for (int i = 0; i < says.size(); i++) {
            Reply stored = h.reply("dingtalk:cid-deposit", "msg-d-" + i);
            assertEquals(steps.get(i), stored.flow().step(), "turn " + i);
            JsonNode msg = sent.get(i).json();
            String text = msg.has("actionCard") ? msg.path("actionCard").path("text").asText() : msg.path("text").path("content").asText();
            assertEquals(stored.text(), text, "turn " + i + " arrives in order, as stored");
        }
        JsonNode first = sent.get(0).json().path("actionCard");
        assertTrue(first.path("text").asText().contains("都关闭了吗"), first.toString());
        List<String> buttons = new java.util.ArrayList<>();
        for (JsonNode b : first.path("btns")) {
            String url = b.path("actionURL").asText();
            assertTrue(url.startsWith("dtmd://dingtalkclient/sendMessage?content="), url);
            assertEquals(b.path("title").asText(), URLDecoder.decode(url.substring(url.indexOf('=') + 1), StandardCharsets.UTF_8));
            buttons.add(b.path("title").asText());
        }
        assertEquals(h.reply("dingtalk:cid-deposit", "msg-d-0").options(), buttons, "the quick replies are the buttons");
        assertTrue(sent.get(4).json().toString().contains("转出"), sent.get(4).body());
    }

    @Test
    void withoutASessionWebhookTheReplyIsTheResponse() throws Exception {
        HttpResponse<String> r = post(signed(System.currentTimeMillis(), ChannelHarness.DINGTALK_SECRET),
                callback("cid-body", "msg-body-1", "谢谢", false));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode reply = ChannelHarness.json(r.body());
        assertEquals("text", reply.path("msgtype").asText());
        assertEquals(h.reply("dingtalk:cid-body", "msg-body-1").text(), reply.path("text").path("content").asText());
    }

    @Test
    void aPictureIsAcknowledgedAndIgnored() throws Exception {
        String body = "{\"msgtype\":\"picture\",\"msgId\":\"p-1\",\"conversationId\":\"cid-pic\",\"content\":{}}";
        HttpResponse<String> r = post(signed(System.currentTimeMillis(), ChannelHarness.DINGTALK_SECRET), body);
        assertEquals(200, r.statusCode());
        assertFalse(h.storedAnything("dingtalk:cid-pic"));
    }
}
