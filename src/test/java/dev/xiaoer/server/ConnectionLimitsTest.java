package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.conversation.Conversations;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one client may hold of the server, over real sockets on 127.0.0.1: requests in progress on
 * a connection, responses it leaves unread, connections at once, and how long a silent new
 * connection is kept.
 */
class ConnectionLimitsTest {
    @TempDir
    Path data;

    private TestServer server(Limits limits) throws InterruptedException {
        return new TestServer(data, new FakeDialogue(), new Conversations.Settings(4, 1000),
                ServerConfig.defaults("127.0.0.1", 0).withLimits(limits));
    }

    private static Limits limits() {
        return Limits.defaults().withMaxConnections(1000);
    }

    private static void await(LongSupplier value, long atLeast, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (value.getAsLong() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(value.getAsLong() >= atLeast, what + ": " + value.getAsLong());
    }

    @Test
    void pipelinedRequestsBeyondTheCapWaitInTheSocket() throws Exception {
        int sent = 100;
        try (TestServer s = server(limits()); RawHttp http = new RawHttp(s.port())) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < sent; i++) {
                all.append(new String(RawHttp.post("/v1/messages", "application/json",
                        TestServer.message("p-" + i, "sleep:40", "m").getBytes(StandardCharsets.UTF_8), false),
                        StandardCharsets.UTF_8));
            }
            http.send(all.toString()); // about 15 KB: one read for the server
            int most = 0;
            long until = System.nanoTime() + 400_000_000L;
            while (System.nanoTime() < until) {
                most = Math.max(most, s.service.inFlight());
                Thread.sleep(2);
            }
            assertTrue(most > 0, "messages were taken");
            assertTrue(most <= 16, "at most 16 requests of one connection are in progress, saw " + most);
            for (int i = 0; i < sent; i++) {
                RawHttp.Response r = http.read();
                assertEquals(200, r.status(), r.body());
                assertEquals("p-" + i, TestServer.json(r.body()).get("conversationId").asText(), "in request order");
            }
        }
    }

    @Test
    void aClientThatPipelinesAndNeverReadsIsPausedThenClosed() throws Exception {
        // 14 MB of requests whose answers (~180 bytes each) would be 70 MB: far more than the kernel's
        // socket buffers hold (a few MB, at most 16 MB where tcp_wmem allows it), so only a server that
        // stops answering what nobody reads answers fewer than half
        int sent = 400_000;
        try (TestServer s = server(limits().withUnwritableTimeout(Duration.ofSeconds(1)));
             Socket flood = new Socket()) {
            flood.setReceiveBufferSize(4096); // a client that reads nothing: little room on its side
            flood.connect(new InetSocketAddress("127.0.0.1", s.port()));
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
                try {
                    OutputStream out = flood.getOutputStream();
                    for (int i = 0; i < sent / 1000; i++) {
                        out.write(chunk);
                        written.addAndGet(1000);
                    }
                } catch (IOException closedByServer) {
                    // expected once the server gives up on the connection
                }
            });
            writer.setDaemon(true);
            writer.start();
            await(() -> s.metrics.connectionsClosed("unwritable"), 1, Duration.ofSeconds(20),
                    "the connection left unread is closed");
            assertTrue(s.metrics.readsPaused() >= 1, "reading was paused first");
            long answered = s.metrics.errors("not_found");
            assertTrue(answered < sent / 2, "the server stopped answering what nobody reads: answered " + answered
                    + " of " + written.get() + " sent");
            writer.join(10_000);
            assertEquals(200, s.get("/healthz").statusCode(), "still serving others");
        }
    }

    @Test
    void connectionsOverTheCapAreRefusedAtOnce() throws Exception {
        try (TestServer s = server(limits().withMaxConnections(3))) {
            List<RawHttp> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    RawHttp h = new RawHttp(s.port());
                    held.add(h);
                    h.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
                    assertEquals(200, h.read().status());
                }
                try (RawHttp over = new RawHttp(s.port())) {
                    RawHttp.Response r = over.read(); // answered without sending anything
                    assertEquals(503, r.status(), r.body());
                    assertEquals("1", r.header("retry-after"));
                    assertEquals("too_many_connections", TestServer.json(r.body()).get("error").get("code").asText());
                    assertTrue(over.closedByServer());
                }
                assertEquals(1, s.metrics.connectionsRefused());
                held.remove(0).close();
                await(() -> 3 - s.metrics.openConnections(), 1, Duration.ofSeconds(3), "a connection was let go");
                try (RawHttp again = new RawHttp(s.port())) {
                    again.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
                    assertEquals(200, again.read().status(), "room again once one closed");
                }
            } finally {
                for (RawHttp h : held) {
                    h.close();
                }
            }
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedSoon() throws Exception {
        try (TestServer s = server(limits().withFirstByteTimeout(Duration.ofMillis(300)))) {
            try (RawHttp silent = new RawHttp(s.port())) {
                long start = System.nanoTime();
                assertTrue(silent.closedByServer());
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited >= 200 && waited < 5_000, "closed after the first-byte timeout, not the idle one: " + waited);
            }
            assertEquals(1, s.metrics.connectionsClosed("no_first_byte"));
            try (RawHttp talking = new RawHttp(s.port())) {
                talking.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(200, talking.read().status());
                Thread.sleep(600); // quiet between requests: the idle timeout's business, not this one's
                talking.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(200, talking.read().status());
            }
            assertEquals(1, s.metrics.connectionsClosed("no_first_byte"));
        }
    }

    @Test
    void theDefaultCapLeavesDescriptorsForTheRest() {
        assertEquals(896, Limits.defaultMaxConnections(1024));
        assertEquals(18_000, Limits.defaultMaxConnections(20_000));
        assertEquals(16, Limits.defaultMaxConnections(100));
        assertTrue(Limits.defaults().maxConnections() < Limits.descriptorLimit());
    }
}
