package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommittedSessionsTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");

    private static Session session(String cid, String flow) {
        return flow == null ? Session.fresh(cid, T0) : Session.fresh(cid, T0).atStep(flow, "step");
    }

    private static Exchange exchange(String cid, String msgId, Session s) {
        Reply r = new Reply(cid, msgId, Kind.FAQ, "答", "a.b", 0.9, List.of(), null, List.of());
        return new Exchange(cid, msgId, null, "问", T0, s, r, T0);
    }

    @Test
    void keepsTheLastWrittenConversationsAndDropsTheLeastRecentlyWritten() {
        CommittedSessions cache = new CommittedSessions(2);
        cache.exchangeCommitted(exchange("a", "1", session("a", null)));
        cache.exchangeCommitted(exchange("b", "1", session("b", null)));
        cache.exchangeCommitted(exchange("a", "2", session("a", "flow"))); // a is now the most recent
        cache.exchangeCommitted(exchange("c", "1", session("c", null)));
        assertNull(cache.get("b"), "the least recently written goes first");
        assertEquals(new CommittedSessions.Latest(session("a", "flow"), "2"), cache.get("a"));
        assertEquals(new CommittedSessions.Latest(session("c", null), "1"), cache.get("c"));
    }

    @Test
    void aSessionSavedAloneKeepsTheLastMsgId() {
        CommittedSessions cache = new CommittedSessions(4);
        cache.exchangeCommitted(exchange("a", "7", session("a", "flow")));
        cache.sessionCommitted(session("a", null));
        assertEquals(new CommittedSessions.Latest(session("a", null), "7"), cache.get("a"));
        cache.sessionCommitted(session("z", null));
        assertEquals(new CommittedSessions.Latest(session("z", null), null), cache.get("z"));
        cache.exchangeCommitted(exchange("a", null, session("a", "flow")));
        assertNull(cache.get("a").msgId(), "a message without msgId has nothing to retry");
    }
}
