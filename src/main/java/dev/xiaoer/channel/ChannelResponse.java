package dev.xiaoer.channel;

import dev.xiaoer.conversation.Outcome;
import java.nio.charset.StandardCharsets;

/** What a channel answers its platform, for the HTTP adapter to write. */
public sealed interface ChannelResponse {

    /** A body in the platform's terms (a reply, a challenge echoed, an empty acknowledgement). */
    record Body(int status, String contentType, byte[] body) implements ChannelResponse {
    }

    /** The callback was refused ({@link Refusal}): the adapter writes the contract's error body. */
    record Refused(int status, String code, String message) implements ChannelResponse {
    }

    /**
     * The use case turned the message away and stored nothing: the adapter answers as it does for
     * {@code POST /v1/messages} (503 or 500), so that the platform delivers the callback again.
     */
    record Rejected(Outcome.Rejected why) implements ChannelResponse {
    }

    String JSON = "application/json; charset=utf-8";

    static ChannelResponse json(String json) {
        return new Body(200, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    static ChannelResponse text(String contentType, String text) {
        return new Body(200, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 with nothing in it: "received". */
    static ChannelResponse empty() {
        return new Body(200, "text/plain; charset=utf-8", new byte[0]);
    }
}
