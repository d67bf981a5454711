package dev.xiaoer.channel.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.channel.Callbacks;
import dev.xiaoer.channel.CallbackChannel;
import dev.xiaoer.channel.ChannelRequest;
import dev.xiaoer.channel.ChannelResponse;
import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.channel.Refusal;
import dev.xiaoer.channel.ReplyText;
import dev.xiaoer.channel.Secrets;
import dev.xiaoer.conversation.Message;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.store.Outbound;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The WeCom (企业微信) app callback ({@code GET|POST /channels/wecom}). {@code GET} is the URL check:
 * {@code echostr} verified, decrypted and echoed. {@code POST} carries an encrypted XML message:
 * verified ({@code msg_signature}, at most an hour of skew), decrypted (its ReceiveId must be the corp
 * id) and answered with an encrypted passive reply when the reply is ready within
 * {@value #PASSIVE_SECONDS} s; when the send API is configured the reply is also committed to the
 * outbox, held for WeCom's 5 s, and pushed through {@code message/send} only if the passive reply
 * did not go out in time. Conversations are {@code wecom:<UserID>}.
 */
public final class WeComChannel extends CallbackChannel<WeComChannel.Callback> {
    public static final String NAME = "wecom";
    static final Duration SKEW = Duration.ofHours(1);
    static final long PASSIVE_SECONDS = 4;
    /** How long WeCom waits for a passive reply; a reply to push is held that long first. */
    static final Duration HOLD = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The settings, by their variables' names. */
    public record Settings(String token, String aesKey, String corpId, String secret, String agentId, String api) {
        public Settings {
            token = Secrets.configured(token);
            aesKey = Secrets.configured(aesKey);
            corpId = Secrets.configured(corpId);
            secret = Secrets.configured(secret);
            agentId = Secrets.configured(agentId);
            api = Secrets.configured(api) == null ? "https://qyapi.weixin.qq.com" : api.strip();
        }

        /** Whether replies can be pushed through the send API: a Secret and a numeric AgentId. */
        public boolean canSend() {
            return secret != null && agentId != null && agentId.matches("[0-9]{1,18}");
        }

        @Override
        public String toString() {
            return "WeComChannel.Settings[hidden]";
        }
    }

    /** Who wrote, when it arrived, and the delivery id of its reply when it was committed to be pushed. */
    record Callback(String user, Instant received, String deliveryId) {
    }

    private final Settings settings;
    private final WeComCrypto crypto;
    private final String offReason;
    private final SecureRandom random = new SecureRandom();

    public WeComChannel(Settings settings, Callbacks callbacks) {
        super(NAME, callbacks);
        this.settings = settings;
        List<String> missing = new ArrayList<>();
        if (settings.token() == null) {
            missing.add("XIAOER_WECOM_TOKEN");
        }
        if (settings.aesKey() == null) {
            missing.add("XIAOER_WECOM_AES_KEY");
        }
        if (settings.corpId() == null) {
            missing.add("XIAOER_WECOM_CORP_ID");
        }
        WeComCrypto c = null;
        String off = missing.isEmpty() ? null : String.join(", ", missing) + " not set";
        if (off == null) {
            try {
                c = new WeComCrypto(settings.token(), settings.aesKey(), settings.corpId());
            } catch (IllegalArgumentException e) {
                off = "XIAOER_WECOM_AES_KEY is not a valid EncodingAESKey (43 characters)";
            }
        }
        this.crypto = c;
        this.offReason = off;
    }

    @Override
    public ChannelState state() {
        if (offReason != null) {
            return ChannelState.off(NAME, offReason);
        }
        return ChannelState.on(NAME, settings.canSend()
                ? "passive replies, and the send API when a reply takes over " + PASSIVE_SECONDS + " s"
                : "passive replies only (XIAOER_WECOM_SECRET, XIAOER_WECOM_AGENT_ID not set)");
    }

    @Override
    public CompletableFuture<ChannelResponse> handle(ChannelRequest request) {
        if ("GET".equals(request.method())) {
            try {
                return CompletableFuture.completedFuture(urlCheck(request));
            } catch (Refusal r) {
                return CompletableFuture.completedFuture(r.response());
            }
        }
        return super.handle(request);
    }

    /** The URL check: the decrypted {@code echostr}, as plain text. */
    private ChannelResponse urlCheck(ChannelRequest request) throws Refusal {
        String echo = request.param("echostr");
        crypto.verify(request.param("msg_signature"), request.param("timestamp"), request.param("nonce"), echo);
        Callbacks.checkFresh(request.param("timestamp"), false, callbacks.clock().instant(), SKEW);
        return ChannelResponse.text("text/plain; charset=utf-8", crypto.decrypt(echo));
    }

    @Override
    public void verify(ChannelRequest request) throws Refusal {
        String encrypted = WeComXml.read(request.text()).get("Encrypt");
        crypto.verify(request.param("msg_signature"), request.param("timestamp"), request.param("nonce"), encrypted);
        Callbacks.checkFresh(request.param("timestamp"), false, callbacks.clock().instant(), SKEW);
    }

    @Override
    public Callbacks.Parsed<Callback> parse(ChannelRequest request) throws Refusal {
        Map<String, String> message = WeComXml.read(crypto.decrypt(WeComXml.read(request.text()).get("Encrypt")));
        String text = "text".equals(message.get("MsgType")) ? Callbacks.text(message.get("Content")) : null;
        if (text == null) {
            return Callbacks.Parsed.answerNow(ChannelResponse.empty()); // an event, a picture, an empty message
        }
        String user = message.getOrDefault("FromUserName", "");
        String msgId = message.getOrDefault("MsgId", "");
        if (user.isBlank() || msgId.isBlank() || user.length() > 100 || msgId.length() > 100) {
            throw Refusal.badRequest("missing_field", "FromUserName and MsgId are required");
        }
        String conversation = NAME + ":" + user;
        Outbound outbound = null;
        String deliveryId = null;
        if (settings.canSend() && callbacks.outbox() != null) {
            outbound = new Outbound(NAME, JSON.createObjectNode().put("user", user).toString(), user,
                    request.receivedAt().plus(HOLD));
            deliveryId = Outbound.deliveryId(NAME, conversation, msgId);
        }
        return Callbacks.Parsed.message(new Message(conversation, text, msgId, user, outbound),
                new Callback(user, request.receivedAt(), deliveryId));
    }

    @Override
    public ChannelResponse answer(Callback callback, Reply reply, boolean repeated) {
        Instant now = callbacks.clock().instant();
        boolean inTime = Duration.between(callback.received(), now).getSeconds() < PASSIVE_SECONDS;
        if (reply.text().isBlank() || (callback.deliveryId() != null && !inTime)) {
            return ChannelResponse.empty(); // nothing to say, or the outbox pushes it
        }
        Outbox outbox = callbacks.outbox();
        if (callback.deliveryId() != null && outbox != null) {
            outbox.settle(callback.deliveryId());
        }
        return ChannelResponse.text("application/xml; charset=utf-8", passive(callback.user(), ReplyText.of(reply), now));
    }

    /** The encrypted passive reply. */
    String passive(String user, String text, Instant now) {
        String timestamp = String.valueOf(now.getEpochSecond());
        String nonce = String.valueOf(1_000_000_000L + random.nextInt(1_000_000_000));
        String plain = "<xml><ToUserName>" + WeComXml.cdata(user) + "</ToUserName><FromUserName>"
                + WeComXml.cdata(settings.corpId()) + "</FromUserName><CreateTime>" + timestamp
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>" + WeComXml.cdata(text) + "</Content></xml>";
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String encrypted = crypto.encrypt(plain, salt);
        return "<xml><Encrypt>" + WeComXml.cdata(encrypted) + "</Encrypt><MsgSignature>"
                + WeComXml.cdata(crypto.signature(timestamp, nonce, encrypted)) + "</MsgSignature><TimeStamp>"
                + timestamp + "</TimeStamp><Nonce>" + WeComXml.cdata(nonce) + "</Nonce></xml>";
    }
}
