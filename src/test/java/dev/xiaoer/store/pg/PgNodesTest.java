package dev.xiaoer.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.ConversationReader;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.HandedOff;
import dev.xiaoer.store.Miss;
import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.Outbound;
import dev.xiaoer.store.StoreContract;
import dev.xiaoer.store.TranscriptEntry;
import dev.xiaoer.testing.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two stores over one database, as two nodes: what holds across them. */
class PgNodesTest extends StoreContract {
    private static TestPostgres pg;

    @BeforeAll
    static void cluster() throws Exception {
        pg = TestPostgres.start(false);
    }

    @AfterAll
    static void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    protected PgConversationStore open() throws Exception {
        return PgConversationStore.open(pg.newDatabase(), 4, 10_000);
    }

    /** Each turn counts itself in the session it read: a turn that read a stale session loses a count. */
    private static Exchange counted(String cid, String msgId, Session before) {
        int n = before == null ? 1 : before.unreadable() + 1;
        Session next = new Session(cid, null, List.of(), n, 0, List.of(), null, T0.plusMillis(n), false);
        return exchange(cid, msgId, "turn " + n, next, reply(cid, msgId, Kind.FAQ, 0.9));
    }

    @Test
    void turnsOfOneConversationOnTwoNodesRunOneAtATimeEachSeeingTheLast() throws Exception {
        String url = pg.newDatabase();
        try (PgConversationStore a = PgConversationStore.open(url, 4, 10_000);
             PgConversationStore b = PgConversationStore.open(url, 4, 10_000)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            AtomicInteger ids = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                PgConversationStore node = t % 2 == 0 ? a : b;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String msgId = "m-" + ids.incrementAndGet();
                        node.turn("c", msgId, known -> counted("c", msgId, known.session().orElse(null))).join();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertEquals(200, a.session("c").orElseThrow().unreadable(), "no turn read a session another had replaced");
            List<TranscriptEntry> lines = b.transcript("c");
            for (int i = 0; i < lines.size(); i += 2) { // seller line, then its reply, turn after turn
                assertEquals("turn " + (i / 2 + 1), lines.get(i).text());
                assertEquals(lines.get(i).msgId(), lines.get(i + 1).msgId());
            }
        }
    }

    @Test
    void aNodesCachedSessionIsNotServedAfterAnotherNodeWrote() throws Exception {
        String url = pg.newDatabase();
        try (PgConversationStore a = PgConversationStore.open(url, 2, 10_000);
             PgConversationStore b = PgConversationStore.open(url, 2, 10_000)) {
            a.turn("c", "m-1", known -> counted("c", "m-1", known.session().orElse(null))).join(); // a caches 1
            b.turn("c", "m-2", known -> counted("c", "m-2", known.session().orElse(null))).join(); // b writes 2
            b.saveSession(new Session("c", null, List.of(), 7, 0, List.of(), null, T0, false)); // staff on b: 7
            a.turn("c", "m-3", known -> {
                assertEquals(7, known.session().orElseThrow().unreadable(), "a read b's write, not its cache");
                return counted("c", "m-3", known.session().orElse(null));
            }).join();
            assertEquals(8, b.session("c").orElseThrow().unreadable());
        }
    }

    @Test
    void aMsgIdRepeatedOnAnotherNodeIsAnsweredOnceWithTheStoredReply() throws Exception {
        String url = pg.newDatabase();
        try (PgConversationStore a = PgConversationStore.open(url, 2, 10_000);
             PgConversationStore b = PgConversationStore.open(url, 2, 10_000)) {
            Reply first = reply("c", "m", Kind.FLOW, 0.9);
            assertSame(first, a.turn("c", "m", known -> exchange("c", "m", "q", session("c", null, null, T0), first)).join());
            AtomicInteger decided = new AtomicInteger();
            Reply again = b.turn("c", "m", known -> {
                decided.incrementAndGet();
                return exchange("c", "m", "q", session("c", null, null, T0), reply("c", "m", Kind.FAQ, 0.1));
            }).join();
            assertEquals(first, again);
            assertEquals(0, decided.get());
            assertEquals(2, a.transcript("c").size());
        }
    }

    @Test
    void anOutboxItemClaimedByOneNodeIsNotDueOnAnother() throws Exception {
        String url = pg.newDatabase();
        try (PgConversationStore a = PgConversationStore.open(url, 2, 10_000);
             PgConversationStore b = PgConversationStore.open(url, 2, 10_000)) {
            Outbound out = new Outbound("dingtalk", "https://hook", "bot", null);
            for (int i = 0; i < 20; i++) {
                String cid = "c-" + i;
                a.commit(new Exchange(cid, "m", null, "q", T0, session(cid, null, null, T0), reply(cid, "m", Kind.FAQ, 1),
                        T0, out));
            }
            Instant now = Instant.now();
            List<OutboxItem> onA = a.outbox().due(now, 12);
            List<OutboxItem> onB = b.outbox().due(now, 100);
            assertEquals(12, onA.size());
            assertEquals(8, onB.size(), "b gets only what a did not claim");
            assertTrue(onA.stream().noneMatch(x -> onB.stream().anyMatch(y -> y.id() == x.id())));
            assertTrue(a.outbox().due(now, 100).isEmpty(), "claimed items are not due again while claimed");
            assertEquals(12, b.outbox().due(now.plusSeconds(PgOutbox.CLAIM_SECONDS + 1), 100).size() - 8,
                    "a node that died with claims: they are due again once the claims run out");
        }
    }

    @Test
    void aKnowledgeGenerationRaisedOnOneNodeIsReadOnAnother() throws Exception {
        String url = pg.newDatabase();
        try (PgConversationStore a = PgConversationStore.open(url, 2, 10_000);
             PgConversationStore b = PgConversationStore.open(url, 2, 10_000)) {
            assertEquals(0, b.knowledgeGeneration());
            assertEquals(1, a.raiseKnowledgeGeneration());
            assertEquals(1, b.knowledgeGeneration());
        }
    }

    @Test
    @SuppressWarnings("try") // the first reader is refused before it could be used
    void aReaderSeesEveryNodesWritesAndWritesNothing() throws Exception {
        String url = pg.newDatabase();
        try (ConversationReader none = PgConversationStore.reader(url)) {
            throw new AssertionError("a database without the schema is refused");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("schema version 0"), expected.getMessage());
        }
        try (PgConversationStore a = PgConversationStore.open(url, 2, 10_000);
             PgConversationStore b = PgConversationStore.open(url, 2, 10_000);
             ConversationReader report = PgConversationStore.reader(url)) {
            a.commit(exchange("c-a", "m", "你们支持跨境吗", session("c-a", null, null, T0), reply("c-a", "m", Kind.FALLBACK, 0)));
            b.commit(exchange("c-b", "m", "人工", session("c-b", null, "requested", T0), reply("c-b", "m", Kind.HANDOFF, 1)));
            assertEquals(List.of("c-a"), report.misses(T0.minusSeconds(1), 0.5, 10).stream().map(Miss::conversationId).toList());
            assertEquals(List.of("c-b"), report.handedOff().stream().map(HandedOff::conversationId).toList());
        }
    }
}
