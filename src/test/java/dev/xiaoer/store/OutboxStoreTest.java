package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox rows: written in their turn's transaction, delivered in each conversation's order, kept or pruned. */
class OutboxStoreTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");

    @TempDir
    Path data;

    private static Exchange exchange(String cid, String msgId, String text, Outbound out) {
        Session s = new Session(cid, new FlowFrame("f", "s"), List.of(), 0, 0, List.of(), null, T0, false);
        Reply r = new Reply(cid, msgId, Kind.FAQ, "答：" + text, "a.b", 0.9, List.of("好"), null, List.of());
        return new Exchange(cid, msgId, null, text, T0, s, r, T0.plusMillis(3), out);
    }

    private static Outbound to(String address) {
        return new Outbound("test", address, "robot-1", null);
    }

    @Test
    void aReplyToPushIsStoredWithItsTurnAndOnlyOnceForARepeatedMsgId() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("c-1", "m-1", "一", to("a-1")));
            store.commit(exchange("c-1", "m-1", "一", to("a-1"))); // the platform retried
            store.commit(exchange("c-2", "m-1", "不推送", null));
            OutboxStore outbox = store.outbox();
            List<OutboxItem> due = outbox.due(T0.plusSeconds(1), 10);
            assertEquals(1, due.size());
            OutboxItem item = due.get(0);
            assertEquals(Outbound.deliveryId("test", "c-1", "m-1"), item.deliveryId());
            assertEquals("a-1", item.address());
            assertEquals("robot-1", item.rateKey());
            assertEquals("答：一", item.reply().text());
            assertEquals(List.of("好"), item.reply().options());
            assertEquals(OutboxItem.State.PENDING, item.state());
            assertEquals(Map.of(OutboxItem.State.PENDING, 1L, OutboxItem.State.SENT, 0L, OutboxItem.State.DEAD, 0L),
                    outbox.counts());
        }
    }

    @Test
    void aConversationsRepliesGoOutInOrderAndAHeldOneWaits() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("c-1", "m-1", "一", new Outbound("test", "a", "k", T0.plusSeconds(5))));
            store.commit(exchange("c-1", "m-2", "二", to("a")));
            store.commit(exchange("c-2", "m-1", "三", to("b")));
            OutboxStore outbox = store.outbox();
            // c-1's first reply is held for 5 s, and its second waits behind it
            assertEquals(List.of("c-2"), outbox.due(T0.plusSeconds(1), 10).stream().map(OutboxItem::conversationId).toList());
            assertEquals(T0.plusMillis(3), outbox.nextDue().orElseThrow());
            List<OutboxItem> later = outbox.due(T0.plusSeconds(6), 10);
            assertEquals(List.of("m-1", "m-1"), later.stream().map(OutboxItem::msgId).toList());
            OutboxItem first = later.stream().filter(i -> i.conversationId().equals("c-1")).findFirst().orElseThrow();
            outbox.record(List.of(new OutboxUpdate.Settled(first.deliveryId(), T0.plusSeconds(1))));
            assertEquals(List.of("c-1/m-2", "c-2/m-1"), outbox.due(T0.plusSeconds(6), 10).stream()
                    .map(i -> i.conversationId() + "/" + i.msgId()).sorted().toList());
        }
    }

    @Test
    void retriesDeadLettersAndPruning() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("c-1", "m-1", "一", to("a")));
            store.commit(exchange("c-2", "m-1", "二", to("b")));
            OutboxStore outbox = store.outbox();
            List<OutboxItem> due = outbox.due(T0.plusSeconds(1), 10);
            long one = due.get(0).id();
            long two = due.get(1).id();
            outbox.record(List.of(new OutboxUpdate.Retry(one, 1, T0.plusSeconds(60), "HTTP 500"),
                    new OutboxUpdate.Dead(two, 3, T0.plusSeconds(2), "HTTP 400: bad address")));
            assertEquals(List.of(), outbox.due(T0.plusSeconds(59), 10));
            OutboxItem retried = outbox.due(T0.plusSeconds(60), 10).get(0);
            assertEquals(1, retried.attempts());
            assertEquals("HTTP 500", retried.lastError());
            OutboxItem dead = outbox.list(OutboxItem.State.DEAD, 10).get(0);
            assertEquals("HTTP 400: bad address", dead.lastError());
            assertEquals(T0.plusSeconds(2), dead.doneAt());
            outbox.record(List.of(new OutboxUpdate.Sent(one, T0.plusSeconds(61))));
            // a late answer to an item already done changes nothing
            outbox.record(List.of(new OutboxUpdate.Retry(one, 2, T0.plusSeconds(99), "late")));
            assertEquals(OutboxItem.State.SENT, outbox.list(OutboxItem.State.SENT, 10).get(0).state());
            assertEquals(0, outbox.prune(T0.plusSeconds(61)));
            assertEquals(1, outbox.prune(T0.plusSeconds(62)));
            assertEquals(Map.of(OutboxItem.State.PENDING, 0L, OutboxItem.State.SENT, 0L, OutboxItem.State.DEAD, 1L),
                    outbox.counts(), "dead letters stay");
            assertEquals(1, outbox.list(null, 10).size());
        }
    }

    @Test
    void anOutboxRowThatCannotBeWrittenFailsItsWholeTurn() throws Exception {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationReader.FILE));
                 Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER refuse BEFORE INSERT ON outbox WHEN NEW.address = 'boom' "
                        + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
            }
            assertThrows(StoreException.class, () -> store.commit(exchange("c-1", "m-1", "一", to("boom"))));
            assertTrue(store.answered("c-1", "m-1").isEmpty(), "the turn was rolled back with its outbox row");
            assertEquals(List.of(), store.transcript("c-1"));
            store.commit(exchange("c-1", "m-1", "一", to("fine")));
            assertEquals(1, store.outbox().due(T0.plusSeconds(1), 10).size());
        }
    }
}
