package dev.xiaoer.server;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.store.StoreHealth;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The service's metrics, kept by the Prometheus Java client and rendered in its text exposition
 * format (version 0.0.4) for {@code GET /metrics}: the service's own ({@code xiaoer_*}, the channels'
 * and the outbox's among them) and the
 * JVM's — memory, GC, threads, classes, buffer pools, process CPU and file descriptors
 * ({@code jvm_*}, {@code process_*}), registered at the first scrape so that start-up does not
 * wait for the JVM's management beans. Thread-safe; recording is lock-free.
 */
public final class Metrics {
    private static final double[] LATENCY_BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final PrometheusTextFormatWriter TEXT = PrometheusTextFormatWriter.create();

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final AtomicBoolean jvmRegistered = new AtomicBoolean();
    private final AtomicBoolean integrationsRegistered = new AtomicBoolean();
    private final Counter messages;
    private final Counter replays;
    private final Counter errors;
    private final Counter connectionsRefused;
    private final Counter connectionsClosed;
    private final Counter readsPaused;
    /** Error responses by code, also kept here so that tests and the server can read a count. */
    private final Map<String, LongAdder> errorsByCode = new ConcurrentHashMap<>();
    private final Histogram messageLatency;
    private final Histogram storeLatency;
    private final Info knowledge;
    private volatile String knowledgeShown;
    private volatile Supplier<String> knowledgeVersion = () -> null;
    private volatile IntSupplier inFlight = () -> 0;
    private volatile IntSupplier connections = () -> 0;
    private volatile Supplier<StoreHealth> store = () -> StoreHealth.WRITABLE;
    private volatile LongSupplier reloads = () -> 0;
    private volatile LongSupplier reloadsUnchanged = () -> 0;
    private volatile LongSupplier reloadFailures = () -> 0;

    public Metrics() {
        messages = Counter.builder().name("xiaoer_messages_total")
                .help("Messages answered, by reply kind (repeated msgIds included).")
                .labelNames("kind").register(registry);
        for (Kind kind : Kind.values()) {
            messages.labelValues(kind.wire()); // every kind shows, at 0 until it happens
        }
        replays = Counter.builder().name("xiaoer_replays_total")
                .help("Repeated msgIds answered with the stored reply.").register(registry);
        errors = Counter.builder().name("xiaoer_errors_total")
                .help("Error responses, by error code.").labelNames("code").register(registry);
        messageLatency = Histogram.builder().name("xiaoer_message_latency_seconds")
                .help("Time from a message's arrival to its committed reply.")
                .classicOnly().classicUpperBounds(LATENCY_BUCKETS).register(registry);
        storeLatency = Histogram.builder().name("xiaoer_store_latency_seconds")
                .help("Time of each conversation store call.")
                .classicOnly().classicUpperBounds(LATENCY_BUCKETS).register(registry);
        knowledge = Info.builder().name("xiaoer_knowledge_info")
                .help("The knowledge version being answered from (1 while loaded).")
                .labelNames("version").register(registry);
        CounterWithCallback.builder().name("xiaoer_knowledge_reloads_total")
                .help("Knowledge reloads, by result: swapped in, unchanged, or failed (invalid; the old knowledge kept serving).")
                .labelNames("result")
                .callback(c -> {
                    c.call(reloads.getAsLong(), "swapped");
                    c.call(reloadsUnchanged.getAsLong(), "unchanged");
                    c.call(reloadFailures.getAsLong(), "failed");
                }).register(registry);
        GaugeWithCallback.builder().name("xiaoer_store_writable")
                .help("1 while the conversation store can write; 0 while it cannot (disk full, read-only, I/O error): "
                        + "messages are then answered 503 store_unavailable, and the store retries by itself.")
                .callback(g -> g.call(store.get().writable() ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("xiaoer_store_check_failed")
                .help("1 when the integrity check at start (PRAGMA quick_check) found the database damaged, else 0.")
                .callback(g -> g.call(store.get().checkFailed() ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("xiaoer_store_check_seconds")
                .help("How long the integrity check at start took.")
                .callback(g -> {
                    StoreHealth health = store.get();
                    if (health.checkTime() != null) {
                        g.call(health.checkTime().toMillis() / 1000.0);
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("xiaoer_messages_in_flight")
                .help("Messages accepted and not yet answered.")
                .callback(g -> g.call(inFlight.getAsInt())).register(registry);
        GaugeWithCallback.builder().name("xiaoer_http_connections")
                .help("Open client connections.")
                .callback(g -> g.call(connections.getAsInt())).register(registry);
        connectionsRefused = Counter.builder().name("xiaoer_http_connections_refused_total")
                .help("Connections refused (503, closed at once) because the server had --max-connections open.")
                .register(registry);
        connectionsClosed = Counter.builder().name("xiaoer_http_connections_closed_total")
                .help("Connections the server closed to protect itself, by reason: no_first_byte (nothing sent in time "
                        + "after connecting), unwritable (the client left its responses unread too long).")
                .labelNames("reason").register(registry);
        for (String reason : new String[] {"no_first_byte", "unwritable"}) {
            connectionsClosed.labelValues(reason);
        }
        readsPaused = Counter.builder().name("xiaoer_http_reads_paused_total")
                .help("Times the server stopped reading a connection because its client was not reading the responses.")
                .register(registry);
    }

    /** A message answered (or answered again, for a repeated msgId), and how long it took in the service. */
    public void message(Kind kind, boolean replay, long nanos) {
        messages.labelValues(kind.wire()).inc();
        if (replay) {
            replays.inc();
        }
        messageLatency.observe(nanos / 1e9);
    }

    /** An error response sent, by its error code. */
    public void error(String code) {
        errors.labelValues(code).inc();
        errorsByCode.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    /** A connection refused because the server had its most connections open. */
    public void connectionRefused() {
        connectionsRefused.inc();
    }

    /** A connection the server closed to protect itself: {@code no_first_byte}, {@code unwritable}. */
    public void connectionClosed(String reason) {
        connectionsClosed.labelValues(reason).inc();
    }

    /** A connection no longer read from because its client is not reading its responses. */
    public void readPaused() {
        readsPaused.inc();
    }

    /** Connections refused at the cap so far. */
    public long connectionsRefused() {
        return (long) connectionsRefused.get();
    }

    /** Connections closed for {@code reason} so far. */
    public long connectionsClosed(String reason) {
        return (long) connectionsClosed.labelValues(reason).get();
    }

    /** Times a connection was paused for an unread backlog so far. */
    public long readsPaused() {
        return (long) readsPaused.get();
    }

    /** One call to the conversation store, and how long it took. */
    public void storeCall(long nanos) {
        storeLatency.observe(nanos / 1e9);
    }

    /** Where the version of the knowledge serving comes from (null while none is loaded). */
    void knowledgeVersion(Supplier<String> version) {
        this.knowledgeVersion = version;
    }

    /** Where the knowledge reload counts come from: reloads that swapped, found nothing changed, failed. */
    public void reloads(LongSupplier swapped, LongSupplier unchanged, LongSupplier failed) {
        this.reloads = swapped;
        this.reloadsUnchanged = unchanged;
        this.reloadFailures = failed;
    }

    /** Where the store's health comes from: whether it writes, what its integrity check found. */
    void storeHealth(Supplier<StoreHealth> health) {
        this.store = health;
    }

    /** The channels' and the outbox's metrics ({@link OutboxMetrics}), read from {@code integrations} at each scrape. */
    void integrations(Integrations integrations) {
        if (integrationsRegistered.compareAndSet(false, true)) {
            OutboxMetrics.register(registry, integrations);
        }
    }

    void inFlight(IntSupplier gauge) {
        this.inFlight = gauge;
    }

    void connections(IntSupplier gauge) {
        this.connections = gauge;
    }

    /** The count of error responses with {@code code} so far. */
    public long errors(String code) {
        LongAdder a = errorsByCode.get(code);
        return a == null ? 0 : a.sum();
    }

    /** The current number of open client connections. */
    public int openConnections() {
        return connections.getAsInt();
    }

    /** Everything, in the Prometheus text format. */
    public String render() {
        if (jvmRegistered.compareAndSet(false, true)) {
            JvmMetrics.builder().register(registry);
        }
        showKnowledge(knowledgeVersion.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            TEXT.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The info metric follows the version serving: one series, none while nothing is loaded. */
    private synchronized void showKnowledge(String version) {
        if (!Objects.equals(version, knowledgeShown)) {
            if (version == null) {
                knowledge.remove(knowledgeShown);
            } else {
                knowledge.setLabelValues(version);
            }
            knowledgeShown = version;
        }
    }
}
