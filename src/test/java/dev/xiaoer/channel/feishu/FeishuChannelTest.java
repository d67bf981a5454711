package dev.xiaoer.channel.feishu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.channel.ChannelHarness;
import dev.xiaoer.channel.ChannelSocketTest;
import dev.xiaoer.channel.FakeApi;
import dev.xiaoer.channel.ReplyText;
import dev.xiaoer.store.Outbound;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code POST /channels/feishu} over a real socket, replies at a fake message API. */
class FeishuChannelTest extends ChannelSocketTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final FeishuCrypto CRYPTO = new FeishuCrypto(ChannelHarness.FEISHU_KEY);

    static String encrypted(String event) {
        byte[] iv = new byte[16];
        ThreadLocalRandom.current().nextBytes(iv);
        return JSON.createObjectNode().put("encrypt", CRYPTO.encrypt(event, iv)).toString();
    }

    /** An {@code im.message.receive_v1} event, as Feishu sends it before encryption. */
    static String event(String eventId, String chat, String text, String token) {
        ObjectNode root = JSON.createObjectNode().put("schema", "2.0");
        root.putObject("header").put("event_id", eventId).put("token", token).put("create_time", "1700000000000")
                .put("event_type", "im.message.receive_v1").put("tenant_key", "tenant-1").put("app_id", "cli_test");
        ObjectNode ev = root.putObject("event");
        ev.putObject("sender").put("sender_type", "user").putObject("sender_id").put("open_id", "ou_seller");
        ev.putObject("message").put("message_id", "om_" + eventId).put("chat_id", chat).put("chat_type", "p2p")
                .put("message_type", "text").put("content", JSON.createObjectNode().put("text", "@_user_1 " + text).toString());
        return root.toString();
    }

    static Map<String, String> signed(String body, long timestamp) {
        String ts = String.valueOf(timestamp);
        String nonce = "n" + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, String> h = new HashMap<>();
        h.put("X-Lark-Request-Timestamp", ts);
        h.put("X-Lark-Request-Nonce", nonce);
        h.put("X-Lark-Signature", CRYPTO.signature(ts, nonce, body.getBytes(StandardCharsets.UTF_8)));
        return h;
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static HttpResponse<String> post(Map<String, String> headers, String body) throws Exception {
        return h.post("/channels/feishu", headers, "application/json; charset=utf-8", body);
    }

    @Test
    void theUrlVerificationIsAnsweredWithItsChallengeWhenItsTokenIsRight() throws Exception {
        String challenge = "{\"challenge\":\"ajls384kdjx98XX\",\"token\":\"" + ChannelHarness.FEISHU_TOKEN + "\",\"type\":\"url_verification\"}";
        HttpResponse<String> r = post(Map.of(), encrypted(challenge));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ajls384kdjx98XX", ChannelHarness.json(r.body()).path("challenge").asText());
        HttpResponse<String> wrong = post(Map.of(), encrypted(challenge.replace(ChannelHarness.FEISHU_TOKEN, "guess")));
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void aBadOrStaleSignatureIs401AndStoresNothing() throws Exception {
        String body = encrypted(event("ev-bad-1", "oc_bad", "保证金怎么退", ChannelHarness.FEISHU_TOKEN));
        Map<String, String> tampered = new HashMap<>(signed(body, now()));
        tampered.put("X-Lark-Request-Nonce", "another");
        Map<String, String> noTimestamp = new HashMap<>(signed(body, now()));
        noTimestamp.remove("X-Lark-Request-Timestamp");
        List<Map<String, String>> refused = List.of(Map.of(), tampered, noTimestamp, signed(body, now() - 7200),
                signed(body, now() + 7200), Map.of("X-Lark-Request-Timestamp", String.valueOf(now()),
                        "X-Lark-Request-Nonce", "n", "X-Lark-Signature", new FeishuCrypto("another key").signature(
                                String.valueOf(now()), "n", body.getBytes(StandardCharsets.UTF_8))));
        for (Map<String, String> headers : refused) {
            HttpResponse<String> r = post(headers, body);
            assertEquals(401, r.statusCode(), headers + ": " + r.body());
            assertEquals("bad_signature", ChannelHarness.code(r));
        }
        String wrongToken = encrypted(event("ev-bad-2", "oc_bad", "保证金怎么退", "not-the-token"));
        assertEquals(401, post(signed(wrongToken, now()), wrongToken).statusCode(), "signed, but not with our token");
        assertFalse(h.storedAnything("feishu:oc_bad"));
        assertEquals(200, post(signed(body, now()), body).statusCode());
        assertTrue(h.storedAnything("feishu:oc_bad"));
    }

    @Test
    void aRetriedEventIsAnsweredOnce() throws Exception {
        String body = encrypted(event("ev-retry-1", "oc_retry", "保证金怎么退", ChannelHarness.FEISHU_TOKEN));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = post(signed(body, now()), body);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("{}", r.body());
        }
        h.api.await(r -> r.body().contains("oc_retry"), 1);
        Thread.sleep(300);
        List<FakeApi.Received> sent = h.api.to("/open-apis/im/v1/messages").stream()
                .filter(r -> r.body().contains("oc_retry")).toList();
        assertEquals(1, sent.size(), "one reply for three deliveries of the event");
        assertEquals(1, h.botLines("feishu:oc_retry"));
    }

    @Test
    void aWholeDepositRefundArrivesAtTheMessageApiInOrder() throws Exception {
        List<String> says = DEPOSIT_SAYS;
        List<String> steps = DEPOSIT_STEPS;
        for (int i = 0; i < says.size(); i++) {
            String body = encrypted(event("ev-d-" + i, "oc_deposit", says.get(i), ChannelHarness.FEISHU_TOKEN));
            HttpResponse<String> r = post(signed(body, now()), body);
            assertEquals(200, r.statusCode(), r.body());
            h.api.await(x -> x.body().contains("oc_deposit"), i + 1);
        }
        List<FakeApi.Received> sent = h.api.to("/open-apis/im/v1/messages").stream()
                .filter(r -> r.body().contains("oc_deposit")).toList();
        assertEquals(says.size(), sent.size());
        for (int i = 0; i < says.size(); i++) {
            var stored = h.reply("feishu:oc_deposit", "ev-d-" + i);
            assertEquals(steps.get(i), stored.flow().step(), "the mention is not part of what the seller said");
            var body = sent.get(i).json();
            assertEquals("receive_id_type=chat_id", sent.get(i).query());
            assertEquals("Bearer t-feishu-1", sent.get(i).authorization());
            assertEquals("oc_deposit", body.path("receive_id").asText());
            assertEquals("text", body.path("msg_type").asText());
            assertEquals(ReplyText.of(stored), JSON.readTree(body.path("content").asText()).path("text").asText());
            String id = Outbound.deliveryId("feishu", "feishu:oc_deposit", "ev-d-" + i);
            assertEquals(id, body.path("uuid").asText(), "Feishu dedupes on the delivery id");
            assertEquals(id, sent.get(i).deliveryId());
        }
    }

    @Test
    void anExpiredTokenIsFetchedAgainAndTheReplyRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        h.api.answering(r -> r.body().contains("oc_token") && calls.incrementAndGet() == 1
                ? new FakeApi.Answer(400, "{\"code\":99991663,\"msg\":\"Invalid access token for authorization\"}")
                : FakeApi.succeed(r));
        try {
            int tokens = h.api.to("/open-apis/auth").size();
            String body = encrypted(event("ev-token-1", "oc_token", "你好", ChannelHarness.FEISHU_TOKEN));
            assertEquals(200, post(signed(body, now()), body).statusCode());
            List<FakeApi.Received> sent = h.api.await(r -> r.body().contains("oc_token"), 2);
            assertEquals(2, sent.size());
            assertEquals(sent.get(0).deliveryId(), sent.get(1).deliveryId(), "retried under the same delivery id");
            assertTrue(h.api.to("/open-apis/auth").size() >= tokens + 1, "a new tenant token was fetched");
        } finally {
            h.api.answering(FakeApi::succeed);
        }
    }
}
