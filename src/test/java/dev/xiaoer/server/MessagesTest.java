package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.store.TranscriptEntry;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/messages end to end over HTTP: shape, idempotency, ordering, parallelism, back-pressure. */
class MessagesTest {
    @TempDir
    Path data;

    private static int turn(JsonNode reply) {
        String text = reply.get("text").asText();
        return Integer.parseInt(text.substring(5, text.indexOf(':')));
    }

    @Test
    void replyHasTheContractShape() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            HttpResponse<String> r = s.post("{\"conversationId\":\"c-1\",\"text\":\"保证金怎么退\",\"msgId\":\"m-1\",\"senderId\":\"seller-42\"}");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
            JsonNode reply = TestServer.json(r.body());
            assertEquals(List.of("conversationId", "msgId", "kind", "text", "faqId", "confidence", "options", "flow", "related"),
                    iterable(reply.fieldNames()));
            assertEquals("c-1", reply.get("conversationId").asText());
            assertEquals("m-1", reply.get("msgId").asText());
            assertEquals("flow", reply.get("kind").asText());
            assertEquals(0.93, reply.get("confidence").asDouble());
            assertEquals("echo", reply.get("flow").get("id").asText());
            assertFalse(reply.get("flow").get("done").asBoolean());
            assertTrue(reply.get("related").isArray());

            JsonNode fallback = TestServer.json(s.post(TestServer.message("c-2", "???", null)).body());
            assertTrue(fallback.get("msgId").isNull());
            assertTrue(fallback.get("faqId").isNull());
            assertTrue(fallback.get("flow").isNull());
            assertEquals(0, fallback.get("options").size());
            List<TranscriptEntry> t = s.store.transcript("c-1");
            assertEquals("seller-42", t.get(0).senderId());
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void aRepeatedMsgIdGetsTheIdenticalReplyAndChangesNothing() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            String first = s.post(TestServer.message("c", "保证金怎么退", "m-1")).body();
            s.post(TestServer.message("c", "下一步", "m-2"));
            var sessionBefore = s.store.session("c").orElseThrow();
            var transcriptBefore = s.store.transcript("c");

            HttpResponse<String> again = s.post(TestServer.message("c", "保证金怎么退", "m-1"));
            assertEquals(200, again.statusCode());
            assertEquals(first, again.body(), "byte for byte the stored reply");
            HttpResponse<String> differentText = s.post(TestServer.message("c", "别的", "m-1"));
            assertEquals(first, differentText.body(), "the msgId decides, not the text");
            assertEquals(sessionBefore, s.store.session("c").orElseThrow());
            assertEquals(transcriptBefore, s.store.transcript("c"));
            assertEquals(2, Exposition.value(s.metrics.render(), "xiaoer_replays_total"));

            // the same msgId in another conversation is another message
            assertEquals(1, turn(TestServer.json(s.post(TestServer.message("other", "hi", "m-1")).body())));
        }
    }

    @Test
    void identicalMsgIdsInFlightAtOnceAreAnsweredOnce() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                inFlight.add(s.http.sendAsync(s.postRequest(TestServer.message("c", "sleep:50", "dup")),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Set<String> bodies = inFlight.stream().map(CompletableFuture::join)
                    .peek(r -> assertEquals(200, r.statusCode(), r.body()))
                    .map(HttpResponse::body).collect(Collectors.toSet());
            assertEquals(1, bodies.size(), "every copy got the same reply");
            assertEquals(2, s.store.transcript("c").size(), "one message, one reply stored");
            assertEquals(1, s.store.session("c").orElseThrow().unreadable());
        }
    }

    @Test
    void pipelinedMessagesAreAnsweredInArrivalOrder() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            ByteArrayOutputStream requests = new ByteArrayOutputStream();
            for (int i = 1; i <= 6; i++) {
                // the early ones are slow: a later answer must not overtake them
                String text = i <= 2 ? "sleep:100" : "step " + i;
                requests.write(RawHttp.post("/v1/messages", "application/json",
                        TestServer.message("c", text, "m" + i).getBytes(StandardCharsets.UTF_8), false));
                requests.write(RawHttp.post("/v1/messages", "application/json",
                        TestServer.message("other-" + i, "hi", null).getBytes(StandardCharsets.UTF_8), false));
            }
            try (RawHttp http = new RawHttp(s.port())) {
                http.send(requests.toByteArray());
                for (int i = 1; i <= 6; i++) {
                    JsonNode reply = TestServer.json(http.read().body());
                    assertEquals("m" + i, reply.get("msgId").asText());
                    assertEquals(i, turn(reply));
                    assertEquals("other-" + i, TestServer.json(http.read().body()).get("conversationId").asText());
                }
            }
        }
    }

    @Test
    void concurrentMessagesToOneConversationRunOneAtATime() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            List<CompletableFuture<HttpResponse<String>>> inFlight = IntStream.range(0, 30)
                    .mapToObj(i -> s.http.sendAsync(s.postRequest(TestServer.message("c", "m" + i, "m" + i)),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            Set<Integer> turns = new java.util.TreeSet<>();
            for (var f : inFlight) {
                turns.add(turn(TestServer.json(f.join().body())));
            }
            assertEquals(IntStream.rangeClosed(1, 30).boxed().collect(Collectors.toSet()), turns, "no lost update");
            List<TranscriptEntry> bot = s.store.transcript("c").stream()
                    .filter(e -> e.role() == TranscriptEntry.Role.BOT).toList();
            for (int i = 0; i < bot.size(); i++) {
                assertTrue(bot.get(i).text().startsWith("turn " + (i + 1) + ":"), "stored in the order answered");
            }
        }
    }

    @Test
    void differentConversationsRunInParallel() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) { // 4 workers
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> inFlight = IntStream.range(0, 4)
                    .mapToObj(i -> s.http.sendAsync(s.postRequest(TestServer.message("p-" + i, "sleep:400", null)),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            inFlight.forEach(f -> assertEquals(200, f.join().statusCode()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1200, "4 x 400 ms ran in parallel, took " + millis + " ms");
        }
    }

    @Test
    void whenFullItAnswers503WithRetryAfterAndChangesNothing() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue(), new Conversations.Settings(1, 1),
                ServerConfig.defaults("127.0.0.1", 0))) {
            List<CompletableFuture<HttpResponse<String>>> inFlight = IntStream.range(0, 6)
                    .mapToObj(i -> s.http.sendAsync(s.postRequest(TestServer.message("o-" + i, "sleep:300", null)),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            int ok = 0;
            int busy = 0;
            for (int i = 0; i < inFlight.size(); i++) {
                HttpResponse<String> r = inFlight.get(i).join();
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    busy++;
                    assertEquals(503, r.statusCode());
                    assertEquals("overloaded", TestServer.json(r.body()).get("error").get("code").asText());
                    assertEquals("1", r.headers().firstValue("retry-after").orElseThrow());
                    assertTrue(s.store.transcript("o-" + i).isEmpty());
                }
            }
            assertTrue(ok >= 1 && busy >= 1, ok + " answered, " + busy + " turned away");
            assertEquals(200, s.post(TestServer.message("after", "hi", null)).statusCode());
        }
    }

    @Test
    void notReadyUntilTheDialogueIsInPlace() throws Exception {
        try (TestServer s = new TestServer(data, null)) {
            assertEquals(200, s.get("/healthz").statusCode());
            HttpResponse<String> ready = s.get("/readyz");
            assertEquals(503, ready.statusCode());
            assertEquals("not_ready", TestServer.json(ready.body()).get("error").get("code").asText());
            HttpResponse<String> message = s.post(TestServer.message("c", "hi", "m"));
            assertEquals(503, message.statusCode());
            assertEquals("not_ready", TestServer.json(message.body()).get("error").get("code").asText());
            assertTrue(s.store.transcript("c").isEmpty());

            s.service.swap(new FakeDialogue(FakeDialogue.emptyKnowledge("v-2")));
            HttpResponse<String> nowReady = s.get("/readyz");
            assertEquals(200, nowReady.statusCode());
            assertEquals("v-2", TestServer.json(nowReady.body()).get("knowledgeVersion").asText());
            assertEquals(200, s.post(TestServer.message("c", "hi", "m")).statusCode());
        }
    }

    @Test
    void swappingTheDialogueKeepsConversations() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            s.post(TestServer.message("c", "one", null));
            s.service.swap(new FakeDialogue(FakeDialogue.emptyKnowledge("v-2")));
            assertEquals(2, turn(TestServer.json(s.post(TestServer.message("c", "two", null)).body())));
            assertEquals(1, Exposition.value(s.get("/metrics").body(), "xiaoer_knowledge_info{version=\"v-2\"}"));
        }
    }

    @Test
    void handoffThenTheBotStaysSilent() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            assertEquals("handoff", TestServer.json(s.post(TestServer.message("h", "转人工", null)).body()).get("kind").asText());
            JsonNode silent = TestServer.json(s.post(TestServer.message("h", "在吗", null)).body());
            assertEquals("human", silent.get("kind").asText());
            assertEquals("", silent.get("text").asText());
            assertEquals("h", s.store.handedOff().get(0).conversationId());
        }
    }

    @Test
    void metricsInPrometheusTextFormat() throws Exception {
        try (TestServer s = new TestServer(data, new FakeDialogue())) {
            s.post(TestServer.message("c", "hi", null));
            s.post("{");
            HttpResponse<String> m = s.get("/metrics");
            assertEquals(200, m.statusCode());
            assertTrue(m.headers().firstValue("content-type").orElseThrow().startsWith("text/plain; version=0.0.4"));
            String body = m.body();
            assertTrue(body.contains("# TYPE xiaoer_messages_total counter"));
            assertEquals(1, Exposition.value(body, "xiaoer_messages_total{kind=\"flow\"}"), body);
            assertEquals(1, Exposition.value(body, "xiaoer_errors_total{code=\"malformed_json\"}"), body);
            assertEquals(1, Exposition.value(body, "xiaoer_message_latency_seconds_count"), body);
            assertEquals(1, Exposition.value(body, "xiaoer_message_latency_seconds_bucket{le=\"+Inf\"}"), body);
            assertEquals(2, Exposition.value(body, "xiaoer_store_latency_seconds_count"), body); // no msgId: read the session, commit
            assertEquals(1, Exposition.value(body, "xiaoer_knowledge_info{version=\"fake-1\"}"), body);
            // the JVM's own, from the Prometheus client's instrumentation
            for (String jvm : new String[] {"jvm_memory_used_bytes{area=\"heap\"}", "jvm_threads_current", "process_cpu_seconds_total"}) {
                assertTrue(Exposition.value(body, jvm) > 0, jvm + " in " + body);
            }
            assertTrue(body.contains("# TYPE jvm_gc_collection_seconds summary"), body);
            for (String line : body.split("\n")) {
                assertTrue(line.startsWith("#") || line.matches("[a-z_]+(\\{[^}]*})? [0-9.E+-]+"), line);
            }
        }
    }

    @Test
    void stopFinishesMessagesInFlightBeforeClosing() throws Exception {
        FakeDialogue dialogue = new FakeDialogue();
        TestServer s = new TestServer(data, dialogue);
        try {
            CompletableFuture<HttpResponse<String>> slow = s.http.sendAsync(
                    s.postRequest(TestServer.message("g", "sleep:500", "m")), HttpResponse.BodyHandlers.ofString());
            // (in flight in the dialogue before the stop: a fixed sleep raced the request's arrival on a loaded machine)
            assertTrue(dialogue.awaitSleeping(Duration.ofSeconds(10)), "the message never reached the dialogue");
            s.server.stop(Duration.ofSeconds(5));
            HttpResponse<String> r = slow.join();
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(2, s.store.transcript("g").size());
        } finally {
            s.close();
        }
    }
}
