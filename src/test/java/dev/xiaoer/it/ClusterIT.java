package dev.xiaoer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.testing.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes of the shipped jar on one PostgreSQL, behind HAProxy (round-robin, so a conversation's
 * consecutive turns land on different nodes). 300 conversations go through a real flow with their
 * turns interleaved; then one node is killed with SIGKILL mid-run, and then PostgreSQL is stopped
 * and started mid-run. Clients retry what was not answered (5xx, a broken connection) with the same
 * msgId, as the platforms do. Every conversation must get the replies one node alone gives, in
 * order; every acknowledged message must be in the store once with the reply the client got; the
 * database outage must give 503s, never 500s, and pass without restarting a node.
 */
class ClusterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A flow started, a step answered, a digression, then thanks: each reply depends on the session before it. */
    private static final List<String> TURNS = List.of("保证金怎么退", "都关好了", "运单号填错了怎么改", "没有", "谢谢");
    private static final int CONVERSATIONS = 300;

    @Test
    void threeNodesOnOnePostgresSurviveANodeKillAndADatabaseRestart(@TempDir Path dir) throws Exception {
        try (TestPostgres pg = TestPostgres.start(false)) {
            String url = pg.newDatabase();
            try (Cluster cluster = Cluster.start(dir, url, 3, List.of("--workers", "4"))) {
                Load baseline = new Load(cluster.port, "base-", 1, 1);
                baseline.run();
                List<String> expected = baseline.shapes("base-0");

                Load killed = new Load(cluster.port, "k-", CONVERSATIONS, 16);
                killed.start();
                killed.awaitAnswered(CONVERSATIONS * TURNS.size() / 3);
                cluster.nodes.get(2).process.destroyForcibly(); // SIGKILL, mid-run
                killed.finish();
                check(killed, expected, url, "after a node was killed");
                assertEquals(0, killed.statuses.getOrDefault(500, 0), "no 500: " + killed.statuses);

                Load outage = new Load(cluster.port, "o-", CONVERSATIONS, 16);
                outage.start();
                outage.awaitAnswered(CONVERSATIONS * TURNS.size() / 3);
                pg.stop();
                HttpResponse<String> refused = Shipped.post(cluster.nodes.get(0).port, "/v1/messages",
                        "{\"conversationId\":\"probe\",\"text\":\"保证金怎么退\",\"msgId\":\"p-1\"}");
                assertEquals(503, refused.statusCode(), refused.body());
                assertEquals("store_unavailable", JSON.readTree(refused.body()).path("error").path("code").asText());
                assertTrue(refused.headers().firstValue("Retry-After").isPresent());
                Thread.sleep(2_000);
                pg.startServer();
                outage.finish();
                check(outage, expected, url, "after the database restarted");
                assertEquals(0, outage.statuses.getOrDefault(500, 0), "no 500: " + outage.statuses);
                assertTrue(outage.statuses.getOrDefault(503, 0) > 0, "the outage was seen as 503s: " + outage.statuses);
                assertTrue(cluster.nodes.get(0).process.isAlive() && cluster.nodes.get(1).process.isAlive(),
                        "the nodes recovered without a restart");
            }
        }
    }

    /**
     * Every conversation got the baseline's replies, in order; the store holds each message once,
     * each followed by its reply, the one the client was given.
     */
    private static void check(Load load, List<String> expected, String url, String when) throws Exception {
        System.out.printf("%s: %d messages in %.1f s, retried statuses %s (-1: a broken connection)%n", when,
                load.answered.get(), load.seconds(), load.statuses);
        assertEquals(List.of(), load.failures, when);
        for (int c = 0; c < load.conversations; c++) {
            assertEquals(expected, load.shapes(load.prefix + c), when + ": conversation " + load.prefix + c);
        }
        Map<String, List<String[]>> stored = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url);
             PreparedStatement ps = db.prepareStatement("""
                     SELECT conversation_id, role, msg_id, reply FROM transcript WHERE conversation_id LIKE ? ORDER BY id""")) {
            ps.setString(1, load.prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        assertEquals(load.conversations, stored.size(), when);
        for (Map.Entry<String, List<String[]>> e : stored.entrySet()) {
            List<String[]> lines = e.getValue();
            assertEquals(2 * TURNS.size(), lines.size(), when + ": each message once in " + e.getKey());
            List<JsonNode> got = load.replies.get(e.getKey());
            for (int t = 0; t < TURNS.size(); t++) {
                String[] seller = lines.get(2 * t);
                String[] bot = lines.get(2 * t + 1);
                assertEquals(List.of("seller", "m-" + (t + 1)), List.of(seller[0], seller[1]), e.getKey());
                assertEquals(List.of("bot", "m-" + (t + 1)), List.of(bot[0], bot[1]), e.getKey());
                JsonNode reply = JSON.readTree(bot[2]);
                assertEquals(got.get(t).path("text").asText(), reply.path("text").asText(),
                        when + ": the acknowledged reply is the stored one, " + e.getKey() + " m-" + (t + 1));
            }
        }
    }

    /** Conversations sent through the balancer by client threads, each conversation's turns one after another. */
    private static final class Load {
        final int port;
        final String prefix;
        final int conversations;
        final int threads;
        final Map<String, List<JsonNode>> replies = new ConcurrentHashMap<>();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final List<String> failures = new ArrayList<>();
        final AtomicInteger answered = new AtomicInteger();
        private final ConcurrentLinkedQueue<Integer> todo = new ConcurrentLinkedQueue<>();
        private ExecutorService pool;

        Load(int port, String prefix, int conversations, int threads) {
            this.port = port;
            this.prefix = prefix;
            this.conversations = conversations;
            this.threads = threads;
            for (int c = 0; c < conversations; c++) {
                todo.add(c);
            }
        }

        void run() throws Exception {
            start();
            finish();
        }

        private long started;
        private long finished;

        double seconds() {
            return (finished - started) / 1e9;
        }

        void start() {
            started = System.nanoTime();
            pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                // each thread takes the next conversation when its own is done: conversations interleave
                pool.execute(() -> {
                    for (Integer c = todo.poll(); c != null; c = todo.poll()) {
                        conversation(prefix + c);
                    }
                });
            }
        }

        void awaitAnswered(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (answered.get() < n && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        void finish() throws InterruptedException {
            pool.shutdown();
            assertTrue(pool.awaitTermination(240, TimeUnit.SECONDS), "the load did not finish");
            finished = System.nanoTime();
        }

        private void conversation(String cid) {
            List<JsonNode> got = new ArrayList<>();
            for (int t = 0; t < TURNS.size(); t++) {
                JsonNode reply = send(cid, "m-" + (t + 1), TURNS.get(t));
                if (reply == null) {
                    return;
                }
                got.add(reply);
                answered.incrementAndGet();
            }
            replies.put(cid, got);
        }

        /** Sends until answered: a 502/503/504 or a broken connection is retried with the same msgId. */
        private JsonNode send(String cid, String msgId, String text) {
            String body = "{\"conversationId\":\"" + cid + "\",\"text\":\"" + text + "\",\"msgId\":\"" + msgId + "\"}";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                int status;
                try {
                    HttpResponse<String> r = Shipped.post(port, "/v1/messages", body);
                    status = r.statusCode();
                    if (status == 200) {
                        return JSON.readTree(r.body());
                    }
                    if (status != 502 && status != 503 && status != 504) {
                        statuses.merge(status, 1, Integer::sum);
                        fail(cid + " " + msgId + ": " + status + " " + r.body());
                        return null;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                } catch (Exception e) {
                    status = -1; // the connection broke (the balancer's or ours), or timed out
                }
                statuses.merge(status, 1, Integer::sum);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            fail(cid + " " + msgId + ": not answered within 90 s");
            return null;
        }

        private synchronized void fail(String what) {
            failures.add(what);
        }

        /** What a conversation's replies were, turn by turn: kind, flow step and text. */
        List<String> shapes(String cid) {
            List<JsonNode> got = replies.get(cid);
            if (got == null) {
                return List.of();
            }
            return got.stream().map(r -> r.path("kind").asText() + " " + r.path("flow").path("id").asText() + "/"
                    + r.path("flow").path("step").asText() + " " + r.path("text").asText()).toList();
        }
    }
}
