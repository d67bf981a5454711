package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteConversationStoreTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");

    @TempDir
    Path data;

    private static Reply reply(String cid, String msgId, Kind kind, double confidence) {
        return new Reply(cid, msgId, kind, "第一步：都关闭了吗？", "deposit.refund", confidence,
                List.of("都关好了", "还没有"), new FlowPosition("deposit-refund", "close-services", false),
                List.of(new Related("deposit.unfreeze-conditions", "保证金解冻需要满足什么条件？")));
    }

    private static Exchange exchange(String cid, String msgId, String text, Session session, Reply reply) {
        return new Exchange(cid, msgId, "seller-42", text, T0, session, reply, T0.plusMillis(12));
    }

    /** A session's twelve columns as version 7 to 8 wrote them (no {@code last_entry}: SessionColumns binds it too). */
    private static void bindVersionSeven(java.sql.PreparedStatement ps, Session s) throws java.sql.SQLException {
        ps.setString(1, s.conversationId());
        ps.setString(2, s.flowId());
        ps.setString(3, s.stepId());
        ps.setInt(4, s.unreadable());
        ps.setInt(5, s.fallbacks());
        ps.setString(6, SessionColumns.clarifyJson(s.clarifyOptions()));
        ps.setString(7, s.handedOff() ? s.handoffReason().wire() : null);
        ps.setLong(8, s.lastActivity().toEpochMilli());
        if (s.handedOff()) {
            ps.setLong(9, s.lastActivity().toEpochMilli());
        } else {
            ps.setNull(9, java.sql.Types.BIGINT);
        }
        ps.setInt(10, s.traditional() ? 1 : 0);
        ps.setString(11, SessionColumns.suspendedJson(s.suspended()));
        ps.setInt(12, s.flow() == null ? 0 : s.flow().toldItems());
    }

    /** A session in a flow with another paused under it, or (handoff set) with a person. */
    private static Session session(String cid, String flow, String handoff) {
        if (handoff != null) {
            return new Session(cid, null, List.of(), 1, 2, List.of(), HandoffReason.fromWire(handoff), T0, false);
        }
        return new Session(cid, flow == null ? null : new FlowFrame(flow, "close-services"),
                flow == null ? List.of() : List.of(new FlowFrame("waybill-fix", "how-shipped")), 1, 2,
                List.of("a.b", "c.d"), null, T0, false);
    }

    @Test
    void commitsSessionTranscriptAndReplyTogether() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertTrue(store.session("c-1").isEmpty());
            Session s = session("c-1", "deposit-refund", null);
            Reply r = reply("c-1", "m-1", Kind.FLOW, 0.93);
            assertSame(r, store.commit(exchange("c-1", "m-1", "保证金怎么退", s, r)));

            assertEquals(s, store.session("c-1").orElseThrow());
            assertEquals(r, store.answered("c-1", "m-1").orElseThrow());
            assertTrue(store.answered("c-2", "m-1").isEmpty(), "msgIds are per conversation");
            List<TranscriptEntry> transcript = store.transcript("c-1");
            assertEquals(2, transcript.size());
            assertEquals(new TranscriptEntry("c-1", TranscriptEntry.Role.SELLER, "m-1", "seller-42", "保证金怎么退",
                    null, null, null, T0), transcript.get(0));
            assertEquals(new TranscriptEntry("c-1", TranscriptEntry.Role.BOT, "m-1", null, r.text(),
                    "flow", "deposit.refund", 0.93, T0.plusMillis(12)), transcript.get(1));
        }
    }

    /**
     * The step a flow just ended from (Session#endedFrom) is kept in the suspended column beside the paused flows, marked,
     * and read back apart from them: a correction in the next message, even after a restart, is read there.
     */
    @Test
    void theStepAFlowEndedFromIsStoredApartFromThePausedFlows() throws Exception {
        Session ended = new Session("e", null, List.of(new FlowFrame("waybill-fix", "how-shipped")), 0, 0, List.of(), null,
                T0, false, "deposit.refund", new FlowFrame("deposit-refund", "check-aftersales-window"));
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("e", "m-1", "最后一单10月8号确认收货的", ended, reply("e", "m-1", Kind.FLOW, 1)));
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Session read = store.session("e").orElseThrow();
            assertEquals(ended, read);
            assertEquals(List.of(new FlowFrame("waybill-fix", "how-shipped")), read.suspended());
            assertEquals(new FlowFrame("deposit-refund", "check-aftersales-window"), read.endedFrom());
        }
    }

    /**
     * What was told of the active flow's steps ahead (FlowFrame#toldAhead: a date told before the walk reached the 30-day
     * step) is kept in the suspended column too, marked with the label told, and read back into the active frame, apart
     * from the paused flows: after a restart the walk still takes it when it gets there.
     */
    @Test
    void whatWasToldOfTheStepsAheadIsStoredWithTheActiveFlow() throws Exception {
        Session walking = new Session("a", new FlowFrame("deposit-refund", "check-orders", 0,
                java.util.Map.of("check-aftersales-window", "超过30天了")), List.of(new FlowFrame("waybill-fix", "how-shipped")),
                0, 0, List.of(), null, T0, false, "deposit.refund");
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("a", "m-1", "保证金怎么退 最后一笔10月8号交易成功的", walking, reply("a", "m-1", Kind.FLOW, 1)));
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Session read = store.session("a").orElseThrow();
            assertEquals(walking, read);
            assertEquals(java.util.Map.of("check-aftersales-window", "超过30天了"), read.flow().toldAhead());
            assertEquals(List.of(new FlowFrame("waybill-fix", "how-shipped")), read.suspended());
        }
    }

    /**
     * A new conversation's first message is answered without reading the file (KnownConversations),
     * but a conversation the file holds is always found: written before the store opened (listed at
     * start), written since (added by the writer), and written while the list was read.
     */
    @Test
    void aConversationStoredIsFoundWithoutTheCacheAndANewOneIsAnsweredWithNothing() throws Exception {
        Session before = session("before", "deposit-refund", null);
        Reply beforeReply = reply("before", "m-1", Kind.FLOW, 0.9);
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("before", "m-1", "保证金怎么退", before, beforeReply));
            for (int i = 0; i < 5_000; i++) { // more than the session cache holds, so the first is read from the file
                Session s = session("bulk-" + i, null, null);
                store.commitAsync(exchange("bulk-" + i, "m-1", "hi", s, reply("bulk-" + i, "m-1", Kind.FAQ, 0.5)));
            }
            store.commit(exchange("last", "m-1", "x", session("last", null, null), reply("last", "m-1", Kind.FAQ, 0.5)));
            assertEquals(new Arrival(Optional.of(beforeReply), Optional.of(before)), store.arrival("before", "m-1"));
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            // while the list is read, and after: the stored conversation is read from the file
            Session during = session("during", null, "requested");
            Reply duringReply = reply("during", "m-9", Kind.HANDOFF, 0);
            store.commit(exchange("during", "m-9", "转人工", during, duringReply));
            long deadline = System.nanoTime() + 10_000_000_000L;
            boolean listed;
            do {
                listed = store.conversationsListed();
                assertEquals(new Arrival(Optional.of(beforeReply), Optional.of(before)), store.arrival("before", "m-1"));
                assertEquals(Optional.of(session("bulk-7", null, null)), store.arrival("bulk-7", "m-2").session());
            } while (!listed && System.nanoTime() < deadline);
            assertTrue(listed, "the stored conversations were listed within 10 s");
            assertEquals(new Arrival(Optional.of(beforeReply), Optional.of(before)), store.arrival("before", "m-1"));
            assertEquals(Optional.of(duringReply), store.arrival("during", "m-9").earlier());
            assertEquals(new Arrival(Optional.empty(), Optional.empty()), store.arrival("never-written", "m-1"));
            Session after = session("after", "deposit-refund", null);
            store.saveSession(after);
            assertEquals(Optional.of(after), store.arrival("after", null).session());
        }
    }

    @Test
    void anArrivalReadsTheEarlierReplyAndTheSessionAtOnce() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertEquals(new Arrival(Optional.empty(), Optional.empty()), store.arrival("c-1", "m-1"));
            assertEquals(new Arrival(Optional.empty(), Optional.empty()), store.arrival("c-1", null));
            Session s = session("c-1", "deposit-refund", "requested");
            Reply r = reply("c-1", "m-1", Kind.FLOW, 0.93);
            store.commit(exchange("c-1", "m-1", "保证金怎么退", s, r));

            assertEquals(new Arrival(Optional.of(r), Optional.of(s)), store.arrival("c-1", "m-1"));
            assertEquals(new Arrival(Optional.empty(), Optional.of(s)), store.arrival("c-1", "m-2"));
            assertEquals(new Arrival(Optional.empty(), Optional.of(s)), store.arrival("c-1", null));
            assertEquals(new Arrival(Optional.empty(), Optional.empty()), store.arrival("c-2", "m-1"),
                    "msgIds and sessions are per conversation");
            // the one-read answer is the same as asking the two questions apart
            assertEquals(new Arrival(store.answered("c-1", "m-1"), store.session("c-1")), store.arrival("c-1", "m-1"));
        }
    }

    @Test
    void anOlderMsgIdSentAgainIsLeftToTheCommitWhichKeepsTheFirstReply() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Session first = session("c", "deposit-refund", null);
            Reply r1 = reply("c", "m-1", Kind.FLOW, 0.9);
            store.commit(exchange("c", "m-1", "保证金怎么退", first, r1));
            Session second = session("c", null, null);
            Reply r2 = reply("c", "m-2", Kind.FAQ, 0.8);
            store.commit(exchange("c", "m-2", "运单号怎么改", second, r2));

            assertEquals(new Arrival(Optional.of(r2), Optional.of(second)), store.arrival("c", "m-2"), "a retry of the last");
            Arrival older = store.arrival("c", "m-1");
            assertEquals(Optional.of(second), older.session());
            if (older.earlier().isEmpty()) { // allowed by the contract: the commit must catch it
                Reply stored = store.commit(exchange("c", "m-1", "again", session("c", null, "requested"), reply("c", "m-1",
                        Kind.HANDOFF, 0.1)));
                assertEquals(r1, stored);
            } else {
                assertEquals(r1, older.earlier().get());
            }
            assertEquals(second, store.session("c").orElseThrow(), "nothing changed");
            assertEquals(second, store.arrival("c", "m-3").session().orElseThrow());
            assertEquals(4, store.transcript("c").size());
        }
    }

    @Test
    void aReopenedStoreFindsArrivalsInTheFile() {
        Session s = session("c", "deposit-refund", "requested");
        Reply r = reply("c", "m", Kind.FLOW, 0.93);
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("c", "m", "保证金怎么退", s, r));
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertEquals(new Arrival(Optional.of(r), Optional.of(s)), store.arrival("c", "m"));
            assertEquals(new Arrival(Optional.empty(), Optional.of(s)), store.arrival("c", "m-2"));
        }
        try (SqliteConversationReader readOnly = SqliteConversationReader.open(data)) {
            assertEquals(Optional.of(s), readOnly.session("c"));
        }
    }

    @Test
    void aBotLineKeepsItsReplyBesideItsColumnsAndEveryReadGivesItBackWhole() throws Exception {
        Session s = session("c", "deposit-refund", null);
        Reply flow = reply("c", "m-1", Kind.FLOW, 0.93);
        Reply clarify = new Reply("c", "m-2", Kind.CLARIFY, "您想问哪个？", null, 0.5,
                List.of(new Related("a.b", "A？"), new Related("c.d", "C？")), null, List.of());
        Reply nested = new Reply("c", "m-3", Kind.FLOW, "运单号改好了吗？", "waybill.fix", 1.0, List.of("改好了"),
                new FlowPosition("waybill-fix", "how-shipped", false, List.of(new FlowFrame("deposit-refund", "close-services"))),
                List.of());
        // one the columns would not give back (another msgId in the reply): stored whole
        Reply odd = reply("c", "m-elsewhere", Kind.FAQ, 0.7);
        List<Reply> replies = List.of(flow, clarify, nested, odd);
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            for (int i = 0; i < replies.size(); i++) {
                store.commit(exchange("c", "m-" + (i + 1), "问" + i, s, replies.get(i)));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationReader.FILE));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT reply FROM transcript WHERE role = 'bot' ORDER BY id")) {
            for (int i = 0; i < replies.size(); i++) {
                assertTrue(rs.next());
                String json = rs.getString(1);
                assertEquals(i == 3, json.contains("\"text\""), json); // only the odd one whole
            }
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) { // no cache: from the file
            for (int i = 0; i < replies.size(); i++) {
                String msgId = "m-" + (i + 1);
                Reply r = replies.get(i);
                assertEquals(new Arrival(Optional.of(r), Optional.of(s)), store.arrival("c", msgId));
                assertEquals(Optional.of(r), store.answered("c", msgId));
                assertEquals(r, store.commit(exchange("c", msgId, "again", session("c", null, null), reply("c", msgId,
                        Kind.HANDOFF, 0.1))), "the writer's own read of a repeated msgId");
                assertEquals(ReplyJson.write(r), ReplyJson.write(store.answered("c", msgId).orElseThrow()));
            }
        }
        try (SqliteConversationReader readOnly = SqliteConversationReader.open(data)) {
            assertEquals(Optional.of(clarify), readOnly.answered("c", "m-2"));
        }
    }

    @Test
    void aSessionSavedAloneIsWhatTheNextArrivalSees() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Reply r = reply("c", "m", Kind.FLOW, 0.93);
            store.commit(exchange("c", "m", "保证金怎么退", session("c", "deposit-refund", "requested"), r));
            Session handedBack = session("c", null, null);
            store.saveSession(handedBack);
            assertEquals(new Arrival(Optional.of(r), Optional.of(handedBack)), store.arrival("c", "m"),
                    "the new session, and the last reply still recognised");
            assertEquals(Optional.of(handedBack), store.session("c"));
        }
    }

    @Test
    void clarifyOptionsRoundTrip() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Reply clarify = new Reply("c", "m", Kind.CLARIFY, "您想问哪个？", null, 0.5,
                    List.of(new Related("a.b", "A？"), new Related("c.d", "C？")), null, List.of());
            store.commit(exchange("c", "m", "退", session("c", null, null), clarify));
            assertEquals(clarify, store.answered("c", "m").orElseThrow());
            assertEquals(ReplyJson.write(clarify), ReplyJson.write(store.answered("c", "m").orElseThrow()));
        }
    }

    @Test
    void aRepeatedMsgIdChangesNothingAndReturnsTheFirstReply() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Reply first = reply("c", "m", Kind.FLOW, 0.9);
            store.commit(exchange("c", "m", "first", session("c", "deposit-refund", null), first));
            Reply second = reply("c", "m", Kind.FAQ, 0.5);
            Reply stored = store.commit(exchange("c", "m", "second", session("c", null, "requested"), second));
            assertEquals(first, stored);
            assertEquals("deposit-refund", store.session("c").orElseThrow().flowId());
            assertEquals(2, store.transcript("c").size());
        }
    }

    @Test
    void messagesWithoutMsgIdAreAllKept() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("c", null, "one", session("c", null, null), reply("c", null, Kind.FAQ, 0.9)));
            store.commit(exchange("c", null, "two", session("c", null, null), reply("c", null, Kind.FAQ, 0.9)));
            assertEquals(4, store.transcript("c").size());
        }
    }

    @Test
    void survivesReopenAndRecordsTheSchemaVersion() throws Exception {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("c", "m", "hi", session("c", null, null), reply("c", "m", Kind.FAQ, 0.9)));
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertTrue(store.answered("c", "m").isPresent());
            assertEquals(2, store.transcript("c").size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationStore.FILE));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
                assertTrue(rs.next());
                assertEquals(Schema.latest(), rs.getInt(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertTrue(rs.next());
                assertEquals("wal", rs.getString(1));
            }
        }
    }

    @Test
    void migrationFourMovesEachReplyIntoItsBotLine() throws Exception {
        Reply r1 = reply("c", "m-1", Kind.FLOW, 0.93);
        Reply r2 = reply("c", "m-2", Kind.FAQ, 0.8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            for (int v = 0; v < 3; v++) {
                for (String sql : Schema.MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
            }
            st.execute("INSERT INTO schema_version(version) VALUES (3)");
            st.execute("INSERT INTO sessions (conversation_id, unreadable, fallbacks, clarify_options, last_activity)"
                    + " VALUES ('c', 0, 0, '[]', " + T0.toEpochMilli() + ")");
            long at = T0.toEpochMilli();
            // as version 3 wrote them: two exchanges with msgIds, one without, replies apart
            st.execute("INSERT INTO transcript (id, conversation_id, role, msg_id, text, at) VALUES (1, 'c', 'seller', 'm-1', 'one', " + at + ")");
            st.execute("INSERT INTO transcript (id, conversation_id, role, reply_to, msg_id, text, kind, at) VALUES (2, 'c', 'bot', 1, 'm-1', '"
                    + r1.text() + "', 'flow', " + at + ")");
            st.execute("INSERT INTO transcript (id, conversation_id, role, text, at) VALUES (3, 'c', 'seller', 'no id', " + at + ")");
            st.execute("INSERT INTO transcript (id, conversation_id, role, reply_to, text, kind, at) VALUES (4, 'c', 'bot', 3, 'x', 'faq', " + at + ")");
            st.execute("INSERT INTO transcript (id, conversation_id, role, msg_id, text, at) VALUES (5, 'c', 'seller', 'm-2', 'two', " + at + ")");
            st.execute("INSERT INTO transcript (id, conversation_id, role, reply_to, msg_id, text, kind, at) VALUES (6, 'c', 'bot', 5, 'm-2', '"
                    + r2.text() + "', 'faq', " + at + ")");
            st.execute("INSERT INTO replies VALUES ('c', 'm-1', '" + ReplyJson.write(r1) + "')");
            st.execute("INSERT INTO replies VALUES ('c', 'm-2', '" + ReplyJson.write(r2) + "')");
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertEquals(Optional.of(r1), store.answered("c", "m-1"));
            assertEquals(Optional.of(r2), store.arrival("c", "m-2").earlier());
            assertEquals(List.of("one", r1.text(), "no id", "x", "two", r2.text()),
                    store.transcript("c").stream().map(TranscriptEntry::text).toList(), "in the order written");
            assertEquals(List.of("x", "two", r2.text()), store.recent("c", 3).stream().map(TranscriptEntry::text).toList());
            Reply again = store.commit(exchange("c", "m-1", "one again", session("c", null, "requested"),
                    reply("c", "m-1", Kind.HANDOFF, 0.1)));
            assertEquals(r1, again, "a msgId answered before the migration keeps its reply");
            assertEquals(6, store.transcript("c").size());
        }
    }

    /**
     * Version 9 adds the entry a session last answered with: sessions written before it have answered none (a
     * follow-up after the upgrade is read alone), and the next turn's entry is kept.
     */
    @Test
    void migrationNineKeepsSessionsAndAddsTheEntryLastAnswered() throws Exception {
        Session a = session("a", "deposit-refund", null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            for (int v = 0; v < 8; v++) {
                for (String sql : Schema.MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
            }
            st.execute("INSERT INTO schema_version(version) VALUES (8)");
            try (var ps = c.prepareStatement("""
                    INSERT INTO sessions (conversation_id, flow_id, step_id, unreadable, fallbacks, clarify_options,
                                          handoff_reason, last_activity, handed_off_at, traditional, suspended, told_items)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bindVersionSeven(ps, a);
                ps.executeUpdate();
            }
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertEquals(Optional.of(a), store.session("a"));
            assertNull(store.session("a").orElseThrow().lastEntry());
            Session answered = a.answeredWith("anxingou.pending-orders");
            Reply r = reply("a", "m-9", Kind.FAQ, 0.9);
            store.commit(new Exchange("a", "m-9", "seller-42", "安心购退出以后在途订单怎么办", T0, answered, r, T0));
            assertEquals("anxingou.pending-orders", store.session("a").orElseThrow().lastEntry());
        }
    }

    /**
     * Migration 8 numbers the conversations and keys the transcript by (number, msgId, role): a file
     * written by version 7 keeps every session, line, reply and its order, a msgId answered before
     * is still answered with its first reply, and new conversations are numbered after the old ones.
     */
    @Test
    void migrationEightKeysTheTranscriptByTheConversationsNumber() throws Exception {
        Reply a1 = reply("a", "m-1", Kind.FLOW, 0.93);
        Reply a2 = reply("a", "m-2", Kind.FAQ, 0.8);
        Reply b1 = reply("b", "m-1", Kind.HANDOFF, 1.0);
        Session a = session("a", "deposit-refund", null);
        Session b = session("b", null, "requested");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            for (int v = 0; v < 7; v++) {
                for (String sql : Schema.MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
            }
            st.execute("INSERT INTO schema_version(version) VALUES (7)");
            // as version 7 wrote them: b's session first (its row id 1), then a's (2)
            for (Session s : List.of(b, a)) {
                try (var ps = c.prepareStatement("""
                        INSERT INTO sessions (conversation_id, flow_id, step_id, unreadable, fallbacks, clarify_options,
                                              handoff_reason, last_activity, handed_off_at, traditional, suspended,
                                              told_items)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    bindVersionSeven(ps, s);
                    ps.executeUpdate();
                }
            }
            long at = T0.toEpochMilli();
            int id = 0;
            for (Object[] line : new Object[][] {{"a", "m-1", "one", a1}, {"b", "m-1", "人工", b1}, {"a", null, "no id", null},
                    {"a", "m-2", "two", a2}}) {
                String msgId = line[1] == null ? "NULL" : "'" + line[1] + "'";
                Reply r = (Reply) line[3];
                st.execute("INSERT INTO transcript (id, conversation_id, role, msg_id, sender_id, text, at) VALUES ("
                        + ++id + ", '" + line[0] + "', 'seller', " + msgId + ", 'seller-42', '" + line[2] + "', " + at + ")");
                st.execute("INSERT INTO transcript (id, conversation_id, role, reply_to, msg_id, text, kind, faq_id, confidence,"
                        + " at, reply) VALUES (" + ++id + ", '" + line[0] + "', 'bot', " + (id - 1) + ", " + msgId + ", '"
                        + (r == null ? "x" : r.text()) + "', 'faq', 'deposit.refund', 0.9, " + at + ", "
                        + (r == null ? "NULL" : "'" + ReplyJson.write(r) + "'") + ")");
            }
            st.execute("INSERT INTO transcript (id, conversation_id, role, sender_id, text, kind, at) VALUES ("
                    + ++id + ", 'b', 'bot', 'wang', '我来', 'staff', " + at + ")");
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertEquals(Optional.of(a), store.session("a"));
            assertEquals(Optional.of(b), store.session("b"));
            assertEquals(List.of("b"), store.handedOff().stream().map(HandedOff::conversationId).toList());
            assertEquals(Optional.of(a1), store.answered("a", "m-1"));
            assertEquals(Optional.of(b1), store.answered("b", "m-1"), "the same msgId in another conversation");
            assertEquals(Optional.of(a2), store.arrival("a", "m-2").earlier());
            assertEquals(Optional.empty(), store.arrival("a", "m-3").earlier());
            assertEquals(List.of("one", a1.text(), "no id", "x", "two", a2.text()),
                    store.transcript("a").stream().map(TranscriptEntry::text).toList(), "in the order written");
            assertEquals(List.of("人工", b1.text(), "我来"), store.transcript("b").stream().map(TranscriptEntry::text).toList());
            assertEquals(TranscriptEntry.Role.STAFF, store.transcript("b").get(2).role());
            assertEquals(List.of("x", "two", a2.text()), store.recent("a", 3).stream().map(TranscriptEntry::text).toList());
            Page<TranscriptEntry> first = store.transcript("a", null, 4);
            assertEquals(List.of("two", a2.text()),
                    store.transcript("a", first.next(), 4).items().stream().map(TranscriptEntry::text).toList());

            assertEquals(a1, store.commit(exchange("a", "m-1", "one again", session("a", null, "requested"),
                    reply("a", "m-1", Kind.HANDOFF, 0.1))), "a msgId answered before the migration keeps its reply");
            assertEquals(6, store.transcript("a").size());
            Reply a3 = reply("a", "m-3", Kind.FAQ, 0.7);
            store.commit(exchange("a", "m-3", "three", a, a3));
            Reply c1 = reply("c", "m-1", Kind.FAQ, 0.7);
            store.commit(exchange("c", "m-1", "new", session("c", null, null), c1));
            assertEquals(List.of("three", a3.text()), store.transcript("a").subList(6, 8).stream().map(TranscriptEntry::text).toList());
            assertEquals(Optional.of(c1), store.answered("c", "m-1"));
            assertEquals(2, store.transcript("c").size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationStore.FILE));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT conversation_id, no FROM sessions ORDER BY no")) {
                List<String> numbered = new ArrayList<>();
                while (rs.next()) {
                    numbered.add(rs.getString(1) + "=" + rs.getLong(2));
                }
                assertEquals(List.of("b=1", "a=2", "c=3"), numbered, "the old row ids, then the next");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM transcript WHERE conversation_no IS NULL"
                    + " OR conversation_no <> (SELECT no FROM sessions s WHERE s.conversation_id = transcript.conversation_id)")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "every line under its conversation's number");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    @Test
    void aMsgIdRepeatedWithinOneGroupCommitKeepsTheFirstReply() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Reply first = reply("c", "m", Kind.FLOW, 0.9);
            List<java.util.concurrent.CompletableFuture<Reply>> writes = new ArrayList<>();
            writes.add(store.commitAsync(exchange("c", "m", "first", session("c", "deposit-refund", null), first)));
            for (int i = 0; i < 5; i++) {
                writes.add(store.commitAsync(exchange("c", "m", "again " + i, session("c", null, "requested"),
                        reply("c", "m", Kind.HANDOFF, 0.1))));
            }
            for (var w : writes) {
                assertEquals(first, w.join());
            }
            assertSame(first, writes.get(0).join());
            assertEquals("deposit-refund", store.session("c").orElseThrow().flowId());
            assertEquals(List.of("first", first.text()), store.transcript("c").stream().map(TranscriptEntry::text).toList());
        }
    }

    @Test
    void refusesADatabaseFromANewerVersion() throws Exception {
        SqliteConversationStore.open(data).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteConversationStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("UPDATE schema_version SET version = " + (Schema.latest() + 1));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SqliteConversationStore.open(data));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void listsHandedOffConversationsAndMisses() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("a", "1", "转人工", session("a", null, "requested"), reply("a", "1", Kind.HANDOFF, 1.0)));
            store.commit(exchange("b", "1", "保证金", session("b", null, null), reply("b", "1", Kind.FAQ, 0.95)));
            store.commit(exchange("b", "2", "啥", session("b", null, null), reply("b", "2", Kind.FALLBACK, 0.1)));
            store.commit(exchange("c", "1", "退吗", session("c", null, null), reply("c", "1", Kind.FAQ, 0.4)));
            assertEquals(List.of("a"), store.handedOff().stream().map(HandedOff::conversationId).toList());
            List<Miss> misses = store.misses(T0, 0.6, 10);
            assertEquals(List.of("啥", "退吗"), misses.stream().map(Miss::question).toList());
            assertEquals("fallback", misses.get(0).kind());
            assertTrue(store.misses(T0.plusSeconds(1), 0.6, 10).isEmpty());
        }
    }

    /**
     * A turn that names where it is to be told (a connection's event loop) is completed there, once
     * committed, in queue order, the turns of a group commit for that executor in one task; one whose
     * executor refuses the task (a loop shutting down), and one that names none, are still told (on
     * the store's own completer thread). Nothing is told before its commit.
     */
    @Test
    void aTurnIsToldOnTheExecutorItNamesAndTheRestOnTheStoresThread() throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "loop"));
        List<CompletableFuture<Reply>> turns = new ArrayList<>();
        List<String> toldByTask = Collections.synchronizedList(new ArrayList<>());
        List<Integer> toldPerTask = Collections.synchronizedList(new ArrayList<>());
        Executor watched = task -> loop.execute(() -> {
            List<CompletableFuture<Reply>> waiting;
            synchronized (turns) {
                waiting = turns.stream().filter(t -> !t.isDone()).toList();
            }
            task.run();
            List<Integer> done = new ArrayList<>();
            synchronized (turns) {
                for (int i = 0; i < turns.size(); i++) {
                    if (waiting.contains(turns.get(i)) && turns.get(i).isDone()) {
                        done.add(i);
                    }
                }
            }
            done.forEach(i -> toldByTask.add("c-" + i));
            toldPerTask.add(done.size());
        });
        Executor refusing = task -> {
            throw new RejectedExecutionException("shutting down");
        };
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            List<String> expected = new ArrayList<>();
            List<CompletableFuture<Reply>> checked = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String cid = "c-" + i;
                Reply r = reply(cid, "m-1", Kind.FAQ, 0.9);
                expected.add(cid);
                synchronized (turns) {
                    CompletableFuture<Reply> turn = store.turn(cid, "m-1", watched,
                            known -> exchange(cid, "m-1", "hi", session(cid, null, null), r));
                    turns.add(turn);
                    checked.add(turn.whenComplete((x, t) ->
                            assertTrue(store.answered(cid, "m-1").isPresent(), "told after its commit")));
                }
            }
            Reply r = reply("r", "m-1", Kind.FAQ, 0.9);
            CompletableFuture<Reply> refused = store.turn("r", "m-1", refusing,
                    known -> exchange("r", "m-1", "hi", session("r", null, null), r));
            Reply n = reply("n", "m-1", Kind.FAQ, 0.9);
            CompletableFuture<Reply> none = store.turn("n", "m-1", null,
                    known -> exchange("n", "m-1", "hi", session("n", null, null), n));
            for (CompletableFuture<Reply> t : checked) {
                t.get(10, TimeUnit.SECONDS);
            }
            assertSame(r, refused.get(10, TimeUnit.SECONDS), "told though its executor refused");
            assertSame(n, none.get(10, TimeUnit.SECONDS));
            loop.submit(() -> { }).get(10, TimeUnit.SECONDS); // the tasks' own bookkeeping is done
            assertEquals(expected, toldByTask, "every turn completed by a task on its executor, in queue order");
            assertTrue(toldPerTask.stream().allMatch(k -> k >= 1), "no task without a turn: " + toldPerTask);
            assertTrue(toldPerTask.size() <= 50);
        } finally {
            loop.shutdown();
        }
    }

    @Test
    void concurrentCommitsAreAllStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String cid = "c-" + (i % 40);
                String msgId = "m-" + i;
                futures.add(pool.submit(() -> store.commit(exchange(cid, msgId, "hi",
                        session(cid, null, null), reply(cid, msgId, Kind.FAQ, 0.9)))));
            }
            for (Future<Reply> f : futures) {
                f.get();
            }
            for (int c = 0; c < 40; c++) {
                assertEquals(20, store.transcript("c-" + c).size());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void committedPagesReachTheDatabaseFileWithoutTheWriterCheckpointing() throws Exception {
        Path file = data.resolve(SqliteConversationStore.FILE);
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            long empty = java.nio.file.Files.size(file);
            for (int i = 0; i < 300; i++) { // far below the writer's own checkpoint
                store.commit(exchange("c-" + i, "m", "hi", session("c-" + i, null, null), reply("c-" + i, "m", Kind.FAQ, 0.9)));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (java.nio.file.Files.size(file) <= empty && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(java.nio.file.Files.size(file) > empty, "the background checkpoint copied the log into the file");
            store.commit(exchange("c-0", "m-2", "again", session("c-0", null, null), reply("c-0", "m-2", Kind.FAQ, 0.9)));
            assertEquals(4, store.transcript("c-0").size(), "and writing goes on beside it");
        }
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            assertEquals(2, store.transcript("c-299").size());
        }
    }

    @Test
    void aDataDirectoryHasOneWriterAtATime() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SqliteConversationStore.open(data));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            store.commit(exchange("c", "m", "hi", session("c", null, null), reply("c", "m", Kind.FAQ, 0.9)));
            try (SqliteConversationReader reader = SqliteConversationReader.open(data)) {
                assertEquals(2, reader.transcript("c").size(), "readers are not writers");
            }
        }
        try (SqliteConversationStore again = SqliteConversationStore.open(data)) {
            assertEquals(2, again.transcript("c").size(), "closing released the directory");
        }
    }

    @Test
    void commitAfterCloseFails() {
        SqliteConversationStore store = SqliteConversationStore.open(data);
        store.close();
        assertThrows(StoreException.class, () -> store.commit(
                exchange("c", "m", "hi", session("c", null, null), reply("c", "m", Kind.FAQ, 0.9))));
    }
}
