package dev.xiaoer.channel.dingtalk;

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
import java.time.Instant;

/**
 * The DingTalk robot ({@code POST /channels/dingtalk}): verifies the {@code timestamp} and {@code sign}
 * headers (at most an hour of skew), reads a text message ({@code text.content}, {@code msgId},
 * {@code conversationId}, {@code senderStaffId}, {@code sessionWebhook} and its expiry), and replies
 * through the outbox to the {@code sessionWebhook} while it is valid, else in the response body.
 * Conversations are {@code dingtalk:<conversationId>}; the rate limit is per robot.
 */
public final class DingTalkChannel extends CallbackChannel<DingTalkChannel.Callback> {
    public static final String NAME = "dingtalk";
    public static final String SECRET_VARIABLE = "XIAOER_DINGTALK_APP_SECRET";
    static final Duration SKEW = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the reply was committed to be pushed (else it goes in the response body). */
    record Callback(boolean pushed) {
    }

    private final String appSecret;

    /** @param appSecret the robot's AppSecret; null or blank turns the channel off */
    public DingTalkChannel(String appSecret, Callbacks callbacks) {
        super(NAME, callbacks);
        this.appSecret = Secrets.configured(appSecret);
    }

    @Override
    public ChannelState state() {
        return appSecret == null ? ChannelState.off(NAME, SECRET_VARIABLE + " is not set")
                : ChannelState.on(NAME, "replies to each message's sessionWebhook, or in the response");
    }

    @Override
    public void verify(ChannelRequest request) throws Refusal {
        String timestamp = request.header("timestamp");
        String sign = request.header("sign");
        if (timestamp == null || sign == null) {
            throw Refusal.unauthorized("the timestamp and sign headers are required");
        }
        Callbacks.checkFresh(timestamp, true, callbacks.clock().instant(), SKEW);
        if (!Secrets.same(DingTalkSignature.sign(appSecret, timestamp.trim()), sign.trim())) {
            throw Refusal.unauthorized("the sign header does not match the timestamp");
        }
    }

    @Override
    public Callbacks.Parsed<Callback> parse(ChannelRequest request) throws Refusal {
        JsonNode body;
        try {
            body = JSON.readTree(request.text());
        } catch (JsonProcessingException e) {
            throw Refusal.badRequest("malformed_json", "the body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw Refusal.badRequest("wrong_type", "the body must be a JSON object");
        }
        String text = "text".equals(body.path("msgtype").asText("text")) ? Callbacks.text(body.path("text").path("content").asText(null)) : null;
        if (text == null) {
            return Callbacks.Parsed.answerNow(ChannelResponse.json("{}")); // a picture, a file, an empty message
        }
        String conversation = required(body, "conversationId");
        String msgId = required(body, "msgId");
        String sender = body.path("senderStaffId").asText(body.path("senderId").asText(null));
        Outbound outbound = outbound(body, conversation, callbacks.clock().instant());
        return Callbacks.Parsed.message(new Message(NAME + ":" + conversation, text, msgId, sender, outbound),
                new Callback(outbound != null));
    }

    /** The sessionWebhook while it is valid (for at least a minute more), or null. */
    private static Outbound outbound(JsonNode body, String conversation, Instant now) {
        String webhook = body.path("sessionWebhook").asText("");
        long expires = body.path("sessionWebhookExpiredTime").asLong(0);
        if (webhook.isBlank() || !(webhook.startsWith("https://") || webhook.startsWith("http://"))
                || expires < now.plusSeconds(60).toEpochMilli()) {
            return null;
        }
        String robot = body.path("robotCode").asText(body.path("chatbotUserId").asText(conversation));
        String address = JSON.createObjectNode().put("url", webhook).put("expiresAt", expires).toString();
        return new Outbound(NAME, address, robot, null);
    }

    private static String required(JsonNode body, String field) throws Refusal {
        String value = body.path(field).asText("");
        if (value.isBlank() || value.length() > 100) {
            throw Refusal.badRequest("missing_field", "'" + field + "' is required (at most 100 characters)");
        }
        return value;
    }

    @Override
    public ChannelResponse answer(Callback callback, Reply reply, boolean repeated) {
        if (callback.pushed() || reply.text().isBlank()) {
            return ChannelResponse.json("{}");
        }
        return ChannelResponse.json(DingTalkMessages.of(reply));
    }
}
