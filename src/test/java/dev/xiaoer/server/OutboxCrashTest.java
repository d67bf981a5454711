package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.channel.FakeApi;
import dev.xiaoer.channel.dingtalk.DingTalkSignature;
import dev.xiaoer.store.Outbound;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox across a crash: {@code serve} as a separate JVM takes DingTalk messages whose
 * sessionWebhook fails three times for every reply before it takes it, is killed with SIGKILL while
 * replies are being delivered and retried, and is started again on the same data: every reply
 * acknowledged to DingTalk arrives, each conversation's in order, and whatever arrives twice arrives
 * under the same delivery id with the same body.
 */
class OutboxCrashTest {
    private static final String SECRET = "crash-test-app-secret-9f8e7d";
    private static final String ADMIN = "crash-test-admin-token-1a2b3c";
    private static final int CONVERSATIONS = 10;
    private static final int MESSAGES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void killedMidDeliveryEveryAcknowledgedReplyArrivesAfterTheRestartRepeatsOnlyUnderItsDeliveryId() throws Exception {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        AtomicInteger delivered = new AtomicInteger();
        try (FakeApi webhook = new FakeApi()) {
            webhook.answering(r -> {
                sleep(30); // deliveries stay in flight a moment: the kill lands mid-delivery
                if (attempts.computeIfAbsent(r.deliveryId(), k -> new AtomicInteger()).incrementAndGet() <= 3) {
                    return new FakeApi.Answer(500, "{\"errcode\":-1,\"errmsg\":\"busy\"}");
                }
                delivered.incrementAndGet();
                return FakeApi.succeed(r);
            });
            Path data = dir.resolve("data");
            Path log = dir.resolve("server.log");
            int port = freePort();
            Map<String, String> acked = new LinkedHashMap<>(); // delivery id -> conversation/msgId
            Process first = start(data, port, log);
            try {
                ServerProcesses.awaitReady(http, port, first);
                for (int m = 1; m <= MESSAGES; m++) {
                    for (int c = 0; c < CONVERSATIONS; c++) {
                        String cid = "cid-" + c;
                        String msgId = "msg-" + c + "-" + m;
                        HttpResponse<String> r = callback(port, webhook, cid, msgId, "第" + m + "句");
                        assertEquals(200, r.statusCode(), r.body());
                        acked.put(Outbound.deliveryId("dingtalk", "dingtalk:" + cid, msgId), cid + "/" + msgId);
                    }
                }
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (webhook.received.size() < 2 * CONVERSATIONS && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                first.destroyForcibly().waitFor(); // SIGKILL, with replies failing, waiting and in flight
            } finally {
                first.destroyForcibly();
            }
            int beforeRestart = delivered.get();
            assertTrue(beforeRestart < acked.size(), "killed before every reply was delivered (" + beforeRestart + ")");

            Process second = start(data, port, log);
            try {
                ServerProcesses.awaitReady(http, port, second);
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (!allDelivered(webhook, acked.keySet()) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertTrue(allDelivered(webhook, acked.keySet()), "every acknowledged reply delivered after the restart");
                JsonNode outbox = JSON.readTree(adminOutbox(port));
                while (outbox.path("counts").path("pending").asInt() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50); // the last answers are being stored
                    outbox = JSON.readTree(adminOutbox(port));
                }
                assertEquals(0, outbox.path("counts").path("pending").asInt(), outbox.toString());
                assertEquals(0, outbox.path("counts").path("dead").asInt(), outbox.toString());
                assertEquals(acked.size(), outbox.path("counts").path("sent").asInt(), outbox.toString());
            } finally {
                second.destroy();
                second.waitFor();
            }

            // repeats only under the same delivery id, with the same body; nothing else arrived
            Map<String, Set<String>> bodies = new HashMap<>();
            for (FakeApi.Received r : webhook.received) {
                bodies.computeIfAbsent(r.deliveryId(), k -> new HashSet<>()).add(r.body());
            }
            assertEquals(acked.keySet(), bodies.keySet(), "one delivery id per acknowledged reply, no other");
            bodies.forEach((id, b) -> assertEquals(1, b.size(), acked.get(id) + " was sent with one body"));
            // each conversation's replies arrived in order: the first success of each, turn by turn
            for (int c = 0; c < CONVERSATIONS; c++) {
                List<Integer> turns = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                Map<String, Integer> count = new HashMap<>();
                for (FakeApi.Received r : webhook.received) {
                    if (!r.query().endsWith("=cid-" + c)) {
                        continue;
                    }
                    if (count.merge(r.deliveryId(), 1, Integer::sum) == 4 && seen.add(r.deliveryId())) {
                        JsonNode msg = r.json(); // the fake dialogue's replies have quick replies: action cards
                        String text = msg.path("actionCard").path("text").asText(msg.path("text").path("content").asText());
                        turns.add(Integer.parseInt(text.substring(5, text.indexOf(':'))));
                    }
                }
                assertEquals(List.of(1, 2, 3), turns, "cid-" + c + " in order");
            }
            String logged = Files.readString(log);
            assertTrue(logged.contains("channel dingtalk: on"), "the channel says it is on");
            assertTrue(logged.contains("channel feishu: off (XIAOER_FEISHU_ENCRYPT_KEY"), "and the others why they are off");
            assertTrue(logged.contains("event=retry"), "retries are logged");
            assertFalse(logged.contains(SECRET) || logged.contains(ADMIN), "secrets are never logged");
        }
    }

    private static boolean allDelivered(FakeApi webhook, Set<String> ids) {
        Map<String, Integer> count = new HashMap<>();
        webhook.received.forEach(r -> count.merge(r.deliveryId(), 1, Integer::sum));
        return ids.stream().allMatch(id -> count.getOrDefault(id, 0) >= 4);
    }

    private HttpResponse<String> callback(int port, FakeApi webhook, String cid, String msgId, String text)
            throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("msgtype", "text").put("msgId", msgId).put("conversationId", cid)
                .put("senderStaffId", "s-" + cid).put("robotCode", "robot-" + cid) // DingTalk allows a robot 20 a minute
                .put("sessionWebhook", webhook.base() + "/robot/sendBySession?session=" + cid)
                .put("sessionWebhookExpiredTime", System.currentTimeMillis() + 3_600_000);
        body.putObject("text").put("content", text);
        String ts = String.valueOf(System.currentTimeMillis());
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/channels/dingtalk"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("timestamp", ts).header("sign", DingTalkSignature.sign(SECRET, ts))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminOutbox(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/outbox?limit=5"))
                .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static Process start(Path data, int port, Path log) throws IOException {
        Path knowledge = Path.of(System.getProperty("user.dir"), "src/test/resources/test-knowledge");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FakeServeMain.class.getName(), "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data", data.toString(), "--knowledge", knowledge.toString(), "--workers", "4",
                "--outbox-retry-base", "300ms", "--outbox-retry-cap", "2s");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("XIAOER_LOG_LEVEL", "INFO");
        pb.environment().put("XIAOER_DINGTALK_APP_SECRET", SECRET);
        pb.environment().put("XIAOER_ADMIN_TOKEN", ADMIN);
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
