package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.store.TranscriptEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 conversations at once over real HTTP, each a multi-step interaction sent step by step (the next
 * message only after the previous reply), all in flight together. The dialogue and the script are
 * pluggable: override {@link #dialogue()}, {@link #script(int)} and {@link #check} to drive the real
 * engine through its flows.
 */
class ConcurrentConversationsTest {
    static final int CONVERSATIONS = 200;

    @TempDir
    Path data;

    /** The dialogue under test. */
    protected Dialogue dialogue() {
        return new FakeDialogue();
    }

    /** What conversation {@code i} says, step by step. */
    protected List<String> script(int i) {
        return List.of("保证金怎么退", "都关好了", "下一步 " + i, "好的", "谢谢");
    }

    /** Checks the reply to step {@code step} (0-based) of conversation {@code i}. */
    protected void check(int i, int step, JsonNode reply) {
        assertEquals("turn " + (step + 1) + ": " + script(i).get(step), reply.get("text").asText());
    }

    /** Checks conversation {@code i}'s stored transcript once every conversation has finished. */
    protected void checkTranscript(int i, List<TranscriptEntry> transcript) {
        assertEquals(2 * script(i).size(), transcript.size());
    }

    @Test
    void twoHundredConversationsAtOnce() throws Exception {
        try (TestServer s = new TestServer(data, dialogue(), new Conversations.Settings(4, 1000),
                ServerConfig.defaults("127.0.0.1", 0))) {
            List<CompletableFuture<Void>> conversations = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                conversations.add(run(s, i, 0));
            }
            CompletableFuture.allOf(conversations.toArray(CompletableFuture[]::new)).get(120, java.util.concurrent.TimeUnit.SECONDS);
            for (int i = 0; i < CONVERSATIONS; i++) {
                checkTranscript(i, s.store.transcript("load-" + i));
            }
            assertEquals(0, s.service.inFlight());
            assertEquals(0, Exposition.value(s.metrics.render(), "xiaoer_messages_in_flight"));
        }
    }

    private CompletableFuture<Void> run(TestServer s, int i, int step) {
        List<String> script = script(i);
        if (step == script.size()) {
            return CompletableFuture.completedFuture(null);
        }
        String body = TestServer.message("load-" + i, script.get(step), "m-" + step);
        return s.http.sendAsync(s.postRequest(body),
                        HttpResponse.BodyHandlers.ofString())
                .thenCompose(r -> {
                    assertEquals(200, r.statusCode(), r.body());
                    try {
                        check(i, step, TestServer.json(r.body()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return run(s, i, step + 1);
                });
    }
}
