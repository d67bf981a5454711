package dev.xiaoer.server;

import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.outbox.OutboxStats;
import dev.xiaoer.store.OutboxItem;
import java.util.Map;

/** The channels' and the outbox's lines of {@code /metrics}, in the Prometheus text format. */
final class OutboxMetrics {
    private OutboxMetrics() {
    }

    static String render(Integrations integrations) {
        StringBuilder out = new StringBuilder(1024);
        if (!integrations.channels().isEmpty()) {
            header(out, "xiaoer_channel_up", "gauge", "Whether each IM channel is on (1) or off for want of its secrets (0).");
            for (ChannelState s : integrations.states()) {
                out.append("xiaoer_channel_up{channel=\"").append(s.name()).append("\"} ").append(s.on() ? 1 : 0).append('\n');
            }
        }
        Outbox outbox = integrations.outbox();
        if (outbox == null) {
            return out.toString();
        }
        header(out, "xiaoer_outbox_items", "gauge",
                "Replies in the outbox by state: pending (waiting or being retried), sent (kept a while), dead (given up).");
        Map<OutboxItem.State, Long> counts = outbox.counts();
        for (OutboxItem.State state : OutboxItem.State.values()) {
            out.append("xiaoer_outbox_items{state=\"").append(state.wire()).append("\"} ")
                    .append(counts.getOrDefault(state, 0L)).append('\n');
        }
        OutboxStats stats = outbox.stats();
        header(out, "xiaoer_outbox_attempts_total", "counter",
                "Delivery attempts since start, by channel and result: sent, retried (failed, tried again later), dead (given up).");
        stats.attempts().forEach((key, n) -> {
            String[] parts = key.split("\n", 2);
            out.append("xiaoer_outbox_attempts_total{channel=\"").append(parts[0]).append("\",result=\"").append(parts[1])
                    .append("\"} ").append(n).append('\n');
        });
        header(out, "xiaoer_outbox_rate_limited_total", "counter", "Times a reply waited for its platform's rate limit, by channel.");
        stats.rateLimited().forEach((channel, n) ->
                out.append("xiaoer_outbox_rate_limited_total{channel=\"").append(channel).append("\"} ").append(n).append('\n'));
        header(out, "xiaoer_outbox_delivery_seconds", "summary", "Time from a reply's commit to its delivery.");
        out.append("xiaoer_outbox_delivery_seconds_sum ").append(stats.deliverySeconds()).append('\n');
        out.append("xiaoer_outbox_delivery_seconds_count ").append(stats.delivered()).append('\n');
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }
}
