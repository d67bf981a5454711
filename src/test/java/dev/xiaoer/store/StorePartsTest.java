package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seams of the store: the read-only type, the writer's typed outcomes, the readers per worker. */
class StorePartsTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");

    @TempDir
    Path data;

    private static Session session(String cid, String flow) {
        return new Session(cid, flow == null ? null : new FlowFrame(flow, "s"), List.of(), 0, 0,
                List.of(), null, T0, false);
    }

    private static Reply reply(String cid, String msgId, String text) {
        return new Reply(cid, msgId, Kind.FAQ, text, "a.b", 0.9, List.of(), null, List.of());
    }

    private static PendingWrite exchange(String cid, String msgId, String text, String flow) {
        return PendingWrite.of(new Exchange(cid, msgId, null, text, T0, session(cid, flow), reply(cid, msgId, "答：" + text),
                T0.plusMillis(3)));
    }

    @Test
    void theReadOnlyTypeHasNoWriteToRefuse() throws Exception {
        Set<String> writes = Arrays.stream(ConversationStore.class.getDeclaredMethods()).map(Method::getName)
                .filter(n -> !n.equals("close") && !n.equals("health")).collect(Collectors.toSet());
        assertEquals(Set.of("arrival", "turn", "commit", "commitAsync", "saveSession", "saveStaffLine", "outbox"), writes,
                "the store adds the message path's calls to the reads");
        Set<String> reads = Arrays.stream(SqliteConversationReader.class.getMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        for (String write : writes) {
            assertFalse(reads.contains(write), "the read-only type has no " + write);
        }
        assertEquals(SqliteConversationReader.class, SqliteConversationReader.class.getMethod("open", Path.class)
                .getReturnType());
        SqliteConversationStore.open(data).close();
        try (SqliteConversationReader reader = SqliteConversationReader.open(data)) {
            assertFalse(reader instanceof ConversationStore);
            assertEquals(1, reader.readerCount());
        }
    }

    @Test
    void aMsgIdRepeatedWithinOneGroupCommitHasTypedOutcomes() throws Exception {
        Path file = data.resolve(SqliteConversationStore.FILE);
        try (Connection c = SqliteConnections.readWrite(file)) {
            Schema.migrate(c);
            WriterConnection writer = new WriterConnection(c);
            PendingWrite first = exchange("c", "m", "first", "deposit-refund");
            PendingWrite again = exchange("c", "m", "again", null);
            PendingWrite alone = PendingWrite.of(session("c", "waybill-fix"));
            PendingWrite other = exchange("d", "m", "other", null);
            List<PendingWrite> batch = List.of(first, again, alone, other);

            WriteOutcome[] outcomes = writer.writeTogether(batch);

            assertSame(WriteOutcome.Stored.AS_GIVEN, outcomes[0]);
            assertEquals(new WriteOutcome.AlreadyAnswered(first.reply()), outcomes[1], "the first reply, found in the same transaction");
            assertSame(WriteOutcome.Stored.AS_GIVEN, outcomes[2]);
            assertSame(WriteOutcome.Stored.AS_GIVEN, outcomes[3], "msgIds are per conversation");
            assertFalse(outcomes[1].storedAsGiven(), "so the session cache does not take its session");
            for (int i = 0; i < batch.size(); i++) {
                outcomes[i].tell(batch.get(i));
            }
            assertSame(first.reply(), first.result().join());
            assertEquals(first.reply(), again.result().join());
            assertNull(alone.result().join(), "a session stored alone has no reply");
            assertSame(other.reply(), other.result().join());
            writer.close();
        }
    }

    @Test
    void aWriteThatFailsInAGroupCommitFailsAloneAndTyped() throws Exception {
        Path file = data.resolve(SqliteConversationStore.FILE);
        try (Connection c = SqliteConnections.readWrite(file)) {
            Schema.migrate(c);
            try (Statement st = c.createStatement()) { // a message kept without its reply, as no version writes it
                st.execute("INSERT INTO sessions (no, conversation_id, unreadable, fallbacks, clarify_options, last_activity)"
                        + " VALUES (7, 'c', 0, 0, '[]', 0)");
                st.execute("INSERT INTO transcript (conversation_id, conversation_no, role, msg_id, text, at)"
                        + " VALUES ('c', 7, 'seller', 'lost', 'x', 0)");
            }
            WriterConnection writer = new WriterConnection(c);
            List<PendingWrite> batch = List.of(exchange("a", "m", "before", null), exchange("c", "lost", "x", null),
                    exchange("b", "m", "after", null));

            WriteOutcome[] outcomes = writer.writeTogether(batch);

            assertSame(WriteOutcome.Stored.AS_GIVEN, outcomes[0]);
            WriteOutcome.Failed failed = assertInstanceOf(WriteOutcome.Failed.class, outcomes[1]);
            assertTrue(failed.error().getMessage().contains("not the reply"), failed.error().getMessage());
            assertSame(WriteOutcome.Stored.AS_GIVEN, outcomes[2], "written on its own after the group failed");
            outcomes[1].tell(batch.get(1));
            assertTrue(batch.get(1).result().isCompletedExceptionally());
            writer.close();
        }
        try (SqliteConversationReader reader = SqliteConversationReader.open(data)) {
            assertEquals(2, reader.transcript("a").size());
            assertEquals(2, reader.transcript("b").size());
        }
    }

    @Test
    void theReadersFollowTheWorkers() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data, 7)) {
            assertEquals(7, store.readerCount());
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data, 1)) {
            assertEquals(1, store.readerCount());
            store.commit(new Exchange("c", "m", null, "hi", T0, session("c", null), reply("c", "m", "hello"), T0));
            assertEquals(2, store.transcript("c").size(), "one reader serves every read in turn");
            assertEquals(Kind.FAQ, store.answered("c", "m").orElseThrow().kind());
        }
        assertThrows(IllegalArgumentException.class, () -> SqliteConversationStore.open(data, 0));
        try (SqliteConversationStore again = SqliteConversationStore.open(data)) {
            assertEquals(2, again.transcript("c").size(), "a refused opening left the directory free");
        }
    }
}
