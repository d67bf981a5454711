package dev.xiaoer.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.server.FakeDialogue;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.store.TranscriptEntry;
import dev.xiaoer.testing.ForwardingStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff work ({@link Conversations#inOrder}) keeps its place in a conversation's order while message
 * commits are asynchronous: submitted right behind a message, it sees what that message committed
 * (even when the commit completes late), and the message submitted right behind it reads the session
 * it saved. Nothing waits between the three submissions.
 */
class StaffOrderTest {
    static final int CONVERSATIONS = 40;

    @TempDir
    Path data;

    @Test
    void staffWorkWaitsForTheMessageCommitAndTheNextMessageWaitsForIt() throws Exception {
        try (SqliteConversationStore sqlite = SqliteConversationStore.open(data)) {
            ConversationStore store = new SlowCommits(sqlite);
            Conversations service = new Conversations(store, new Conversations.Settings(4, 1000), Observer.none(),
                    Clock.systemUTC());
            service.swap(new FakeDialogue());
            List<CompletableFuture<Outcome>> handoffs = new ArrayList<>();
            List<CompletableFuture<Session>> staff = new ArrayList<>();
            List<CompletableFuture<Outcome>> afters = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                String cid = "order-" + i;
                handoffs.add(service.receive(new Message(cid, "转人工", "m1", "seller")));
                staff.add(service.inOrder(cid, () -> {
                    Session s = store.session(cid).orElseThrow(() -> new AssertionError(cid + ": no session yet"));
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    store.saveSession(new Session(cid, null, List.of(), s.unreadable(), 0, List.of(), null,
                            now.isBefore(s.lastActivity()) ? s.lastActivity() : now, false));
                    return s;
                }));
                afters.add(service.receive(new Message(cid, "你好", "m2", "seller")));
            }
            for (int i = 0; i < CONVERSATIONS; i++) {
                String cid = "order-" + i;
                assertEquals(Kind.HANDOFF, reply(handoffs.get(i).get(30, TimeUnit.SECONDS)).kind(), cid);
                Session seen = staff.get(i).get(30, TimeUnit.SECONDS);
                assertTrue(seen.handedOff(), cid + ": staff work ran before the handoff was stored");
                assertEquals(1, seen.unreadable(), cid);
                Reply after = reply(afters.get(i).get(30, TimeUnit.SECONDS));
                assertEquals(Kind.FLOW, after.kind(), cid + ": the message after resolve was not answered by the bot");
                assertEquals("turn 2: 你好", after.text(), cid);
            }
            service.close();
            assertEquals(0, service.inFlight());
            assertTrue(sqlite.handedOff().isEmpty(), "every conversation was handed back");
            for (int i = 0; i < CONVERSATIONS; i++) {
                String cid = "order-" + i;
                List<TranscriptEntry> t = sqlite.transcript(cid);
                assertEquals(4, t.size(), cid);
                assertEquals("你好", t.get(2).text(), cid);
                Session last = sqlite.session(cid).orElseThrow();
                assertEquals(2, last.unreadable(), cid);
                assertTrue(!last.handedOff(), cid);
            }
        }
    }

    private static Reply reply(Outcome outcome) {
        return ((Outcome.Answered) outcome).reply();
    }

    /** The real store, with each asynchronous commit reported durable some milliseconds late. */
    private static final class SlowCommits extends ForwardingStore {
        private static final Executor LATE = CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS);

        SlowCommits(ConversationStore real) {
            super(real);
        }

        @Override
        public CompletableFuture<Reply> commitAsync(Exchange exchange) {
            return real.commitAsync(exchange).thenApplyAsync(r -> r, LATE);
        }

        @Override
        public Reply commit(Exchange exchange) {
            return commitAsync(exchange).join();
        }
    }
}
