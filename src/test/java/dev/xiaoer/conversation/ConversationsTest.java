package dev.xiaoer.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.conversation.Outcome.Answered;
import dev.xiaoer.conversation.Outcome.Duplicate;
import dev.xiaoer.conversation.Outcome.Rejected;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.server.FakeDialogue;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.store.StoreException;
import dev.xiaoer.testing.ForwardingStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message use case without any transport: what each outcome means, and what the observer hears.
 * (How the HTTP API answers each outcome: {@code server/MessagesRejectedTest}.)
 */
class ConversationsTest {
    @TempDir
    Path data;

    /** What the observer was told, one line per call. */
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final Observer observer = new Observer() {
        @Override
        public void replied(Message message, Reply reply, boolean duplicate, long nanos) {
            heard.add(message.conversationId() + " " + reply.kind().wire() + (duplicate ? " again" : ""));
        }

        @Override
        public void storeCall(long nanos) {
        }
    };

    private static Outcome get(CompletableFuture<Outcome> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void answersStoresAndGivesARepeatedMsgIdTheStoredReply() throws Exception {
        try (SqliteConversationStore store = SqliteConversationStore.open(data);
             Conversations c = new Conversations(store, new Conversations.Settings(2, 10), observer, Clock.systemUTC())) {
            assertEquals(Optional.of(Rejected.NOT_READY), c.refusal());
            c.swap(new FakeDialogue());
            assertEquals(Optional.empty(), c.refusal());

            Outcome first = get(c.receive(new Message("c", "hi", "m-1", "seller")));
            Reply reply = assertInstanceOf(Answered.class, first).reply();
            assertEquals("turn 1: hi", reply.text());
            assertEquals("m-1", reply.msgId());
            assertEquals(Optional.of(reply), store.answered("c", "m-1"), "stored before it is handed back");

            Outcome again = get(c.receive(new Message("c", "something else", "m-1", "seller")));
            assertEquals(reply, assertInstanceOf(Duplicate.class, again).reply());
            assertEquals(2, store.transcript("c").size(), "the repeat changed nothing");
            assertEquals(List.of("c flow", "c flow again"), heard);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An observer that records, in {@code threads}, the thread each reply is told on ("observer loop"). */
    private static Observer threadsOfReplies(List<String> threads) {
        return new Observer() {
            @Override
            public void replied(Message message, Reply reply, boolean duplicate, long nanos) {
                threads.add("observer " + Thread.currentThread().getName());
            }

            @Override
            public void storeCall(long nanos) {
            }
        };
    }

    /**
     * A message received with the thread its reply goes out on (a connection's event loop) has its
     * outcome, the observer and the lane's next message handed there once committed; the next
     * message of the conversation still waits for it.
     */
    @Test
    void anOutcomeIsToldOnTheExecutorTheTransportNames() throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "loop"));
        List<String> threads = new CopyOnWriteArrayList<>();
        Observer where = threadsOfReplies(threads);
        try (SqliteConversationStore store = SqliteConversationStore.open(data);
             Conversations c = new Conversations(store, new Conversations.Settings(2, 10), where, Clock.systemUTC())) {
            c.swap(new FakeDialogue());
            // the loop is held until the caller has chained on the future: an outcome already complete when chained
            // on would run the caller's step on the caller's own thread, whatever thread completed it
            CountDownLatch chained = new CountDownLatch(1);
            loop.execute(() -> awaitQuietly(chained));
            CompletableFuture<Outcome> first = c.receive(new Message("c", "hi", "m-1", null), loop)
                    .whenComplete((o, t) -> threads.add("caller " + Thread.currentThread().getName()));
            CompletableFuture<Outcome> second = c.receive(new Message("c", "again", "m-2", null), loop);
            chained.countDown();
            assertEquals("turn 1: hi", assertInstanceOf(Answered.class, get(first)).reply().text());
            assertEquals("turn 2: again", assertInstanceOf(Answered.class, get(second)).reply().text());
            assertEquals(List.of("observer loop", "caller loop", "observer loop"), threads);
            assertEquals(0, c.inFlight());
        } finally {
            loop.shutdown();
        }
    }

    /**
     * A store that has completed the commit before the worker chains on it (a fast disk, a busy worker): the outcome is
     * still told on the transport's executor, not on the worker that happened to chain last.
     */
    @Test
    void anOutcomeCompletedBeforeTheWorkerChainsIsStillToldOnTheTransportsExecutor() throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "loop"));
        List<String> threads = new CopyOnWriteArrayList<>();
        Observer where = threadsOfReplies(threads);
        try (SqliteConversationStore sqlite = SqliteConversationStore.open(data);
             Conversations c = new Conversations(new ForwardingStore(sqlite) {
                 @Override
                 public CompletableFuture<Reply> turn(String conversationId, String msgId, java.util.concurrent.Executor tellOn,
                                                      java.util.function.Function<dev.xiaoer.store.Arrival, Exchange> decide) {
                     CompletableFuture<Reply> stored = super.turn(conversationId, msgId, tellOn, decide);
                     stored.handle((r, t) -> r).join(); // complete before the caller chains on it
                     return stored;
                 }
             }, new Conversations.Settings(1, 10), where, Clock.systemUTC())) {
            c.swap(new FakeDialogue());
            Outcome first = get(c.receive(new Message("c", "hi", "m-1", null), loop));
            Outcome again = get(c.receive(new Message("c", "hi", "m-1", null), loop));
            assertEquals("turn 1: hi", assertInstanceOf(Answered.class, first).reply().text());
            assertInstanceOf(Duplicate.class, again);
            assertEquals(List.of("observer loop", "observer loop"), threads);
            assertEquals(0, c.inFlight());
        } finally {
            loop.shutdown();
        }
    }

    /**
     * A transport executor that fails to take the outcome with something other than a rejection (a broken executor):
     * the outcome is told where it is, never lost, and the conversation's next message is answered.
     */
    @Test
    void anOutcomeIsToldHereWhenTheTransportsExecutorFailsToTakeIt() throws Exception {
        java.util.concurrent.Executor broken = r -> {
            throw new IllegalStateException("broken executor");
        };
        try (SqliteConversationStore sqlite = SqliteConversationStore.open(data);
             Conversations c = new Conversations(new ForwardingStore(sqlite) {
                 @Override
                 public CompletableFuture<Reply> commitAsync(Exchange exchange) {
                     return CompletableFuture.completedFuture(sqlite.commit(exchange)); // completed on the worker
                 }
             }, new Conversations.Settings(1, 10), observer, Clock.systemUTC())) {
            c.swap(new FakeDialogue());
            assertInstanceOf(Answered.class, get(c.receive(new Message("c", "hi", "m-1", null), broken)));
            assertInstanceOf(Answered.class, get(c.receive(new Message("c", "again", "m-2", null), broken)));
            assertEquals(0, c.inFlight());
        }
    }

    @Test
    void notReadyWithoutADialogueAndShuttingDownOnceClosing() throws Exception {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            Conversations c = new Conversations(store, new Conversations.Settings(1, 0), observer, Clock.systemUTC());
            assertEquals(Rejected.NOT_READY, get(c.receive(new Message("c", "hi", null, null))));
            c.swap(new FakeDialogue());
            c.close(Duration.ZERO);
            assertEquals(Optional.of(Rejected.SHUTTING_DOWN), c.refusal());
            assertEquals(Rejected.SHUTTING_DOWN, get(c.receive(new Message("c", "hi", null, null))));
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> c.inOrder("c", () -> "staff work").get(10, TimeUnit.SECONDS));
            assertEquals(Rejected.SHUTTING_DOWN, assertInstanceOf(ConversationOrder.Refused.class, refused.getCause()).reason());
            assertTrue(store.transcript("c").isEmpty());
            assertTrue(heard.isEmpty());
        }
    }

    @Test
    void busyBeyondWorkersAndQueue() throws Exception {
        try (SqliteConversationStore store = SqliteConversationStore.open(data);
             Conversations c = new Conversations(store, new Conversations.Settings(1, 1), observer, Clock.systemUTC())) {
            c.swap(new FakeDialogue());
            List<CompletableFuture<Outcome>> slow = new ArrayList<>();
            slow.add(c.receive(new Message("a", "sleep:300", null, null)));
            slow.add(c.receive(new Message("b", "sleep:300", null, null)));
            assertEquals(Rejected.BUSY, get(c.receive(new Message("c", "hi", null, null))));
            for (CompletableFuture<Outcome> f : slow) {
                assertInstanceOf(Answered.class, get(f));
            }
            assertTrue(store.transcript("c").isEmpty());
            assertInstanceOf(Answered.class, get(c.receive(new Message("c", "hi", null, null))), "room again");
        }
    }

    @Test
    void aFailingStoreOrDialogueIsARejectionAndNothingIsStored() throws Exception {
        try (SqliteConversationStore sqlite = SqliteConversationStore.open(data);
             Conversations c = new Conversations(new ForwardingStore(sqlite) {
                 @Override
                 public CompletableFuture<Reply> commitAsync(Exchange exchange) {
                     return CompletableFuture.failedFuture(new StoreException("cannot write", new SQLException("full")));
                 }
             }, new Conversations.Settings(1, 0), observer, Clock.systemUTC())) {
            c.swap(new FakeDialogue());
            assertEquals(Rejected.STORE_UNAVAILABLE, get(c.receive(new Message("c", "hi", "m", null))));
            assertEquals(Rejected.FAILED, get(c.receive(new Message("c", "boom", "m", null))));
            assertTrue(sqlite.transcript("c").isEmpty());
            assertTrue(heard.isEmpty());
            assertEquals(0, c.inFlight());
        }
    }

    @Test
    void aFailingObserverDoesNotHoldBackAStoredReply() throws Exception {
        Observer broken = new Observer() {
            @Override
            public void replied(Message message, Reply reply, boolean duplicate, long nanos) {
                throw new IllegalStateException("metrics are down");
            }

            @Override
            public void storeCall(long nanos) {
            }
        };
        try (SqliteConversationStore store = SqliteConversationStore.open(data);
             Conversations c = new Conversations(store, new Conversations.Settings(1, 0), broken, Clock.systemUTC())) {
            c.swap(new FakeDialogue());
            Reply reply = assertInstanceOf(Answered.class, get(c.receive(new Message("c", "转人工", null, null)))).reply();
            assertEquals(Kind.HANDOFF, reply.kind());
        }
    }
}
