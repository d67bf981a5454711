package dev.xiaoer.conversation;

import dev.xiaoer.conversation.Outcome.Answered;
import dev.xiaoer.conversation.Outcome.Duplicate;
import dev.xiaoer.conversation.Outcome.Rejected;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.StoreException;
import dev.xiaoer.store.StoreHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message use case, whatever brought the message: it waits its turn in its conversation, the
 * current {@link Dialogue} answers it from the conversation's stored session, and the new session,
 * the transcript and the reply are committed durably before the reply is handed back. One
 * conversation's messages run one at a time in arrival order; different conversations run in
 * parallel on a bounded pool. A repeated msgId gets the stored reply and changes nothing.
 *
 * <p>Every message ends in an {@link Outcome} (the future never fails); each transport (the HTTP
 * API, an IM channel) turns outcomes into its own answers. What happens is reported to the
 * {@link Observer}.
 */
public final class Conversations implements ConversationOrder, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    /**
     * @param workers threads running dialogue and store work
     * @param queue   messages that may wait for a worker; beyond it messages are {@link Rejected#BUSY}
     */
    public record Settings(int workers, int queue) {
        public Settings {
            if (workers < 1 || queue < 0) {
                throw new IllegalArgumentException("workers must be at least 1 and queue at least 0");
            }
        }
    }

    private final ConversationStore store;
    private final Observer observer;
    private final Clock clock;
    private final AtomicReference<Dialogue> dialogue = new AtomicReference<>();
    private final ThreadPoolExecutor executor;
    private final ConversationLanes lanes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int capacity;
    private volatile boolean closing;

    public Conversations(ConversationStore store, Settings settings, Observer observer, Clock clock) {
        this.store = store;
        this.observer = observer;
        this.clock = clock;
        this.capacity = settings.workers() + settings.queue();
        AtomicInteger threads = new AtomicInteger();
        // Only lane heads wait here, and admission keeps them at most `capacity`: it never fills.
        this.executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, capacity)), r -> {
                    Thread t = new Thread(r, "xiaoer-worker-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.lanes = new ConversationLanes(executor);
    }

    /** Makes {@code next} the dialogue for every message from now on; returns the one it replaces, or null. */
    public Dialogue swap(Dialogue next) {
        return dialogue.getAndSet(next);
    }

    /** The dialogue messages are answered with, once the knowledge is loaded. */
    public Optional<Dialogue> dialogue() {
        return Optional.ofNullable(dialogue.get());
    }

    /**
     * Why a message arriving now would be turned away, capacity aside: {@link Rejected#SHUTTING_DOWN},
     * {@link Rejected#NOT_READY}, or {@link Rejected#STORE_UNAVAILABLE} while the store cannot write
     * (its reply could not be committed, so it is not worked out); empty when messages are being answered.
     */
    public Optional<Rejected> refusal() {
        if (closing) {
            return Optional.of(Rejected.SHUTTING_DOWN);
        }
        if (dialogue.get() == null) {
            return Optional.of(Rejected.NOT_READY);
        }
        return store.health().writable() ? Optional.empty() : Optional.of(Rejected.STORE_UNAVAILABLE);
    }

    /** The store's health: whether it can write, and what its integrity check found. */
    public StoreHealth storeHealth() {
        return store.health();
    }

    /** Messages and staff work accepted and not yet done. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Queues a message on its conversation's lane; the future completes with its outcome, never exceptionally. */
    public CompletableFuture<Outcome> receive(Message message) {
        return receive(message, null);
    }

    /**
     * {@link #receive(Message)}, with the outcome of a committed message handed to {@code replyOn}: the
     * thread that sends the reply (a connection's event loop). The store then completes the commit
     * there (the SQLite store hands all of a group commit's completions for one executor over in one
     * task), so the observer, the lane's next message and what the caller chains on the future run on
     * it without a hand-over of their own. An outcome completed on the worker (a store that completes
     * on the calling thread, a duplicate seen at arrival, a commit that completed before the worker
     * chained on it) is handed to {@code replyOn} too. Null: as {@link #receive(Message)}. Outcomes
     * refused before the message is queued (busy, shutting down) complete at once, on the caller.
     * {@code replyOn} must never block waiting for an outcome of this service: the conversation's next
     * message waits for the outcome to be told there.
     */
    public CompletableFuture<Outcome> receive(Message message, Executor replyOn) {
        long start = System.nanoTime();
        Instant arrived = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Rejected> refused = refusal();
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(refused.get());
        }
        if (inFlight.incrementAndGet() > capacity) {
            inFlight.decrementAndGet();
            return CompletableFuture.completedFuture(Rejected.BUSY);
        }
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        lanes.submit(message.conversationId(), new ConversationLanes.Task() {
            @Override
            public CompletionStage<?> start() {
                // The worker does not wait for the disk: it goes on with other conversations while the
                // store's writer commits this exchange together with the others queued meanwhile. What
                // follows the commit (the observer, handing the outcome to the transport) runs where the
                // store completes it, at once, not queued behind new messages.
                // (when the store has completed before this worker chains on it, what is chained runs here, on the
                // worker: then the outcome is handed to replyOn, as the store would have told it there)
                // (the lane goes on once the outcome is told, wherever that is)
                Thread worker = Thread.currentThread();
                CompletableFuture<Void> told = new CompletableFuture<>();
                answered(message, arrived, replyOn).whenComplete((outcome, failure) -> {
                    Runnable tell = () -> {
                        try {
                            finish(outcome, failure);
                        } finally {
                            told.complete(null);
                        }
                    };
                    if (replyOn != null && Thread.currentThread() == worker) {
                        tellOn(replyOn, tell);
                    } else {
                        tell.run();
                    }
                });
                return told;
            }

            private void finish(Outcome outcome, Throwable failure) {
                Outcome o = Rejected.FAILED;
                try {
                    o = outcome != null ? outcome : failed(message, failure);
                    observe(message, o, System.nanoTime() - start);
                } finally {
                    inFlight.decrementAndGet(); // before the sender hears: its next message finds the room
                    result.complete(o);
                }
            }

            @Override
            public void rejected(RuntimeException cause) {
                inFlight.decrementAndGet();
                result.complete(Rejected.SHUTTING_DOWN);
            }
        });
        return result;
    }

    /**
     * Runs {@code work} on the conversation's lane, after the messages already accepted for it: staff
     * actions (handing a conversation back) never race a message. The lane reaches it only once the
     * previous message's asynchronous commit has completed, so {@code work} reads what that message
     * stored; {@code work} itself runs synchronously, and the lane's next task (a message or more staff
     * work) starts only after it has returned, so whatever it stored (a
     * {@link ConversationStore#saveSession} goes through the same writer queue as message commits and
     * returns once durable) is in place before the next message reads the session. Counted as in
     * flight, so a graceful stop waits for it.
     */
    @Override
    public <T> CompletableFuture<T> inOrder(String conversationId, Supplier<T> work) {
        if (closing) {
            return CompletableFuture.failedFuture(new Refused(Rejected.SHUTTING_DOWN));
        }
        inFlight.incrementAndGet();
        CompletableFuture<T> result = new CompletableFuture<>();
        lanes.submit(conversationId, new ConversationLanes.Task() {
            @Override
            public CompletionStage<?> start() {
                try {
                    result.complete(work.get());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                } finally {
                    inFlight.decrementAndGet();
                }
                return null; // done: the lane moves on at once
            }

            @Override
            public void rejected(RuntimeException cause) {
                inFlight.decrementAndGet();
                result.completeExceptionally(new Refused(Rejected.SHUTTING_DOWN));
            }
        });
        return result;
    }

    private CompletableFuture<Outcome> answered(Message message, Instant arrived, Executor replyOn) {
        try {
            return answer(message, arrived, replyOn);
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    /**
     * Answers the message and queues the exchange for a durable commit, as one {@link ConversationStore#turn}
     * (a store shared by several nodes holds the conversation's lock meanwhile); the future completes
     * once it is stored.
     */
    private CompletableFuture<Outcome> answer(Message message, Instant arrived, Executor replyOn) {
        String cid = message.conversationId();
        String msgId = message.msgId();
        Reply[] answer = new Reply[1];
        long[] commitStart = {System.nanoTime()};
        long arrivalStart = commitStart[0];
        return store.turn(cid, msgId, replyOn, known -> {
            observer.storeCall(System.nanoTime() - arrivalStart);
            Session session = known.session().orElse(null);
            Turn turn = dialogue.get().handle(session, cid, message.text(), arrived);
            if (turn == null || turn.session() == null || turn.reply() == null) {
                throw new IllegalStateException("the dialogue returned no session or reply");
            }
            Reply reply = turn.reply().withMsgId(msgId);
            if (!cid.equals(reply.conversationId())) {
                reply = new Reply(cid, msgId, reply.kind(), reply.text(), reply.faqId(), reply.confidence(),
                        reply.options(), reply.flow(), reply.related());
            }
            answer[0] = reply;
            commitStart[0] = System.nanoTime();
            // a silent reply (the conversation is with a person) has nothing to push
            return new Exchange(cid, msgId, message.senderId(), message.text(), arrived, turn.session(), reply,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), reply.text().isBlank() ? null : message.outbound());
        }).thenApply(stored -> {
            if (answer[0] == null) { // answered before: the dialogue did not run
                observer.storeCall(System.nanoTime() - arrivalStart);
                return new Duplicate(stored);
            }
            observer.storeCall(System.nanoTime() - commitStart[0]);
            // the store keeps the first reply to a msgId: another copy of this message got in first
            return stored == answer[0] ? new Answered(stored) : new Duplicate(stored);
        });
    }

    /**
     * Runs {@code tell} on {@code replyOn}, or here when that executor refuses it (its event loop shut down) or fails
     * to take it: an outcome is never lost to the executor it was meant for (as {@code GroupCommitWriter} tells).
     */
    private static void tellOn(Executor replyOn, Runnable tell) {
        try {
            replyOn.execute(tell);
        } catch (RuntimeException e) {
            tell.run();
        }
    }

    private static Rejected failed(Message message, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof StoreException) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("the store cannot write")) {
                // the store has logged why, once; a stack per message would bury it
                log.warn("conversation={} not stored: {}", message.conversationId(), cause.getMessage());
            } else {
                log.error("conversation={} store failure: {}", message.conversationId(), cause.toString(), cause);
            }
            return Rejected.STORE_UNAVAILABLE;
        }
        log.error("conversation={} failed: {}", message.conversationId(), cause.toString(), cause);
        return Rejected.FAILED;
    }

    /** Tells the observer about a reply; the reply is stored, so a failing observer must not hold it back. */
    private void observe(Message message, Outcome outcome, long nanos) {
        try {
            if (outcome instanceof Answered a) {
                observer.replied(message, a.reply(), false, nanos);
            } else if (outcome instanceof Duplicate d) {
                observer.replied(message, d.reply(), true, nanos);
            }
        } catch (RuntimeException e) {
            log.warn("conversation={} the observer failed: {}", message.conversationId(), e.toString(), e);
        }
    }

    /**
     * Stops taking messages and waits up to {@code timeout} for those accepted to be answered; the
     * store is the caller's to close afterwards.
     */
    public void close(Duration timeout) {
        closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleep(5);
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                log.warn("{} messages still running at shutdown", inFlight.get());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(20));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
