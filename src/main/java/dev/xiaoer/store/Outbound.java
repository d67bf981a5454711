package dev.xiaoer.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where the reply to a message must be pushed, because the transport that brought it cannot carry
 * the reply back itself: an IM platform's send API, a DingTalk {@code sessionWebhook}, an
 * integration's callback URL. Committed with the turn as a row of the outbox, which delivers it.
 *
 * @param channel   who delivers it: a courier's name ({@code dingtalk}, {@code wecom}, {@code feishu}, {@code webhook})
 * @param address   where to, in the channel's own form (opaque to the store)
 * @param rateKey   what the platform limits sends by (a robot, a user, a chat)
 * @param notBefore the earliest send, or null for at once (a reply the platform may yet take in its response)
 */
public record Outbound(String channel, String address, String rateKey, Instant notBefore) {

    public Outbound {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(rateKey, "rateKey");
    }

    /**
     * The stable id of the delivery of the reply to {@code msgId}: the same for every attempt, so the
     * receiver can drop repeats; 34 characters (Feishu takes at most 50 as its dedupe {@code uuid}).
     */
    public static String deliveryId(String channel, String conversationId, String msgId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (channel + '\n' + conversationId + '\n' + msgId).getBytes(StandardCharsets.UTF_8));
            return "x-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
