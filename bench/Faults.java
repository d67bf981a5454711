import dev.xiaoer.store.SqliteConversationReader;
import dev.xiaoer.store.TranscriptEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One fault of bench/faults.sh against a running {@code xiaoer serve}: while sellers' messages flow
 * (a few conversations at a time, each message retried with its msgId until answered, as an IM
 * integration does), the fault is applied; then the service is killed (SIGKILL) and its store read
 * back: every message answered 200 must be there. Prints one tab-separated row: fault, what the
 * service did, messages acknowledged, messages lost.
 *
 *   java -cp target/xiaoer.jar bench/Faults.java pipeline|connections|disk PORT PID DATA_DIR
 *
 * Only ever against 127.0.0.1; every flood is bounded in count and time.
 */
public class Faults {
    static final int SENDERS = 8;
    static final int PER_CONVERSATION = 10; // then the sender starts a new conversation (well under the rate limit)

    final int port;
    final long pid;
    final Path data;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final Map<String, Set<String>> acked = new ConcurrentHashMap<>(); // conversation -> msgIds answered 200
    final AtomicLong ackCount = new AtomicLong();
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final AtomicBoolean sending = new AtomicBoolean(true);
    volatile long peakRssKb;

    Faults(int port, long pid, Path data) {
        this.port = port;
        this.pid = pid;
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        Faults f = new Faults(Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
        String did = switch (args[0]) {
            case "pipeline" -> f.run(f::pipelineFlood);
            case "connections" -> f.run(f::connectionFlood);
            case "disk" -> f.run(f::fullDisk);
            default -> throw new IllegalArgumentException("pipeline, connections or disk");
        };
        int lost = f.lost();
        System.out.printf("%s\t%s\t%d\t%d%n", args[0], did, f.ackCount.get(), lost);
    }

    interface Fault {
        String apply() throws Exception;
    }

    /** Messages flow before, during and after the fault; then the service is killed and its store read. */
    String run(Fault fault) throws Exception {
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            int sender = i;
            Thread t = new Thread(() -> send(sender));
            t.start();
            senders.add(t);
        }
        Thread rss = new Thread(() -> {
            while (sending.get()) {
                peakRssKb = Math.max(peakRssKb, rssKb());
                sleep(100);
            }
        });
        rss.setDaemon(true);
        rss.start();
        long rssBefore = rssKb();
        sleep(2000);
        String did = fault.apply();
        sleep(2000);
        sending.set(false);
        for (Thread t : senders) {
            t.join(30_000);
        }
        String codes = statuses.entrySet().stream().filter(e -> e.getKey() != 200)
                .map(e -> e.getValue().get() + "×" + e.getKey()).sorted().reduce((a, b) -> a + ", " + b).orElse("none");
        did += "; RSS " + rssBefore / 1024 + " → peak " + peakRssKb / 1024 + " MB; other answers to senders: " + codes;
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL: only what was committed survives
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        return did;
    }

    /** A seller: messages in order, each retried with its msgId until answered 200. */
    void send(int sender) {
        int n = 0;
        while (sending.get()) {
            String cid = "fault-" + sender + "-" + (n / PER_CONVERSATION);
            String msgId = "m-" + (n % PER_CONVERSATION);
            String body = "{\"conversationId\":\"" + cid + "\",\"msgId\":\"" + msgId + "\",\"text\":\"保证金怎么退 " + n + "\"}";
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/v1/messages"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                if (r.statusCode() == 200) {
                    acked.computeIfAbsent(cid, k -> ConcurrentHashMap.newKeySet()).add(msgId);
                    ackCount.incrementAndGet();
                    n++;
                } else {
                    sleep(Math.min(1000, 1000L * Integer.parseInt(r.headers().firstValue("retry-after").orElse("1"))));
                }
            } catch (IOException | InterruptedException e) {
                statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet(); // no answer: retried
                sleep(200);
            }
        }
    }

    /** Every message answered 200 that the store does not hold, after the kill. */
    int lost() {
        int lost = 0;
        try (SqliteConversationReader store = SqliteConversationReader.open(data)) {
            for (Map.Entry<String, Set<String>> e : acked.entrySet()) {
                Set<String> stored = new HashSet<>();
                for (TranscriptEntry line : store.transcript(e.getKey())) {
                    if (line.role() == TranscriptEntry.Role.BOT) {
                        stored.add(line.msgId());
                    }
                }
                for (String msgId : e.getValue()) {
                    if (!stored.contains(msgId)) {
                        lost++;
                    }
                }
            }
        }
        return lost;
    }

    // ---------------------------------------------------------------- the faults

    /** One connection pipelines GET /metrics as fast as it can and never reads an answer. */
    String pipelineFlood() throws Exception {
        long closedBefore = metric("xiaoer_http_connections_closed_total{reason=\"unwritable\"}");
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        try (Socket flood = new Socket()) {
            flood.setReceiveBufferSize(4096);
            flood.connect(new InetSocketAddress("127.0.0.1", port));
            Thread writer = new Thread(() -> {
                byte[] chunk = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
                try {
                    OutputStream out = flood.getOutputStream();
                    while (sent.get() < 2_000_000 && System.nanoTime() - start < 60_000_000_000L) {
                        out.write(chunk);
                        sent.addAndGet(1000);
                    }
                } catch (IOException closed) {
                    // the server gave up on the connection
                }
            });
            writer.setDaemon(true);
            writer.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (metric("xiaoer_http_connections_closed_total{reason=\"unwritable\"}") == closedBefore
                    && System.nanoTime() < deadline) {
                sleep(250);
            }
        }
        long closed = metric("xiaoer_http_connections_closed_total{reason=\"unwritable\"}") - closedBefore;
        return String.format("%d requests pipelined, unread: reading paused %d time(s), the connection closed after "
                        + "%.0f s unwritable (%d)", sent.get(), metric("xiaoer_http_reads_paused_total"),
                (System.nanoTime() - start) / 1e9, closed);
    }

    /** 6,000 connections opened at once, none sending a byte, held 8 s. */
    String connectionFlood() throws Exception {
        int wanted = 6_000;
        List<SocketChannel> open = new ArrayList<>();
        try {
            for (int i = 0; i < wanted; i++) {
                try {
                    SocketChannel c = SocketChannel.open();
                    c.connect(new InetSocketAddress("127.0.0.1", port));
                    open.add(c);
                } catch (IOException e) {
                    break; // out of descriptors on this side
                }
            }
            sleep(8000);
        } finally {
            for (SocketChannel c : open) {
                c.close();
            }
        }
        return String.format("%d connections opened, silent: %d refused at --max-connections (503), %d closed after "
                        + "the first-byte timeout", open.size(), metric("xiaoer_http_connections_refused_total"),
                metric("xiaoer_http_connections_closed_total{reason=\"no_first_byte\"}"));
    }

    /** The data directory's file system filled for 5 s, then space freed. */
    String fullDisk() throws Exception {
        Path filler = data.resolveSibling("filler");
        byte[] mb = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(mb);
            }
        } catch (IOException full) {
            // the disk is full
        }
        long filled = System.nanoTime();
        long deadline = filled + 20_000_000_000L;
        while (status("/readyz") == 200 && System.nanoTime() < deadline) {
            sleep(50);
        }
        boolean noticed = status("/readyz") == 503;
        long notReadyAfter = (System.nanoTime() - filled) / 1_000_000;
        long unavailable = metric("xiaoer_errors_total{code=\"store_unavailable\"}");
        sleep(5000);
        long unavailableDuring = metric("xiaoer_errors_total{code=\"store_unavailable\"}");
        Files.delete(filler);
        long freed = System.nanoTime();
        deadline = freed + 30_000_000_000L;
        while (status("/readyz") != 200 && System.nanoTime() < deadline) {
            sleep(50);
        }
        long readyAfter = (System.nanoTime() - freed) / 1_000_000;
        long errors500 = statuses.getOrDefault(500, new AtomicLong()).get();
        return String.format("disk filled: /readyz 503 store_unavailable %s; %d answers 503 store_unavailable, "
                        + "%d answers 500; space freed: ready again in %d ms, no restart",
                noticed ? "after " + notReadyAfter + " ms" : "NEVER", Math.max(unavailable, unavailableDuring), errors500,
                readyAfter);
    }

    // ---------------------------------------------------------------- helpers

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    long metric(String name) {
        try {
            String text = http.send(HttpRequest.newBuilder(uri("/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : text.split("\n")) {
                if (line.startsWith(name + " ")) {
                    return (long) Double.parseDouble(line.substring(name.length() + 1).trim());
                }
            }
            return 0;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // not running, or not Linux
        }
        return 0;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
