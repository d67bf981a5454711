package dev.xiaoer.server;

import dev.xiaoer.channel.Channel;
import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.web.WebChat;
import java.util.List;

/**
 * What the service speaks besides its own webhook: the IM channels at {@code /channels/<name>}
 * (each on or off), the keys of the integrations that sign their webhook messages, and the outbox
 * that pushes replies (null when none runs), and the seller web chat ({@code /chat}; null when off).
 */
public record Integrations(List<Channel> channels, WebhookKeys webhookKeys, Outbox outbox, WebChat webChat) {

    public Integrations {
        channels = List.copyOf(channels);
    }

    /** Without the web chat. */
    public Integrations(List<Channel> channels, WebhookKeys webhookKeys, Outbox outbox) {
        this(channels, webhookKeys, outbox, null);
    }

    /** No channels, unsigned webhook messages, no outbox. */
    public static Integrations none() {
        return new Integrations(List.of(), WebhookKeys.none(), null);
    }

    /** The channel named {@code name}, or null. */
    Channel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    public List<ChannelState> states() {
        return channels.stream().map(Channel::state).toList();
    }
}
