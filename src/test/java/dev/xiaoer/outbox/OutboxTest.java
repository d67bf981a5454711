package dev.xiaoer.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.Outbound;
import dev.xiaoer.store.SqliteConversationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender: order per conversation, retries with backoff, dead letters, rate limits. */
class OutboxTest {
    private static final OutboxSettings FAST = new OutboxSettings(Duration.ofMillis(20), Duration.ofMillis(200), 5, 4,
            Duration.ofDays(1));

    @TempDir
    Path data;

    /** A courier that records every attempt (delivery id and text) and answers as told. */
    static class Recording implements Courier {
        final List<String> attempts = new CopyOnWriteArrayList<>();
        final List<Instant> times = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> perDelivery = new ConcurrentHashMap<>();
        final RateLimit limit;
        final Function<Integer, Attempt> answer; // by the attempt's number for its delivery, 1-based

        Recording(RateLimit limit, Function<Integer, Attempt> answer) {
            this.limit = limit;
            this.answer = answer;
        }

        @Override
        public String channel() {
            return "test";
        }

        @Override
        public RateLimit rateLimit() {
            return limit;
        }

        @Override
        public synchronized Attempt deliver(OutboxItem item) {
            attempts.add(item.deliveryId() + " " + item.reply().text()); // together: times.get(i) is attempts.get(i)'s
            times.add(Instant.now());
            return answer.apply(perDelivery.computeIfAbsent(item.deliveryId(), k -> new AtomicInteger()).incrementAndGet());
        }

        long delivered(String text) {
            return attempts.stream().filter(a -> a.endsWith(" " + text)).count();
        }
    }

    private static Exchange exchange(String cid, String msgId, String text, String rateKey) {
        Instant t = Instant.now();
        Session s = new Session(cid, new FlowFrame("f", "s"), List.of(), 0, 0, List.of(), null, t, false);
        Reply r = new Reply(cid, msgId, Kind.FAQ, text, null, 0.9, List.of(), null, List.of());
        return new Exchange(cid, msgId, null, "q", t, s, r, t, new Outbound("test", "addr", rateKey, null));
    }

    private static void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void failuresAreRetriedInOrderUntilDeliveredUnderOneDeliveryId() throws Exception {
        Recording courier = new Recording(null, n -> n <= 3 ? Attempt.retry("HTTP 500 from fake") : Attempt.DELIVERED);
        try (SqliteConversationStore store = SqliteConversationStore.open(data);
             Outbox outbox = new Outbox(store.outbox(), List.of(courier), FAST, Clock.systemUTC()).start()) {
            store.commit(exchange("c-1", "m-1", "一", "k"));
            store.commit(exchange("c-1", "m-2", "二", "k"));
            outbox.wake();
            await("both delivered", () -> store.outbox().counts().get(OutboxItem.State.SENT) == 2);
            List<String> texts = courier.attempts.stream().map(a -> a.substring(a.indexOf(' ') + 1)).toList();
            assertEquals(List.of("一", "一", "一", "一", "二", "二", "二", "二"), texts,
                    "the second reply waits until the first is delivered");
            assertEquals(2, courier.perDelivery.size(), "one delivery id per reply, kept across attempts");
            for (int i = 1; i < 4; i++) {
                long gap = Duration.between(courier.times.get(i - 1), courier.times.get(i)).toMillis();
                assertTrue(gap >= FAST.backoff(i, 0).toMillis() - 5, "attempt " + (i + 1) + " waited its backoff: " + gap);
            }
            assertEquals(Map.of("test\nretried", 6L, "test\nsent", 2L), outbox.stats().attempts());
        }
    }

    @Test
    void whatCanNeverWorkAndWhatKeepsFailingBecomeDeadLetters() throws Exception {
        Recording courier = new Recording(null, n -> Attempt.retry("HTTP 503 from fake"));
        Recording refusing = new Recording(null, n -> Attempt.giveUp("HTTP 400 from fake")) {
            @Override
            public String channel() {
                return "refusing";
            }
        };
        try (SqliteConversationStore store = SqliteConversationStore.open(data);
             Outbox outbox = new Outbox(store.outbox(), List.of(courier, refusing), FAST, Clock.systemUTC()).start()) {
            store.commit(exchange("c-1", "m-1", "总失败", "k"));
            Exchange refused = exchange("c-2", "m-1", "被拒", "k");
            store.commit(new Exchange(refused.conversationId(), refused.msgId(), null, refused.text(), refused.receivedAt(),
                    refused.session(), refused.reply(), refused.repliedAt(), new Outbound("refusing", "a", "k", null)));
            outbox.wake();
            await("two dead letters", () -> store.outbox().counts().get(OutboxItem.State.DEAD) == 2);
            assertEquals(FAST.maxAttempts(), courier.delivered("总失败"));
            assertEquals(1, refusing.delivered("被拒"), "a request that can never work is not repeated");
            OutboxItem dead = store.outbox().list(OutboxItem.State.DEAD, 10).stream()
                    .filter(i -> i.conversationId().equals("c-1")).findFirst().orElseThrow();
            assertEquals(FAST.maxAttempts(), dead.attempts());
            assertEquals("HTTP 503 from fake", dead.lastError());
        }
    }

    @Test
    void aRateLimitHoldsSendsBackAcrossConversations() throws Exception {
        Recording courier = new Recording(new RateLimit(2, Duration.ofMillis(600)), n -> Attempt.DELIVERED);
        try (SqliteConversationStore store = SqliteConversationStore.open(data);
             Outbox outbox = new Outbox(store.outbox(), List.of(courier), FAST, Clock.systemUTC()).start()) {
            for (int i = 0; i < 5; i++) {
                store.commit(exchange("c-" + i, "m-1", "回" + i, "robot-1"));
            }
            store.commit(exchange("other", "m-1", "别的机器人", "robot-2"));
            outbox.wake();
            await("all delivered", () -> store.outbox().counts().get(OutboxItem.State.SENT) == 6);
            List<Instant> robot1 = new java.util.ArrayList<>();
            for (int i = 0; i < courier.attempts.size(); i++) {
                if (!courier.attempts.get(i).endsWith("别的机器人")) {
                    robot1.add(courier.times.get(i));
                }
            }
            for (int i = 2; i < robot1.size(); i++) {
                // decided with a 30 ms margin; measured here, the senders' threads may start some ms apart
                assertTrue(Duration.between(robot1.get(i - 2), robot1.get(i)).toMillis() >= 570,
                        "no 600 ms window holds more than 2 sends of one robot");
            }
            assertTrue(outbox.stats().rateLimited().get("test") >= 3);
        }
    }

    @Test
    void aSlidingWindowNeverHoldsMoreThanItsLimit() {
        SendWindows windows = new SendWindows();
        RateLimit twentyAMinute = new RateLimit(20, Duration.ofMinutes(1));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, windows.reserve("robot-1", twentyAMinute, t0.plusSeconds(i)));
        }
        // the 21st waits until the first leaves the window (a minute and its 1 s margin after it)
        assertEquals(Duration.ofSeconds(41), windows.reserve("robot-1", twentyAMinute, t0.plusSeconds(20)));
        assertEquals(Duration.ZERO, windows.reserve("robot-2", twentyAMinute, t0.plusSeconds(20)), "per key");
        assertEquals(Duration.ZERO, windows.reserve("robot-1", twentyAMinute, t0.plusSeconds(61).plusMillis(1)));
        assertEquals(Duration.ZERO, windows.reserve("anything", null, t0), "no limit");
        windows.forgetIdle(t0.plusSeconds(3630), Duration.ofHours(1));
        assertEquals(1, windows.keys(), "robot-1 was used within the hour, robot-2 not");
        windows.forgetIdle(t0.plusSeconds(7200), Duration.ofHours(1));
        assertEquals(0, windows.keys());
    }

    @Test
    void backoffDoublesUpToTheCapWithJitterInItsUpperHalf() {
        OutboxSettings s = new OutboxSettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 10, 1, Duration.ofDays(1));
        assertEquals(Duration.ofMillis(500), s.backoff(1, 0));
        assertEquals(Duration.ofMillis(999), s.backoff(1, 0.999));
        assertEquals(Duration.ofMillis(4000), s.backoff(4, 0));
        assertEquals(Duration.ofMillis(15000), s.backoff(9, 0), "capped at 30 s");
        assertEquals(Duration.ofMillis(15000), s.backoff(500, 0));
    }
}
