package dev.xiaoer.channel.wecom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.channel.ChannelHarness;
import dev.xiaoer.channel.ChannelSocketTest;
import dev.xiaoer.channel.FakeApi;
import dev.xiaoer.channel.Refusal;
import dev.xiaoer.channel.ReplyText;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET|POST /channels/wecom} over a real socket: the URL check, encrypted messages, passive
 * replies; and, with a clock that makes every reply late, the replies through a fake send API.
 */
class WeComChannelTest extends ChannelSocketTest {
    /** Its clock runs 10 s ahead: every reply is later than WeCom's passive window. */
    static ChannelHarness late;
    static final WeComCrypto CRYPTO = new WeComCrypto(ChannelHarness.WECOM_TOKEN, ChannelHarness.WECOM_AES_KEY,
            ChannelHarness.WECOM_CORP);

    @BeforeAll
    static void startLate() throws Exception {
        late = new ChannelHarness(tmp.resolve("late"), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stopLate() {
        late.close();
    }

    static byte[] salt() {
        byte[] b = new byte[16];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    /** A text message as WeCom posts it: the encrypted XML and the query signing it. */
    record Callback(String query, String body) {
    }

    static Callback message(WeComCrypto crypto, String user, String msgId, String text, long timestamp) {
        String plain = "<xml><ToUserName><![CDATA[" + ChannelHarness.WECOM_CORP + "]]></ToUserName><FromUserName><![CDATA["
                + user + "]]></FromUserName><CreateTime>" + timestamp + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + text + "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
        String encrypted = crypto.encrypt(plain, salt());
        String ts = String.valueOf(timestamp);
        String nonce = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        return new Callback("?msg_signature=" + crypto.signature(ts, nonce, encrypted) + "&timestamp=" + ts + "&nonce=" + nonce,
                "<xml><ToUserName><![CDATA[" + ChannelHarness.WECOM_CORP + "]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID>"
                        + "<Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>");
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static HttpResponse<String> post(ChannelHarness on, Callback c) throws Exception {
        return on.post("/channels/wecom" + c.query(), Map.of(), "text/xml", c.body());
    }

    static String field(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">", Pattern.DOTALL).matcher(xml);
        assertTrue(m.find(), name + " in " + xml);
        return m.group(1);
    }

    /** The text of an encrypted passive reply, its signature checked as WeCom would. */
    static String passive(String xml) throws Refusal {
        String encrypted = field(xml, "Encrypt");
        CRYPTO.verify(field(xml, "MsgSignature"), field(xml, "TimeStamp"), field(xml, "Nonce"), encrypted);
        return field(CRYPTO.decrypt(encrypted), "Content");
    }

    @Test
    void theUrlCheckEchoesTheDecryptedEchostrAndRefusesABadOrStaleOne() throws Exception {
        String echostr = CRYPTO.encrypt("4837261950128374", salt());
        String ts = String.valueOf(now());
        HttpResponse<String> ok = h.get("/channels/wecom?msg_signature=" + CRYPTO.signature(ts, "1234", echostr)
                + "&timestamp=" + ts + "&nonce=1234&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("4837261950128374", ok.body());
        HttpResponse<String> bad = h.get("/channels/wecom?msg_signature=" + CRYPTO.signature(ts, "1235", echostr)
                + "&timestamp=" + ts + "&nonce=1234&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8));
        assertEquals(401, bad.statusCode());
        // the documented sample is signed right, but from 2016: stale
        HttpResponse<String> sample = h.get("/channels/wecom?msg_signature=" + WeComCryptoTest.SIGNATURE + "&timestamp="
                + WeComCryptoTest.TIMESTAMP + "&nonce=" + WeComCryptoTest.NONCE + "&echostr="
                + URLEncoder.encode(WeComCryptoTest.ECHOSTR, StandardCharsets.UTF_8));
        assertEquals(401, sample.statusCode(), sample.body());
        assertEquals("bad_signature", ChannelHarness.code(sample));
    }

    @Test
    void aBadOrStaleSignatureIs401AndStoresNothing() throws Exception {
        Callback good = message(CRYPTO, "user-bad", "msg-bad-1", "保证金怎么退", now());
        List<Callback> refused = List.of(
                new Callback(good.query().replaceFirst("nonce=\\d", "nonce=0"), good.body()),
                new Callback(good.query().replaceFirst("msg_signature=[0-9a-f]", "msg_signature=g"), good.body()),
                new Callback("", good.body()),
                message(CRYPTO, "user-bad", "msg-bad-1", "保证金怎么退", now() - 7200),
                message(CRYPTO, "user-bad", "msg-bad-1", "保证金怎么退", now() + 7200),
                message(new WeComCrypto("another-token", ChannelHarness.WECOM_AES_KEY, ChannelHarness.WECOM_CORP),
                        "user-bad", "msg-bad-1", "保证金怎么退", now()),
                message(new WeComCrypto(ChannelHarness.WECOM_TOKEN, ChannelHarness.WECOM_AES_KEY, "ww-another-corp"),
                        "user-bad", "msg-bad-1", "保证金怎么退", now()));
        for (Callback c : refused) {
            HttpResponse<String> r = post(h, c);
            assertEquals(401, r.statusCode(), c.query() + ": " + r.body());
            assertEquals("bad_signature", ChannelHarness.code(r));
        }
        assertFalse(h.storedAnything("wecom:user-bad"));
        assertEquals(200, post(h, good).statusCode());
        assertTrue(h.storedAnything("wecom:user-bad"));
    }

    @Test
    void aRetriedDeliveryGetsTheSamePassiveReplyAndNothingIsPushed() throws Exception {
        List<String> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = post(h, message(CRYPTO, "user-retry", "msg-retry-1", "保证金怎么退", now()));
            assertEquals(200, r.statusCode(), r.body());
            replies.add(passive(r.body()));
        }
        String expected = ReplyText.of(h.reply("wecom:user-retry", "msg-retry-1"));
        assertEquals(List.of(expected, expected, expected), replies);
        assertTrue(expected.contains("都关闭了吗") && expected.contains("· 都关好了"), expected);
        assertEquals(1, h.botLines("wecom:user-retry"));
        Thread.sleep(WeComChannel.HOLD.toMillis() + 700); // past the hold: the passive reply settled it
        assertEquals(List.of(), h.api.to("/cgi-bin/message/send"), "delivered passively, so never pushed");
        assertEquals(0L, h.store.outbox().counts().get(dev.xiaoer.store.OutboxItem.State.PENDING));
    }

    @Test
    void aReplyLaterThanWeComWaitsGoesThroughTheSendApiAWholeDepositRefundInOrder() throws Exception {
        List<String> says = DEPOSIT_SAYS;
        List<String> steps = DEPOSIT_STEPS;
        for (int i = 0; i < says.size(); i++) {
            HttpResponse<String> r = post(late, message(CRYPTO, "seller-9", "msg-w-" + i, says.get(i), now()));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("", r.body(), "too late for a passive reply: the send API takes it");
            late.api.await(x -> x.path().equals("/cgi-bin/message/send"), i + 1);
        }
        List<FakeApi.Received> sent = late.api.to("/cgi-bin/message/send");
        assertEquals(says.size(), sent.size());
        for (int i = 0; i < says.size(); i++) {
            assertEquals(steps.get(i), late.reply("wecom:seller-9", "msg-w-" + i).flow().step());
            var body = sent.get(i).json();
            assertEquals("seller-9", body.path("touser").asText());
            assertEquals(1000002, body.path("agentid").asInt());
            assertEquals(ReplyText.of(late.reply("wecom:seller-9", "msg-w-" + i)), body.path("text").path("content").asText());
            assertEquals("access_token=wecom-token-1", sent.get(i).query());
        }
        assertEquals(1, late.api.to("/cgi-bin/gettoken").size(), "the access token is kept");
        assertTrue(sent.get(4).body().contains("转出"));
    }

    @Test
    void anEventIsAcknowledgedAndIgnored() throws Exception {
        String plain = "<xml><ToUserName><![CDATA[" + ChannelHarness.WECOM_CORP + "]]></ToUserName><FromUserName><![CDATA[user-ev]]>"
                + "</FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]>"
                + "</Event><AgentID>1000002</AgentID></xml>";
        String encrypted = CRYPTO.encrypt(plain, salt());
        String ts = String.valueOf(now());
        HttpResponse<String> r = h.post("/channels/wecom?msg_signature=" + CRYPTO.signature(ts, "9", encrypted) + "&timestamp="
                + ts + "&nonce=9", Map.of(), "text/xml", "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>");
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertFalse(h.storedAnything("wecom:user-ev"));
    }
}
