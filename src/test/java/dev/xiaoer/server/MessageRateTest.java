package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.conversation.Conversations;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-conversation message rate on the public endpoint: 429 with Retry-After beyond it. */
class MessageRateTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path data;

    @Test
    void aConversationGetsItsBurstThenOneMessagePerInterval() {
        AtomicLong now = new AtomicLong(1_000 * SECOND);
        ConversationRateLimiter limiter = new ConversationRateLimiter(MessageRate.parse("3/min"), 1000, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("c"), "the burst");
        }
        assertEquals(20 * SECOND, limiter.acquire("c"), "one every 20 s after it");
        assertEquals(0, limiter.acquire("other"), "conversations are limited one by one");
        now.addAndGet(19 * SECOND);
        assertEquals(SECOND, limiter.acquire("c"));
        now.addAndGet(SECOND);
        assertEquals(0, limiter.acquire("c"));
        assertEquals(20 * SECOND, limiter.acquire("c"));
        now.addAndGet(60 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("c"), "refilled after a quiet minute");
        }
    }

    @Test
    void theConversationsKeptAreBounded() {
        AtomicLong now = new AtomicLong(1_000 * SECOND);
        ConversationRateLimiter limiter = new ConversationRateLimiter(MessageRate.parse("1/min"), 2, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"));
        assertEquals(0, limiter.acquire("c"), "no room to keep a third: let through, not kept");
        assertEquals(0, limiter.acquire("c"));
        assertEquals(2, limiter.tracked());
        assertTrue(limiter.acquire("a") > 0, "those kept are still limited");
        now.addAndGet(61 * SECOND); // a and b refilled: forgotten to make room
        assertEquals(0, limiter.acquire("c"));
        assertTrue(limiter.acquire("c") > 0, "now kept, and limited");
        assertTrue(limiter.tracked() <= 2);
    }

    @Test
    void refilledConversationsAreForgottenWellBeforeTheBound() {
        AtomicLong now = new AtomicLong(1_000 * SECOND);
        ConversationRateLimiter limiter = new ConversationRateLimiter(MessageRate.parse("60/min"), 100_000, now::get);
        for (int i = 0; i < 5_000; i++) {
            limiter.acquire("c-" + i); // one message each: refilled a second later
        }
        now.addAndGet(2 * SECOND);
        limiter.acquire("late");
        assertEquals(1, limiter.tracked(), "only the conversation still refilling is kept");
    }

    @Test
    void ratesReadAsTheFlagIsWritten() {
        assertEquals(new MessageRate(30, Duration.ofMinutes(1)), MessageRate.parse("30/min"));
        assertEquals(new MessageRate(5, Duration.ofSeconds(1)), MessageRate.parse(" 5/s "));
        assertEquals(new MessageRate(600, Duration.ofHours(1)), MessageRate.parse("600/h"));
        assertTrue(MessageRate.parse("off").off());
        assertTrue(MessageRate.parse("0").off());
        assertEquals("30/min", MessageRate.parse("30/m").toString());
        for (String bad : new String[] {"", "30", "/min", "x/min", "30/day", "-1/s", "0/s"}) {
            assertThrows(IllegalArgumentException.class, () -> MessageRate.parse(bad), bad);
        }
    }

    @Test
    void overTheRateAMessageIs429WithRetryAfterAndChangesNothing() throws Exception {
        Limits limits = Limits.defaults().withMessageRate(MessageRate.parse("3/min"));
        try (TestServer s = new TestServer(data, new FakeDialogue(), new Conversations.Settings(2, 10),
                ServerConfig.defaults("127.0.0.1", 0).withLimits(limits))) {
            for (int i = 1; i <= 3; i++) {
                assertEquals(200, s.post(TestServer.message("chatty", "hi " + i, "m" + i)).statusCode());
            }
            HttpResponse<String> r = s.post(TestServer.message("chatty", "hi 4", "m4"));
            assertEquals(429, r.statusCode(), r.body());
            int retryAfter = Integer.parseInt(r.headers().firstValue("retry-after").orElseThrow());
            assertTrue(retryAfter >= 19 && retryAfter <= 20, "seconds until the next message may go: " + retryAfter);
            JsonNode error = TestServer.json(r.body()).get("error");
            assertEquals("rate_limited", error.get("code").asText());
            assertTrue(error.get("message").asText().contains("3/min"), r.body());
            assertEquals(6, s.store.transcript("chatty").size(), "the limited message was not stored");
            assertEquals(200, s.post(TestServer.message("quiet", "hi", "m1")).statusCode());
            assertEquals(1, s.metrics.errors("rate_limited"));
        }
    }
}
