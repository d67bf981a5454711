package dev.xiaoer.channel;

import java.util.concurrent.CompletableFuture;

/**
 * An IM platform's callbacks onto the message use case, at {@code /channels/<name>}: verify the
 * platform's signature, read its message, let the use case answer it (ordering and dedupe by the
 * platform's message id come with it), and say the outcome in the platform's terms; replies the
 * platform takes through its send API go through the outbox. {@link Callbacks} is the shared part.
 */
public interface Channel {

    /** Its name, the last segment of its path: {@code dingtalk}, {@code wecom}, {@code feishu}. */
    String name();

    /** On (its secrets are configured) or off, and why. */
    ChannelState state();

    /** Answers one callback; the future never fails. Called only while the channel is on. */
    CompletableFuture<ChannelResponse> handle(ChannelRequest request);
}
