package dev.xiaoer.channel.feishu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.channel.Callbacks;
import dev.xiaoer.channel.CallbackChannel;
import dev.xiaoer.channel.ChannelRequest;
import dev.xiaoer.channel.ChannelResponse;
import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.channel.Refusal;
import dev.xiaoer.channel.Secrets;
import dev.xiaoer.conversation.Message;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.store.Outbound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Feishu / Lark events ({@code POST /channels/feishu}): the {@code url_verification} challenge
 * (checked by its verification token; Feishu does not sign it), and encrypted, signed events
 * ({@code X-Lark-Signature}, at most an hour of skew, then the verification token inside). A text
 * message ({@code im.message.receive_v1}) is answered 200 as soon as its turn is stored, and its
 * reply is sent through the message API by the outbox. Conversations are {@code feishu:<chat_id>};
 * the message id is {@code header.event_id}, so the retries Feishu makes are answered once.
 */
public final class FeishuChannel extends CallbackChannel<Void> {
    public static final String NAME = "feishu";
    static final Duration SKEW = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Mentions as Feishu writes them into a message's text: {@code @_user_1}, {@code @_all}. */
    private static final Pattern MENTION = Pattern.compile("@_(?:user_\\d+|all)\\s*");

    /** The settings, by their variables' names. */
    public record Settings(String encryptKey, String verificationToken, String appId, String appSecret, String api) {
        public Settings {
            encryptKey = Secrets.configured(encryptKey);
            verificationToken = Secrets.configured(verificationToken);
            appId = Secrets.configured(appId);
            appSecret = Secrets.configured(appSecret);
            api = Secrets.configured(api) == null ? "https://open.feishu.cn" : api.strip();
        }

        @Override
        public String toString() {
            return "FeishuChannel.Settings[hidden]";
        }
    }

    private final Settings settings;
    private final FeishuCrypto crypto;

    public FeishuChannel(Settings settings, Callbacks callbacks) {
        super(NAME, callbacks);
        this.settings = settings;
        this.crypto = settings.encryptKey() == null ? null : new FeishuCrypto(settings.encryptKey());
    }

    @Override
    public ChannelState state() {
        List<String> missing = new ArrayList<>();
        if (settings.encryptKey() == null) {
            missing.add("XIAOER_FEISHU_ENCRYPT_KEY");
        }
        if (settings.verificationToken() == null) {
            missing.add("XIAOER_FEISHU_VERIFICATION_TOKEN");
        }
        if (settings.appId() == null) {
            missing.add("XIAOER_FEISHU_APP_ID");
        }
        if (settings.appSecret() == null) {
            missing.add("XIAOER_FEISHU_APP_SECRET");
        }
        if (callbacks.outbox() == null) {
            missing.add("the outbox");
        }
        return missing.isEmpty() ? ChannelState.on(NAME, "replies through the message API")
                : ChannelState.off(NAME, String.join(", ", missing) + " not set");
    }

    @Override
    public void verify(ChannelRequest request) throws Refusal {
        String signature = request.header("X-Lark-Signature");
        if (signature == null) {
            // only the URL check comes unsigned; parse refuses anything else without a signature
            return;
        }
        String timestamp = request.header("X-Lark-Request-Timestamp");
        String nonce = request.header("X-Lark-Request-Nonce");
        if (timestamp == null || nonce == null) {
            throw Refusal.unauthorized("X-Lark-Request-Timestamp and X-Lark-Request-Nonce are required");
        }
        if (!Secrets.same(crypto.signature(timestamp, nonce, request.body()), signature.trim())) {
            throw Refusal.unauthorized("the X-Lark-Signature does not match");
        }
        Callbacks.checkFresh(timestamp, false, callbacks.clock().instant(), SKEW);
    }

    @Override
    public Callbacks.Parsed<Void> parse(ChannelRequest request) throws Refusal {
        JsonNode event = decrypted(request);
        boolean signed = request.header("X-Lark-Signature") != null;
        if ("url_verification".equals(event.path("type").asText())) {
            checkToken(event.path("token").asText(null));
            return Callbacks.Parsed.answerNow(ChannelResponse.json(
                    JSON.createObjectNode().put("challenge", event.path("challenge").asText("")).toString()));
        }
        if (!signed) {
            throw Refusal.unauthorized("an event without X-Lark-Signature");
        }
        JsonNode header = event.path("header");
        checkToken(header.path("token").asText(null));
        JsonNode message = event.path("event").path("message");
        if (!"im.message.receive_v1".equals(header.path("event_type").asText())
                || !"text".equals(message.path("message_type").asText())) {
            return Callbacks.Parsed.answerNow(ChannelResponse.json("{}")); // another event, or not text
        }
        String text;
        try {
            text = Callbacks.text(MENTION.matcher(JSON.readTree(message.path("content").asText("{}")).path("text").asText(""))
                    .replaceAll(""));
        } catch (JsonProcessingException e) {
            throw Refusal.badRequest("malformed_json", "the message content is not valid JSON");
        }
        if (text == null) {
            return Callbacks.Parsed.answerNow(ChannelResponse.json("{}"));
        }
        String chat = message.path("chat_id").asText("");
        String eventId = header.path("event_id").asText("");
        if (chat.isBlank() || eventId.isBlank() || chat.length() > 100 || eventId.length() > 100) {
            throw Refusal.badRequest("missing_field", "header.event_id and event.message.chat_id are required");
        }
        String sender = event.path("event").path("sender").path("sender_id").path("open_id").asText(null);
        String address = JSON.createObjectNode().put("chat_id", chat).toString();
        return Callbacks.Parsed.message(new Message(NAME + ":" + chat, text, eventId, sender,
                new Outbound(NAME, address, chat, null)), null);
    }

    /** The event, decrypted when it came encrypted. */
    private JsonNode decrypted(ChannelRequest request) throws Refusal {
        try {
            JsonNode body = JSON.readTree(request.text());
            if (body == null || !body.isObject()) {
                throw Refusal.badRequest("wrong_type", "the body must be a JSON object");
            }
            if (body.has("encrypt")) {
                body = JSON.readTree(crypto.decrypt(body.path("encrypt").asText()));
            }
            if (body == null || !body.isObject()) {
                throw Refusal.badRequest("wrong_type", "the event must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw Refusal.badRequest("malformed_json", "the body is not valid JSON");
        }
    }

    private void checkToken(String token) throws Refusal {
        if (!Secrets.same(settings.verificationToken(), token)) {
            throw Refusal.unauthorized("the verification token does not match");
        }
    }

    @Override
    public ChannelResponse answer(Void callback, Reply reply, boolean repeated) {
        return ChannelResponse.json("{}");
    }
}
