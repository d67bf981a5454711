package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.channel.Callbacks;
import dev.xiaoer.channel.FakeApi;
import dev.xiaoer.channel.dingtalk.DingTalkChannel;
import dev.xiaoer.channel.feishu.FeishuChannel;
import dev.xiaoer.channel.wecom.WeComChannel;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.outbox.HttpSend;
import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.outbox.OutboxSettings;
import dev.xiaoer.store.SqliteConversationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generic webhook with keys configured: every message signed ({@code X-Xiaoer-Signature}), a
 * signed one may name a callbackUrl its replies are pushed to (signed the same way); and channels
 * that lack their settings, off at their paths and in {@code /readyz}.
 */
class SignedWebhookTest {
    static final String KEY = "erp-secret-0123";
    static final WebhookKeys KEYS = WebhookKeys.parse("shop-erp:" + KEY + ", other:another-secret");

    @TempDir
    static Path tmp;
    static SqliteConversationStore store;
    static Conversations service;
    static Outbox outbox;
    static XiaoerServer server;
    static FakeApi callback;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        callback = new FakeApi();
        store = SqliteConversationStore.open(tmp.resolve("data"));
        service = new Conversations(store, new Conversations.Settings(2, 10), new Telemetry(new Metrics(), false),
                Clock.systemUTC());
        service.swap(new FakeDialogue());
        outbox = new Outbox(store.outbox(), List.of(new CallbackCourier(KEYS, HttpSend.defaults(), Clock.systemUTC())),
                new OutboxSettings(Duration.ofMillis(20), Duration.ofMillis(100), 5, 2, Duration.ofDays(1)),
                Clock.systemUTC()).start();
        Callbacks callbacks = new Callbacks(service, outbox, Clock.systemUTC());
        Integrations integrations = new Integrations(List.of(new DingTalkChannel(" ", callbacks),
                new WeComChannel(new WeComChannel.Settings("t", "too-short", "corp", null, null, null), callbacks),
                new FeishuChannel(new FeishuChannel.Settings("k", null, null, null, null), callbacks)), KEYS, outbox);
        server = new XiaoerServer(ServerConfig.defaults("127.0.0.1", 0), service, new Metrics(), Backoffice.closed(),
                integrations);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(5));
        service.close(Duration.ofSeconds(5));
        outbox.close();
        store.close();
        callback.close();
    }

    static HttpResponse<String> post(String path, String body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header(WebhookKeys.HEADER, signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sign(String keyId, String body, Instant at) {
        return KEYS.sign(keyId, body.getBytes(StandardCharsets.UTF_8), at);
    }

    static String code(HttpResponse<String> r) throws Exception {
        return TestServer.json(r.body()).path("error").path("code").asText();
    }

    @Test
    void withKeysConfiguredEveryMessageMustBeSignedAndFresh() throws Exception {
        String body = TestServer.message("w-1", "你好", "m-1");
        Instant now = Instant.now();
        for (String signature : new String[] {null, "garbage", sign("other", body, now).replace("other", "shop-erp"),
                sign("shop-erp", body + " ", now), sign("shop-erp", body, now.minusSeconds(600)),
                sign("shop-erp", body, now).replace("keyId=shop-erp", "keyId=unknown")}) {
            HttpResponse<String> r = post("/v1/messages", body, signature);
            assertEquals(401, r.statusCode(), signature + ": " + r.body());
            assertEquals("bad_signature", code(r));
            assertFalse(r.headers().firstValue("WWW-Authenticate").isPresent());
        }
        assertTrue(store.transcript("w-1").isEmpty(), "nothing stored");
        assertEquals(200, post("/v1/messages", body, sign("shop-erp", body, now)).statusCode());
        assertEquals(200, post("/v1/messages", TestServer.message("w-2", "你好", null), sign("other",
                TestServer.message("w-2", "你好", null), now.minusSeconds(200))).statusCode(), "each integration its key");
    }

    @Test
    void aSignedMessagesRepliesArePushedToItsCallbackSignedOncePerDelivery() throws Exception {
        var node = TestServer.JSON.readTree(TestServer.message("w-cb", "保证金怎么退", "m-cb-1")).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("callbackUrl", callback.base() + "/hooks/xiaoer?shop=9");
        String body = node.toString();
        HttpResponse<String> r = post("/v1/messages", body, sign("shop-erp", body, Instant.now()));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(200, post("/v1/messages", body, sign("shop-erp", body, Instant.now())).statusCode(), "retried");
        List<FakeApi.Received> got = callback.await(x -> x.path().equals("/hooks/xiaoer"), 1);
        Thread.sleep(200);
        assertEquals(1, callback.to("/hooks/xiaoer").size(), "one delivery for the retried message");
        FakeApi.Received delivery = got.get(0);
        assertEquals(r.body(), delivery.body(), "the reply as the endpoint returned it");
        assertEquals("shop=9", delivery.query());
        assertTrue(delivery.deliveryId().startsWith("x-"));
        // the integration checks the callback as the service checks its messages
        assertEquals("shop-erp", KEYS.verify(delivery.signature(), delivery.body().getBytes(StandardCharsets.UTF_8), Instant.now()));
    }

    @Test
    void aCallbackUrlMustBeAnHttpUrl() throws Exception {
        for (String url : new String[] {"ftp://x/y", "/relative", "http://", "not a url"}) {
            String body = "{\"conversationId\":\"w-bad\",\"text\":\"你好\",\"callbackUrl\":\"" + url + "\"}";
            HttpResponse<String> r = post("/v1/messages", body, sign("shop-erp", body, Instant.now()));
            assertEquals(400, r.statusCode(), url);
            assertEquals("invalid_callback_url", code(r));
        }
    }

    @Test
    void channelsWithoutTheirSettingsAreOffAndSaySo() throws Exception {
        for (String path : new String[] {"/channels/dingtalk", "/channels/wecom", "/channels/feishu"}) {
            HttpResponse<String> r = post(path, "{}", null);
            assertEquals(404, r.statusCode(), path);
            assertEquals("channel_off", code(r));
        }
        JsonNode ready = TestServer.json(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/readyz")).build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode channels = ready.path("channels");
        assertFalse(channels.path("dingtalk").path("on").asBoolean(true));
        assertEquals("XIAOER_DINGTALK_APP_SECRET is not set", channels.path("dingtalk").path("detail").asText());
        assertTrue(channels.path("wecom").path("detail").asText().contains("XIAOER_WECOM_AES_KEY"), channels.toString());
        assertEquals("XIAOER_FEISHU_VERIFICATION_TOKEN, XIAOER_FEISHU_APP_ID, XIAOER_FEISHU_APP_SECRET not set",
                channels.path("feishu").path("detail").asText());
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(0, Exposition.value(metrics, "xiaoer_channel_up{channel=\"feishu\"}"), metrics);
        assertEquals(0, Exposition.value(metrics, "xiaoer_outbox_items{state=\"dead\"}"), metrics);
    }

    @Test
    void keysAreParsedStrictlyAndNeverPrinted() {
        assertEquals("WebhookKeys[other, shop-erp]", KEYS.toString());
        for (String bad : new String[] {"hunter2", ":hunter2", "a:", "a:hunter2,a:hunter2", "sp ace:hunter2"}) {
            try {
                WebhookKeys.parse(bad);
                throw new AssertionError(bad + " was accepted");
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().contains("hunter2"), expected.getMessage());
            }
        }
        assertFalse(WebhookKeys.parse(" ").enabled());
    }
}
