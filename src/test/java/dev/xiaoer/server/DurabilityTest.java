package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.store.TranscriptEntry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a separate JVM, killed with SIGKILL while conversations are mid-way, then restarted
 * on the same data: every acknowledged reply is still stored, every conversation continues from its
 * last acknowledged reply, and a message whose reply was lost can be retried with its msgId safely.
 */
class DurabilityTest {
    private static final int CONVERSATIONS = 16;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** What a conversation got acknowledged, and the message in flight when the server died. */
    private static final class Conversation {
        final Map<String, String> acked = new ConcurrentHashMap<>(); // msgId -> reply body
        volatile int lastTurn;
        volatile int next = 1;
    }

    @Test
    void killedMidWayAndRestartedLosesNothingAcknowledged() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        int port = freePort();
        Process first = start(data, port, log);
        Conversation[] conversations = new Conversation[CONVERSATIONS];
        try {
            ServerProcesses.awaitReady(http, port, first);
            AtomicInteger acks = new AtomicInteger();
            List<Thread> drivers = new ArrayList<>();
            for (int c = 0; c < CONVERSATIONS; c++) {
                Conversation conv = conversations[c] = new Conversation();
                String cid = "d-" + c;
                Thread t = new Thread(() -> {
                    while (true) {
                        try {
                            HttpResponse<String> r = post(port, cid, "m-" + conv.next, "step " + conv.next);
                            assertEquals(200, r.statusCode(), r.body());
                            conv.acked.put("m-" + conv.next, r.body());
                            conv.lastTurn = turn(TestServer.json(r.body()));
                            conv.next++;
                            acks.incrementAndGet();
                        } catch (IOException | InterruptedException e) {
                            return; // the server died: message `next` is unacknowledged
                        }
                    }
                });
                t.start();
                drivers.add(t);
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (acks.get() < 100 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            first.destroyForcibly().waitFor(); // SIGKILL, mid-traffic
            for (Thread t : drivers) {
                t.join(10_000);
            }
            assertTrue(acks.get() >= 100, "the server answered before it was killed");
        } finally {
            first.destroyForcibly();
        }

        Process second = start(data, port, log);
        try {
            ServerProcesses.awaitReady(http, port, second);
            for (int c = 0; c < CONVERSATIONS; c++) {
                Conversation conv = conversations[c];
                String cid = "d-" + c;
                // the message whose reply never came: retried with its msgId, answered exactly once
                HttpResponse<String> retry = post(port, cid, "m-" + conv.next, "step " + conv.next);
                assertEquals(200, retry.statusCode(), retry.body());
                assertEquals(conv.lastTurn + 1, turn(TestServer.json(retry.body())), cid + " continues where acknowledged");
                // an acknowledged one repeated: the identical stored reply
                if (conv.next > 1) {
                    String msgId = "m-" + (conv.next - 1);
                    assertEquals(conv.acked.get(msgId), post(port, cid, msgId, "again").body());
                }
                HttpResponse<String> after = post(port, cid, "m-new", "after restart");
                assertEquals(conv.lastTurn + 2, turn(TestServer.json(after.body())));
            }
        } finally {
            second.destroy(); // SIGTERM: the graceful path
            second.waitFor();
        }
        assertTrue(Files.readString(log).contains("shut down cleanly"), "SIGTERM shut the server down cleanly");

        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            for (int c = 0; c < CONVERSATIONS; c++) {
                Conversation conv = conversations[c];
                String cid = "d-" + c;
                for (Map.Entry<String, String> acked : conv.acked.entrySet()) {
                    assertEquals(acked.getValue(), ReplyBody.write(store.answered(cid, acked.getKey()).orElseThrow()),
                            cid + "/" + acked.getKey() + " is stored as acknowledged");
                }
                List<TranscriptEntry> bot = store.transcript(cid).stream()
                        .filter(e -> e.role() == TranscriptEntry.Role.BOT).toList();
                assertEquals(conv.lastTurn + 2, bot.size(), cid + ": every turn once, none lost, none doubled");
                for (int i = 0; i < bot.size(); i++) {
                    assertTrue(bot.get(i).text().startsWith("turn " + (i + 1) + ":"), bot.get(i).text());
                }
            }
        }
    }

    private HttpResponse<String> post(int port, String cid, String msgId, String text) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/messages"))
                        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(TestServer.message(cid, text, msgId))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int turn(JsonNode reply) {
        String text = reply.get("text").asText();
        return Integer.parseInt(text.substring(5, text.indexOf(':')));
    }

    private static Process start(Path data, int port, Path log) throws IOException {
        Path knowledge = Path.of(System.getProperty("user.dir"), "src/test/resources/test-knowledge");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FakeServeMain.class.getName(), "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data", data.toString(), "--knowledge", knowledge.toString(), "--workers", "4");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("XIAOER_LOG_LEVEL", "INFO");
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
