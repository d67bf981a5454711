package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handoff bookkeeping (since when, oldest first, resolve), recent lines, read-only opening, migration 2. */
class HandoffStoreTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");

    @TempDir
    Path data;

    private static Session session(String cid, HandoffReason reason, Instant at) {
        return new Session(cid, null, List.of(), 0, 0, List.of(), reason, at, false);
    }

    private static Exchange say(String cid, String text, Kind kind, HandoffReason reason, Instant at) {
        Reply reply = new Reply(cid, null, kind, kind == Kind.HUMAN ? "" : "答：" + text, null, 0.2, List.of(), null,
                List.of());
        return new Exchange(cid, null, null, text, at, session(cid, reason, at), reply, at.plusMillis(5));
    }

    @Test
    void handedOffListsTheLongestWaitingFirstAndKeepsWhenItStarted() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(say("late", "转人工", Kind.HANDOFF, HandoffReason.REQUESTED, T0.plusSeconds(60)));
            store.commit(say("early", "a", Kind.FALLBACK, null, T0));
            store.commit(say("early", "b", Kind.HANDOFF, HandoffReason.FALLBACKS, T0.plusSeconds(10)));
            // the early one keeps writing: it stays first, its handoff time unchanged
            store.commit(say("early", "还在吗", Kind.HUMAN, HandoffReason.FALLBACKS, T0.plusSeconds(120)));
            List<HandedOff> list = store.handedOff();
            assertEquals(List.of("early", "late"), list.stream().map(HandedOff::conversationId).toList());
            assertEquals(T0.plusSeconds(10), list.get(0).since());
            assertEquals(T0.plusSeconds(120), list.get(0).lastActivity());
            assertEquals("fallbacks", list.get(0).reason());

            // staff hand it back: off the list; a later handoff starts a new wait
            store.saveSession(session("early", null, T0.plusSeconds(130)));
            assertFalse(store.session("early").orElseThrow().handedOff());
            assertEquals(List.of("late"), store.handedOff().stream().map(HandedOff::conversationId).toList());
            store.commit(say("early", "转人工", Kind.HANDOFF, HandoffReason.REQUESTED, T0.plusSeconds(200)));
            assertEquals(List.of("late", "early"), store.handedOff().stream().map(HandedOff::conversationId).toList());
            assertEquals(T0.plusSeconds(200), store.handedOff().get(1).since());
            assertEquals(8, store.transcript("early").size(), "saving a session alone writes no transcript line");
        }
    }

    @Test
    void recentGivesTheLastLinesOldestFirst() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            for (int i = 0; i < 5; i++) {
                store.commit(say("c", "q" + i, Kind.FAQ, null, T0.plusSeconds(i)));
            }
            List<TranscriptEntry> last = store.recent("c", 3);
            assertEquals(List.of("答：q3", "q4", "答：q4"), last.stream().map(TranscriptEntry::text).toList());
            assertTrue(store.recent("nobody", 3).isEmpty());
        }
    }

    @Test
    void aHandoffAfterFallbacksIsAMissButARequestedOneIsNot() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(say("a", "天气", Kind.FALLBACK, null, T0));
            store.commit(say("a", "下雨", Kind.HANDOFF, HandoffReason.FALLBACKS, T0.plusSeconds(1)));
            store.commit(say("b", "转人工", Kind.HANDOFF, HandoffReason.REQUESTED, T0.plusSeconds(2)));
            store.commit(say("c", "嗯哼", Kind.HANDOFF, HandoffReason.UNREADABLE, T0.plusSeconds(3)));
            assertEquals(List.of("天气", "下雨"), store.misses(T0, 0.5, 10).stream().map(Miss::question).toList());
        }
    }

    @Test
    void readOnlyOpeningReadsWhileTheServiceWritesAndNeverWrites() throws Exception {
        assertThrows(IllegalStateException.class, () -> SqliteConversationReader.open(data));
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(say("a", "天气", Kind.FALLBACK, null, T0));
            try (SqliteConversationReader reader = SqliteConversationReader.open(data)) {
                assertEquals(1, reader.misses(T0, 0.5, 10).size());
                store.commit(say("a", "下雨", Kind.FALLBACK, null, T0.plusSeconds(1)));
                assertEquals(2, reader.misses(T0, 0.5, 10).size(), "sees what the writer committed since");
                assertFalse(reader instanceof ConversationStore, "it has no write to call, so none to refuse");
            }
        }
        byte[] before = Files.readAllBytes(data.resolve(SqliteConversationStore.FILE));
        try (SqliteConversationReader reader = SqliteConversationReader.open(data)) {
            assertEquals(4, reader.transcript("a").size(), "and after the service stopped");
        }
        assertArrayEquals(before, Files.readAllBytes(data.resolve(SqliteConversationStore.FILE)), "and changed nothing");
    }

    @Test
    void migrationTwoBackfillsHandoffTimes() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            for (String sql : Schema.MIGRATIONS.get(0)) {
                st.execute(sql);
            }
            st.execute("INSERT INTO schema_version(version) VALUES (1)");
            st.execute("INSERT INTO sessions VALUES ('old', NULL, NULL, 0, 0, '[]', 'requested', " + T0.toEpochMilli() + ")");
            st.execute("INSERT INTO sessions VALUES ('bot', NULL, NULL, 0, 0, '[]', NULL, " + T0.toEpochMilli() + ")");
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            List<HandedOff> list = store.handedOff();
            assertEquals(1, list.size());
            assertEquals(T0, list.get(0).since());
            assertNull(store.session("bot").orElseThrow().handoffReason());
        }
    }
}
