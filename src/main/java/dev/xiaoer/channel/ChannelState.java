package dev.xiaoer.channel;

/**
 * Whether a channel is on, and what it says about itself at start-up and in {@code /readyz}: how it
 * replies when on, which settings are missing when off. Never a secret.
 */
public record ChannelState(String name, boolean on, String detail) {

    public static ChannelState on(String name, String detail) {
        return new ChannelState(name, true, detail);
    }

    public static ChannelState off(String name, String detail) {
        return new ChannelState(name, false, detail);
    }

    @Override
    public String toString() {
        return name + ": " + (on ? "on" : "off") + " (" + detail + ")";
    }
}
