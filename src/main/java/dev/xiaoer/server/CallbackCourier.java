package dev.xiaoer.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.outbox.Attempt;
import dev.xiaoer.outbox.Courier;
import dev.xiaoer.outbox.HttpSend;
import dev.xiaoer.outbox.RateLimit;
import dev.xiaoer.outbox.UrlAddress;
import dev.xiaoer.store.OutboxItem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Delivers replies to a generic integration's {@code callbackUrl}: the reply as {@code POST /v1/messages}
 * returns it, with {@code X-Xiaoer-Delivery} (stable across attempts) and {@code X-Xiaoer-Signature}
 * under the integration's key. Any 2xx is delivered.
 */
public final class CallbackCourier implements Courier {
    static final String CHANNEL = "webhook";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookKeys keys;
    private final HttpSend http;
    private final Clock clock;

    public CallbackCourier(WebhookKeys keys, HttpSend http, Clock clock) {
        this.keys = keys;
        this.http = http;
        this.clock = clock;
    }

    /** Where a message's replies go: {@code url}, signed with the key {@code keyId}. */
    static String address(String url, String keyId) {
        return JSON.createObjectNode().put("url", url).put("keyId", keyId).toString();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public RateLimit rateLimit() {
        return null;
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        UrlAddress address = UrlAddress.read(item.address()).orElse(null);
        if (address == null) {
            return Attempt.giveUp("an unreadable callback address");
        }
        String keyId = address.fields().path("keyId").asText();
        byte[] body = ReplyBody.bytes(item.reply());
        String signature = keys.sign(keyId, body, clock.instant());
        if (signature == null) {
            return Attempt.giveUp("the key " + keyId + " is no longer configured");
        }
        return http.deliver(address.url(), item.deliveryId(), new String(body, StandardCharsets.UTF_8),
                Map.of(WebhookKeys.HEADER, signature), r -> Attempt.DELIVERED);
    }
}
