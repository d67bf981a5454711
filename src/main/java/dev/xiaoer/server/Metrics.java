package dev.xiaoer.server;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.store.StoreHealth;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The service's counters, rendered in the Prometheus text exposition format (version 0.0.4) for
 * {@code GET /metrics}. Thread-safe and lock-free on the recording side.
 */
public final class Metrics {
    private static final double[] LATENCY_BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> messagesByKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errorsByCode = new ConcurrentHashMap<>();
    private final LongAdder replays = new LongAdder();
    private final LongAdder connectionsRefused = new LongAdder();
    private final Map<String, LongAdder> connectionsClosed = new ConcurrentHashMap<>();
    private final LongAdder readsPaused = new LongAdder();
    private final Histogram messageLatency = new Histogram();
    private final Histogram storeLatency = new Histogram();
    private volatile Supplier<String> knowledgeVersion = () -> null;
    private volatile IntSupplier inFlight = () -> 0;
    private volatile IntSupplier connections = () -> 0;
    private volatile Supplier<StoreHealth> store = () -> StoreHealth.WRITABLE;
    private volatile LongSupplier reloads = () -> 0;
    private volatile LongSupplier reloadsUnchanged = () -> 0;
    private volatile LongSupplier reloadFailures = () -> 0;

    /** A message answered (or answered again, for a repeated msgId), and how long it took in the service. */
    public void message(Kind kind, boolean replay, long nanos) {
        messagesByKind.computeIfAbsent(kind.wire(), k -> new LongAdder()).increment();
        if (replay) {
            replays.increment();
        }
        messageLatency.observe(nanos);
    }

    /** An error response sent, by its error code. */
    public void error(String code) {
        errorsByCode.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    /** A connection refused because the server had its most connections open. */
    public void connectionRefused() {
        connectionsRefused.increment();
    }

    /** A connection the server closed to protect itself: {@code no_first_byte}, {@code unwritable}. */
    public void connectionClosed(String reason) {
        connectionsClosed.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    /** A connection no longer read from because its client is not reading its responses. */
    public void readPaused() {
        readsPaused.increment();
    }

    /** Connections refused at the cap so far. */
    public long connectionsRefused() {
        return connectionsRefused.sum();
    }

    /** Connections closed for {@code reason} so far. */
    public long connectionsClosed(String reason) {
        LongAdder a = connectionsClosed.get(reason);
        return a == null ? 0 : a.sum();
    }

    /** Times a connection was paused for an unread backlog so far. */
    public long readsPaused() {
        return readsPaused.sum();
    }

    /** One call to the conversation store, and how long it took. */
    public void storeCall(long nanos) {
        storeLatency.observe(nanos);
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
        StringBuilder out = new StringBuilder(2048);
        header(out, "xiaoer_messages_total", "counter", "Messages answered, by reply kind (repeated msgIds included).");
        for (Kind kind : Kind.values()) {
            LongAdder a = messagesByKind.get(kind.wire());
            out.append("xiaoer_messages_total{kind=\"").append(kind.wire()).append("\"} ")
                    .append(a == null ? 0 : a.sum()).append('\n');
        }
        header(out, "xiaoer_replays_total", "counter", "Repeated msgIds answered with the stored reply.");
        out.append("xiaoer_replays_total ").append(replays.sum()).append('\n');
        header(out, "xiaoer_errors_total", "counter", "Error responses, by error code.");
        new TreeMap<>(errorsByCode).forEach((code, n) ->
                out.append("xiaoer_errors_total{code=\"").append(escape(code)).append("\"} ").append(n.sum()).append('\n'));
        messageLatency.render(out, "xiaoer_message_latency_seconds", "Time from a message's arrival to its committed reply.");
        storeLatency.render(out, "xiaoer_store_latency_seconds", "Time of each conversation store call.");
        header(out, "xiaoer_knowledge_info", "gauge", "The knowledge version being answered from (1 while loaded).");
        String version = knowledgeVersion.get();
        if (version != null) {
            out.append("xiaoer_knowledge_info{version=\"").append(escape(version)).append("\"} 1\n");
        }
        header(out, "xiaoer_knowledge_reloads_total", "counter",
                "Knowledge reloads, by result: swapped in, unchanged, or failed (invalid; the old knowledge kept serving).");
        out.append("xiaoer_knowledge_reloads_total{result=\"swapped\"} ").append(reloads.getAsLong()).append('\n');
        out.append("xiaoer_knowledge_reloads_total{result=\"unchanged\"} ").append(reloadsUnchanged.getAsLong()).append('\n');
        out.append("xiaoer_knowledge_reloads_total{result=\"failed\"} ").append(reloadFailures.getAsLong()).append('\n');
        StoreHealth health = store.get();
        header(out, "xiaoer_store_writable", "gauge",
                "1 while the conversation store can write; 0 while it cannot (disk full, read-only, I/O error): "
                        + "messages are then answered 503 store_unavailable, and the store retries by itself.");
        out.append("xiaoer_store_writable ").append(health.writable() ? 1 : 0).append('\n');
        header(out, "xiaoer_store_check_failed", "gauge",
                "1 when the integrity check at start (PRAGMA quick_check) found the database damaged, else 0.");
        out.append("xiaoer_store_check_failed ").append(health.checkFailed() ? 1 : 0).append('\n');
        if (health.checkTime() != null) {
            header(out, "xiaoer_store_check_seconds", "gauge", "How long the integrity check at start took.");
            out.append("xiaoer_store_check_seconds ").append(health.checkTime().toMillis() / 1000.0).append('\n');
        }
        header(out, "xiaoer_messages_in_flight", "gauge", "Messages accepted and not yet answered.");
        out.append("xiaoer_messages_in_flight ").append(inFlight.getAsInt()).append('\n');
        header(out, "xiaoer_http_connections", "gauge", "Open client connections.");
        out.append("xiaoer_http_connections ").append(connections.getAsInt()).append('\n');
        header(out, "xiaoer_http_connections_refused_total", "counter",
                "Connections refused (503, closed at once) because the server had --max-connections open.");
        out.append("xiaoer_http_connections_refused_total ").append(connectionsRefused.sum()).append('\n');
        header(out, "xiaoer_http_connections_closed_total", "counter",
                "Connections the server closed to protect itself, by reason: no_first_byte (nothing sent in time "
                        + "after connecting), unwritable (the client left its responses unread too long).");
        for (String reason : new String[] {"no_first_byte", "unwritable"}) {
            out.append("xiaoer_http_connections_closed_total{reason=\"").append(reason).append("\"} ")
                    .append(connectionsClosed(reason)).append('\n');
        }
        header(out, "xiaoer_http_reads_paused_total", "counter",
                "Times the server stopped reading a connection because its client was not reading the responses.");
        out.append("xiaoer_http_reads_paused_total ").append(readsPaused.sum()).append('\n');
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** A fixed-bucket histogram of durations, in seconds. */
    private static final class Histogram {
        private final LongAdder[] buckets = new LongAdder[LATENCY_BUCKETS.length];
        private final LongAdder count = new LongAdder();
        private final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(long nanos) {
            double seconds = nanos / 1e9;
            for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
                if (seconds <= LATENCY_BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }

        void render(StringBuilder out, String name, String help) {
            header(out, name, "histogram", help);
            long cumulative = 0;
            for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
                cumulative += buckets[i].sum();
                out.append(name).append("_bucket{le=\"").append(LATENCY_BUCKETS[i]).append("\"} ").append(cumulative).append('\n');
            }
            long total = count.sum();
            out.append(name).append("_bucket{le=\"+Inf\"} ").append(total).append('\n');
            out.append(name).append("_sum ").append(sum.sum()).append('\n');
            out.append(name).append("_count ").append(total).append('\n');
        }
    }
}
