package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} does, whatever its database: the SQLite store and the
 * PostgreSQL one run these same tests ({@code SqliteStoreContractTest}, {@code PgStoreContractTest}).
 */
public abstract class StoreContract {
    protected static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");

    /** A new, empty store. */
    protected abstract ConversationStore open() throws Exception;

    protected static Reply reply(String cid, String msgId, Kind kind, double confidence) {
        return new Reply(cid, msgId, kind, "第一步：都关闭了吗？", "deposit.refund", confidence,
                List.of("都关好了", "还没有"), new FlowPosition("deposit-refund", "close-services", false),
                List.of(new Related("deposit.unfreeze-conditions", "保证金解冻需要满足什么条件？")));
    }

    protected static Exchange exchange(String cid, String msgId, String text, Session session, Reply reply) {
        return new Exchange(cid, msgId, "seller-42", text, T0, session, reply, T0.plusMillis(12));
    }

    protected static Session session(String cid, String flow, String handoff, Instant at) {
        if (handoff != null) {
            return new Session(cid, null, List.of(), 1, 2, List.of(), HandoffReason.fromWire(handoff), at, false);
        }
        // (the active step's told items are kept: a step's things told over several turns; and the entry last
        // answered with, what a follow-up is about)
        return new Session(cid, flow == null ? null : new FlowFrame(flow, "close-services", 0b10),
                flow == null ? List.of() : List.of(new FlowFrame("waybill-fix", "how-shipped")), 1, 2,
                List.of("a.b", "c.d"), null, at, true, flow == null ? null : "deposit.unfreeze-conditions");
    }

    @Test
    void commitsSessionTranscriptAndReplyTogether() throws Exception {
        try (ConversationStore store = open()) {
            assertTrue(store.session("c-1").isEmpty());
            Session s = session("c-1", "deposit-refund", null, T0);
            Reply r = reply("c-1", "m-1", Kind.FLOW, 0.93);
            assertSame(r, store.commit(exchange("c-1", "m-1", "保证金怎么退", s, r)));
            assertEquals(s, store.session("c-1").orElseThrow());
            assertEquals(r, store.answered("c-1", "m-1").orElseThrow());
            assertTrue(store.answered("c-2", "m-1").isEmpty(), "msgIds are per conversation");
            assertEquals(List.of(
                    new TranscriptEntry("c-1", TranscriptEntry.Role.SELLER, "m-1", "seller-42", "保证金怎么退", null, null, null, T0),
                    new TranscriptEntry("c-1", TranscriptEntry.Role.BOT, "m-1", null, r.text(), "flow", "deposit.refund",
                            0.93, T0.plusMillis(12))), store.transcript("c-1"));
        }
    }

    @Test
    void aRepeatedMsgIdChangesNothingAndReturnsTheFirstReply() throws Exception {
        try (ConversationStore store = open()) {
            Reply first = reply("c", "m", Kind.FLOW, 0.9);
            store.commit(exchange("c", "m", "first", session("c", "deposit-refund", null, T0), first));
            Reply stored = store.commit(exchange("c", "m", "second", session("c", null, "requested", T0),
                    reply("c", "m", Kind.FAQ, 0.5)));
            assertEquals(first, stored);
            assertEquals("deposit-refund", store.session("c").orElseThrow().flowId());
            assertEquals(2, store.transcript("c").size());
            store.commit(exchange("c", null, "one", session("c", null, null, T0), reply("c", null, Kind.FAQ, 0.9)));
            store.commit(exchange("c", null, "two", session("c", null, null, T0), reply("c", null, Kind.FAQ, 0.9)));
            assertEquals(6, store.transcript("c").size(), "messages without a msgId are all kept");
        }
    }

    @Test
    void aTurnSeesTheLastCommitAndIsNotDecidedAgainForAnAnsweredMsgId() throws Exception {
        try (ConversationStore store = open()) {
            AtomicInteger decided = new AtomicInteger();
            Session s1 = session("c", "deposit-refund", null, T0);
            Reply r1 = reply("c", "m-1", Kind.FLOW, 0.9);
            assertSame(r1, store.turn("c", "m-1", known -> {
                decided.incrementAndGet();
                assertEquals(Optional.empty(), known.session());
                return exchange("c", "m-1", "保证金怎么退", s1, r1);
            }).join());
            Session s2 = session("c", null, null, T0.plusSeconds(1));
            Reply r2 = reply("c", "m-2", Kind.FAQ, 0.8);
            assertSame(r2, store.turn("c", "m-2", known -> {
                decided.incrementAndGet();
                assertEquals(Optional.of(s1), known.session());
                return exchange("c", "m-2", "运单号怎么改", s2, r2);
            }).join());
            assertEquals(r2, store.turn("c", "m-2", known -> {
                decided.incrementAndGet();
                return exchange("c", "m-2", "again", s1, reply("c", "m-2", Kind.HANDOFF, 0.1));
            }).join());
            assertEquals(2, decided.get(), "the last msgId, answered, is not decided again");
            // an older one may be decided again (the SQLite store leaves it to the commit), but keeps its reply
            assertEquals(r1, store.turn("c", "m-1", known -> exchange("c", "m-1", "again", s1,
                    reply("c", "m-1", Kind.HANDOFF, 0.1))).join());
            assertEquals(Optional.of(s2), store.session("c"));
            // a session saved alone (staff) is what the next turn sees
            Session back = session("c", null, null, T0.plusSeconds(2));
            store.saveSession(back);
            store.turn("c", "m-3", known -> {
                assertEquals(Optional.of(back), known.session());
                return exchange("c", "m-3", "好", back, reply("c", "m-3", Kind.SMALLTALK, 1));
            }).join();
        }
    }

    @Test
    void theHandoffQueueListsTheLongestWaitingFirstAndPages() throws Exception {
        try (ConversationStore store = open()) {
            for (int i = 0; i < 5; i++) {
                String cid = "c-" + i;
                store.commit(exchange(cid, "m", "人工", session(cid, null, "requested", T0.plusSeconds(10 - i)),
                        reply(cid, "m", Kind.HANDOFF, 1)));
            }
            store.commit(exchange("bot", "m", "hi", session("bot", null, null, T0), reply("bot", "m", Kind.FAQ, 1)));
            List<HandedOff> all = store.handedOff();
            assertEquals(List.of("c-4", "c-3", "c-2", "c-1", "c-0"), all.stream().map(HandedOff::conversationId).toList());
            Page<HandedOff> first = store.handedOff(null, 2);
            assertEquals(all.subList(0, 2), first.items());
            store.saveSession(session("c-3", null, null, T0.plusSeconds(20))); // handed back meanwhile
            Page<HandedOff> second = store.handedOff(first.next(), 2);
            assertEquals(List.of("c-2", "c-1"), second.items().stream().map(HandedOff::conversationId).toList());
            Page<HandedOff> last = store.handedOff(second.next(), 2);
            assertEquals(List.of("c-0"), last.items().stream().map(HandedOff::conversationId).toList());
            assertNull(last.next());
        }
    }

    @Test
    void transcriptsPageAndMissesAreFound() throws Exception {
        try (ConversationStore store = open()) {
            for (int i = 0; i < 4; i++) {
                Kind kind = i == 1 ? Kind.FALLBACK : Kind.FAQ;
                store.commit(exchange("c", "m-" + i, "问" + i, session("c", null, null, T0),
                        reply("c", "m-" + i, kind, i == 2 ? 0.3 : 0.95)));
            }
            Page<TranscriptEntry> p1 = store.transcript("c", null, 3);
            Page<TranscriptEntry> p2 = store.transcript("c", p1.next(), 10);
            assertEquals(3, p1.items().size());
            assertEquals(5, p2.items().size());
            assertNull(p2.next());
            assertEquals(store.transcript("c").subList(6, 8), store.recent("c", 2));
            List<Miss> misses = store.misses(T0.minusSeconds(1), 0.5, 10);
            assertEquals(List.of("问1", "问2"), misses.stream().map(Miss::question).toList());
            assertTrue(store.misses(T0.plusSeconds(1), 0.5, 10).isEmpty());
        }
    }

    @Test
    void anOutboundReplyIsCommittedWithItsTurnAndDeliveredInOrder() throws Exception {
        try (ConversationStore store = open()) {
            Outbound out = new Outbound("dingtalk", "https://hook/1", "bot-1", null);
            for (int i = 0; i < 2; i++) {
                Reply r = reply("c", "m-" + i, Kind.FAQ, 0.9);
                store.commit(new Exchange("c", "m-" + i, null, "问", T0, session("c", null, null, T0), r,
                        T0.plusMillis(i), out));
            }
            store.commit(new Exchange("c", "m-0", null, "问", T0, session("c", null, null, T0),
                    reply("c", "m-0", Kind.FAQ, 0.9), T0, out)); // a repeated msgId adds nothing
            OutboxStore outbox = store.outbox();
            assertEquals(2L, outbox.counts().get(OutboxItem.State.PENDING));
            List<OutboxItem> due = outbox.due(T0.plusSeconds(1), 10);
            assertEquals(1, due.size(), "a conversation's oldest pending item only");
            assertEquals("m-0", due.get(0).msgId());
            outbox.record(List.of(new OutboxUpdate.Sent(due.get(0).id(), T0.plusSeconds(1))));
            List<OutboxItem> next = outbox.due(T0.plusSeconds(2), 10);
            assertEquals(List.of("m-1"), next.stream().map(OutboxItem::msgId).toList());
            outbox.record(List.of(new OutboxUpdate.Dead(next.get(0).id(), 3, T0.plusSeconds(2), "gone")));
            assertEquals(Map.of(OutboxItem.State.PENDING, 0L, OutboxItem.State.SENT, 1L, OutboxItem.State.DEAD, 1L),
                    outbox.counts());
            assertFalse(outbox.nextDue().isPresent());
            assertEquals(1, outbox.prune(T0.plusSeconds(5)));
            assertEquals(1, outbox.list(null, 10).size());
        }
    }

    @Test
    void aStaffLineIsInTheTranscriptAndPushedTheWayTheConversationCame() throws Exception {
        try (ConversationStore store = open()) {
            Outbound out = new Outbound("dingtalk", "https://hook/1", "bot-1", null);
            store.commit(new Exchange("c", "m", null, "人工", T0, session("c", null, "requested", T0),
                    reply("c", "m", Kind.HANDOFF, 1), T0, out));
            assertEquals(Optional.of(out), store.outbox().lastOutbound("c"));
            assertEquals(Optional.empty(), store.outbox().lastOutbound("other"));
            Reply said = new Reply("c", null, Kind.HUMAN, "您好，我来处理", null, 1, List.of(), null, List.of());
            store.saveStaffLine(new StaffLine("c", "line-1", "staff-7", said, T0.plusSeconds(5), out));
            List<TranscriptEntry> lines = store.transcript("c");
            assertEquals(3, lines.size());
            assertEquals(TranscriptEntry.Role.STAFF, lines.get(2).role());
            assertEquals("您好，我来处理", lines.get(2).text());
            assertEquals(2L, store.outbox().counts().get(OutboxItem.State.PENDING));
            assertEquals("requested", store.session("c").orElseThrow().handoffReason().wire(), "the session is unchanged");
        }
    }
}
