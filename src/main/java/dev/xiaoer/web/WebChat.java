package dev.xiaoer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.outbox.Attempt;
import dev.xiaoer.outbox.Courier;
import dev.xiaoer.outbox.RateLimit;
import dev.xiaoer.staff.ReplyRoute;
import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.Outbound;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The seller web chat ({@code GET /chat}) as a channel: its conversations are {@code web-<random>}
 * ids the page makes and keeps; the bot's replies go back in the HTTP response, staff replies go
 * through the outbox to this channel's {@link #courier}, which pushes them to the pages connected
 * ({@link LiveStreams}, served as server-sent events). The transcript is the mailbox: a page that
 * was not connected reads the reply in its history when it connects again, so a delivery counts as
 * done once stored and offered to the pages connected.
 */
public final class WebChat {
    /** The outbox channel name. */
    public static final String CHANNEL = "web";
    /** A web chat conversation id: the prefix and 16-64 letters, digits or dashes the page draws at random. */
    private static final Pattern ID = Pattern.compile("web-[A-Za-z0-9-]{16,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveStreams streams = new LiveStreams();

    public LiveStreams streams() {
        return streams;
    }

    /** Whether {@code conversationId} is a web chat's. */
    public static boolean isWebConversation(String conversationId) {
        return conversationId != null && ID.matcher(conversationId).matches();
    }

    /** Staff replies to a web chat conversation go to this channel. */
    public ReplyRoute route() {
        return id -> isWebConversation(id) ? Optional.of(new Outbound(CHANNEL, id, id, null)) : Optional.empty();
    }

    /** The outbox's courier for this channel. */
    public Courier courier() {
        return new Courier() {
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
                streams.publish(item.conversationId(), event(item));
                return Attempt.DELIVERED;
            }
        };
    }

    /** A staff line as the page reads it, in its history and live: {@code {"id", "role", "text", "at"}}. */
    static String event(OutboxItem item) {
        return JSON.createObjectNode().put("id", item.reply().msgId()).put("role", "staff")
                .put("text", item.reply().text()).put("at", item.createdAt().toString()).toString();
    }
}
