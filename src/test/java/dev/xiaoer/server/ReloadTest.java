package dev.xiaoer.server;

import dev.xiaoer.testing.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live knowledge reloads: under traffic, refused when invalid, and picked up from file edits. */
class ReloadTest {
    private static final Set<String> KINDS = Set.of("faq", "flow", "clarify", "fallback", "handoff", "human",
            "smalltalk", "cancel");

    @Test
    void twentyReloadsUnderEightClientsLoseNoRequest(@TempDir Path tmp) throws Exception {
        Path kb = TestFiles.copyTree(Path.of("knowledge"), tmp.resolve("knowledge"));
        Path flowFile = kb.resolve("flows/deposit-refund.yaml");
        String original = Files.readString(flowFile);
        // the other version renames a step that conversations are sitting at
        String renamed = original.replace("check-orders", "check-trades");
        try (StaffServer s = new StaffServer(tmp.resolve("data"), kb, StaffServer.STAFF, StaffServer.ADMIN, null)) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger flowGone = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<String> script = List.of("保证金怎么退", "都关好了", "是的", "没有", "超过30天了", "怎么更换支付宝", "你好");
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int c = 0; c < 8; c++) {
                String cid = "client-" + c;
                done.add(clients.submit(() -> {
                    int i = 0;
                    while (running.get() || i % script.size() != 0) {
                        String text = script.get(i++ % script.size());
                        try {
                            HttpResponse<String> r = s.send("POST", "/v1/messages", null,
                                    TestServer.message(cid, text, null));
                            sent.incrementAndGet();
                            if (r.statusCode() != 200) {
                                failures.add(cid + " " + text + " -> " + r.statusCode() + " " + r.body());
                                continue;
                            }
                            JsonNode reply = StaffServer.JSON.readTree(r.body());
                            String kind = reply.path("kind").asText();
                            if (!KINDS.contains(kind) || reply.path("text").asText().isBlank()) {
                                failures.add(cid + " " + text + " -> a broken reply " + r.body());
                            }
                            if (reply.path("text").asText().contains("引导内容已更新")) {
                                flowGone.incrementAndGet();
                                if (!reply.path("flow").path("done").asBoolean()) {
                                    failures.add("a vanished step must end the flow: " + r.body());
                                }
                            }
                            if (i % script.size() == 1 && !"flow".equals(kind)) {
                                failures.add(cid + " the flow did not start: " + r.body());
                            }
                        } catch (Exception e) {
                            failures.add(cid + " " + text + " -> " + e);
                        }
                    }
                }));
            }
            String firstVersion = s.reloader.version();
            for (int n = 1; n <= 20; n++) {
                Files.writeString(flowFile, n % 2 == 1 ? renamed : original);
                HttpResponse<String> r = s.send("POST", "/admin/reload", StaffServer.ADMIN, null);
                assertEquals(200, r.statusCode(), r.body());
                JsonNode attempt = StaffServer.JSON.readTree(r.body());
                assertTrue(attempt.path("ok").asBoolean() && attempt.path("changed").asBoolean(), r.body());
                assertEquals("admin", attempt.path("trigger").asText());
                Thread.sleep(50);
            }
            running.set(false);
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
            assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.peek());
            assertTrue(sent.get() >= 8 * script.size(), "traffic ran: " + sent.get());
            assertEquals(firstVersion, s.reloader.version(), "an even number of swaps ends where it began");
            assertEquals(20, s.reloader.reloads());
            String metrics = s.send("GET", "/metrics", null, null).body();
            assertEquals(20, Exposition.value(metrics, "xiaoer_knowledge_reloads_total{result=\"swapped\"}"), metrics);
            assertEquals(1, Exposition.value(metrics, "xiaoer_knowledge_info{version=\"" + firstVersion + "\"}"), metrics);
            System.out.println("reload test: " + sent.get() + " messages, " + flowGone.get() + " ended by a vanished step");
        }
    }

    @Test
    void invalidKnowledgeIsRefusedAndTheOldKeepsServing(@TempDir Path tmp) throws Exception {
        Path kb = TestFiles.copyTree(Path.of("knowledge"), tmp.resolve("knowledge"));
        try (StaffServer s = new StaffServer(tmp.resolve("data"), kb, StaffServer.STAFF, StaffServer.ADMIN, null)) {
            String version = s.reloader.version();
            Path faq = kb.resolve("faq/deposit.yaml");
            String good = Files.readString(faq);
            Files.writeString(faq, good + "\n- id: deposit.broken\n  question: 保证金坏了\n");
            HttpResponse<String> r = s.send("POST", "/admin/reload", StaffServer.ADMIN, null);
            assertEquals(422, r.statusCode(), r.body());
            JsonNode body = StaffServer.JSON.readTree(r.body());
            assertEquals("invalid_knowledge", body.path("error").path("code").asText());
            assertEquals(version, body.path("version").asText());
            String problem = body.path("problems").get(0).path("text").asText();
            assertTrue(problem.matches(".*faq/deposit\\.yaml:\\d+: .+"), problem);

            JsonNode status = StaffServer.JSON.readTree(s.send("GET", "/admin/knowledge", StaffServer.ADMIN, null).body());
            assertEquals(version, status.path("version").asText());
            assertFalse(status.path("lastAttempt").path("ok").asBoolean());
            assertTrue(status.path("lastAttempt").path("problems").get(0).path("line").asInt() > 0);
            assertEquals(1, status.path("failures").asInt());
            assertEquals("flow", s.say("still", "保证金怎么退").path("kind").asText(), "the old knowledge serves");
            assertEquals(1, Exposition.value(s.send("GET", "/metrics", null, null).body(),
                    "xiaoer_knowledge_reloads_total{result=\"failed\"}"));

            Files.writeString(faq, good.replace("保证金怎么退回", "保证金怎么退回来呢"));
            r = s.send("POST", "/admin/reload", StaffServer.ADMIN, null);
            assertEquals(200, r.statusCode(), r.body());
            assertNotEquals(version, StaffServer.JSON.readTree(r.body()).path("version").asText());
        }
    }

    @Test
    void editsArePickedUpWithoutARestart(@TempDir Path tmp) throws Exception {
        Path kb = TestFiles.copyTree(Path.of("knowledge"), tmp.resolve("knowledge"));
        try (StaffServer s = new StaffServer(tmp.resolve("data"), kb, StaffServer.STAFF, StaffServer.ADMIN,
                Duration.ofMillis(200))) {
            String version = s.reloader.version();
            assertEquals("fallback", s.say("w", "小二会唱歌吗").path("kind").asText());
            Path faq = kb.resolve("faq/alipay.yaml");
            // a new entry, written the way editors save: a temp file moved over the old one
            Path temp = kb.resolve("faq/.alipay.yaml.tmp");
            Files.writeString(temp, Files.readString(faq) + """

                    - id: misc.sing
                      question: 小二会唱歌吗
                      alternates: [小二唱首歌]
                      answer: 小二不会唱歌，但可以帮您解答履约问题～
                    """);
            Files.move(temp, faq, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (version.equals(s.reloader.version()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertNotEquals(version, s.reloader.version(), "the edit was picked up");
            JsonNode status = StaffServer.JSON.readTree(s.send("GET", "/admin/knowledge", StaffServer.ADMIN, null).body());
            assertTrue(status.path("watched").asBoolean());
            assertEquals("watch", status.path("lastAttempt").path("trigger").asText());
            JsonNode reply = s.say("w2", "小二会唱歌吗");
            assertEquals("misc.sing", reply.path("faqId").asText(), reply.toString());
        }
    }
}
