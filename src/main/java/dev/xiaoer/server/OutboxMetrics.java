package dev.xiaoer.server;

import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.outbox.OutboxStats;
import dev.xiaoer.store.OutboxItem;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.SummaryWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Quantiles;
import java.util.Map;

/**
 * The channels' and the outbox's metrics, read from them at each scrape. A metric with nothing to
 * say (no channels, no outbox) is left out of {@code /metrics}.
 */
final class OutboxMetrics {
    private OutboxMetrics() {
    }

    static void register(PrometheusRegistry registry, Integrations integrations) {
        GaugeWithCallback.builder().name("xiaoer_channel_up")
                .help("Whether each IM channel is on (1) or off for want of its secrets (0).")
                .labelNames("channel")
                .callback(g -> integrations.states().forEach(s -> g.call(s.on() ? 1 : 0, s.name())))
                .register(registry);
        GaugeWithCallback.builder().name("xiaoer_outbox_items")
                .help("Replies in the outbox by state: pending (waiting or being retried), sent (kept a while), dead (given up).")
                .labelNames("state")
                .callback(g -> {
                    Outbox outbox = integrations.outbox();
                    if (outbox != null) {
                        Map<OutboxItem.State, Long> counts = outbox.counts();
                        for (OutboxItem.State state : OutboxItem.State.values()) {
                            g.call(counts.getOrDefault(state, 0L), state.wire());
                        }
                    }
                }).register(registry);
        CounterWithCallback.builder().name("xiaoer_outbox_attempts_total")
                .help("Delivery attempts since start, by channel and result: sent, retried (failed, tried again later), dead (given up).")
                .labelNames("channel", "result")
                .callback(c -> {
                    OutboxStats stats = stats(integrations);
                    if (stats != null) {
                        stats.attempts().forEach((key, n) -> {
                            String[] parts = key.split("\n", 2);
                            c.call(n, parts[0], parts[1]);
                        });
                    }
                }).register(registry);
        CounterWithCallback.builder().name("xiaoer_outbox_rate_limited_total")
                .help("Times a reply waited for its platform's rate limit, by channel.")
                .labelNames("channel")
                .callback(c -> {
                    OutboxStats stats = stats(integrations);
                    if (stats != null) {
                        stats.rateLimited().forEach((channel, n) -> c.call(n, channel));
                    }
                }).register(registry);
        SummaryWithCallback.builder().name("xiaoer_outbox_delivery_seconds")
                .help("Time from a reply's commit to its delivery.")
                .callback(s -> {
                    OutboxStats stats = stats(integrations);
                    if (stats != null) {
                        s.call(stats.delivered(), stats.deliverySeconds(), Quantiles.EMPTY);
                    }
                }).register(registry);
    }

    private static OutboxStats stats(Integrations integrations) {
        Outbox outbox = integrations.outbox();
        return outbox == null ? null : outbox.stats();
    }
}
