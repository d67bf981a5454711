package dev.xiaoer.server;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.staff.ConversationOrder;
import dev.xiaoer.store.Arrival;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.Exchange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers seller messages off the network threads: each message runs the current {@link Dialogue}
 * on the conversation's stored session and commits the new session, the transcript and the reply
 * before the reply is handed back. One conversation's messages run one at a time in arrival order;
 * different conversations run in parallel on a bounded pool. A repeated msgId gets the stored
 * reply and changes nothing.
 */
public final class MessageService implements ConversationOrder, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MessageService.class);

    /**
     * @param workers  threads running dialogue and store work
     * @param queue    messages that may wait for a worker; beyond it the service answers 503
     * @param logText  whether the per-message log line includes the seller's text
     */
    public record Settings(int workers, int queue, boolean logText) {
        public Settings {
            if (workers < 1 || queue < 0) {
                throw new IllegalArgumentException("workers must be at least 1 and queue at least 0");
            }
        }
    }

    /** A reply, and whether it was a stored one given again for a repeated msgId. */
    public record Result(Reply reply, boolean replay) {
    }

    private final ConversationStore store;
    private final Metrics metrics;
    private final Settings settings;
    private final Clock clock;
    private final AtomicReference<Dialogue> dialogue = new AtomicReference<>();
    private final ThreadPoolExecutor executor;
    private final ConversationLanes lanes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int capacity;
    private volatile boolean closing;

    public MessageService(ConversationStore store, Metrics metrics, Settings settings, Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.settings = settings;
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
        metrics.inFlight(inFlight::get);
    }

    /** Makes {@code next} the dialogue for every message from now on; returns the one it replaces, or null. */
    public Dialogue swap(Dialogue next) {
        Dialogue previous = dialogue.getAndSet(next);
        metrics.knowledgeVersion(next == null ? null : next.knowledge().version());
        return previous;
    }

    /** The dialogue messages are answered with, once the knowledge is loaded. */
    public Optional<Dialogue> dialogue() {
        return Optional.ofNullable(dialogue.get());
    }

    /** True once a dialogue is in place (the knowledge is loaded) and the service is not shutting down. */
    public boolean ready() {
        return dialogue.get() != null && !closing;
    }

    /** Messages accepted and not yet answered. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Queues a message on its conversation's lane. The future fails with an error the server turns
     * into a 503 when the service is not ready, shutting down or full.
     */
    public CompletableFuture<Result> submit(MessageRequest request) {
        long start = System.nanoTime();
        Instant arrived = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (closing) {
            return CompletableFuture.failedFuture(new ApiError(503, "shutting_down", "the service is shutting down", 1));
        }
        if (dialogue.get() == null) {
            return CompletableFuture.failedFuture(new ApiError(503, "not_ready", "the knowledge is still loading", 1));
        }
        if (inFlight.incrementAndGet() > capacity) {
            inFlight.decrementAndGet();
            return CompletableFuture.failedFuture(new ApiError(503, "overloaded",
                    "too many messages waiting; retry shortly", 1));
        }
        CompletableFuture<Result> result = new CompletableFuture<>();
        lanes.submit(request.conversationId(), new ConversationLanes.Task() {
            @Override
            public CompletionStage<?> start() {
                CompletableFuture<Result> stored = processed(request, arrived);
                // The worker does not wait for the disk: it goes on with other conversations while the
                // store's writer commits this exchange together with the others queued meanwhile. What
                // follows the commit (metrics, log line, handing the reply to the network thread) runs
                // where the store completes it, at once, not queued behind new messages.
                return stored.handle((r, t) -> finish(stored));
            }

            private Void finish(CompletableFuture<Result> stored) {
                try {
                    Result r = stored.join();
                    long nanos = System.nanoTime() - start;
                    metrics.message(r.reply().kind(), r.replay(), nanos);
                    logLine(request, r, nanos);
                    result.complete(r);
                } catch (CompletionException e) {
                    result.completeExceptionally(e.getCause() == null ? e : e.getCause());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                } finally {
                    inFlight.decrementAndGet();
                }
                return null;
            }

            @Override
            public void rejected(RuntimeException cause) {
                inFlight.decrementAndGet();
                result.completeExceptionally(new ApiError(503, "shutting_down", "the service is shutting down", 1));
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
            return CompletableFuture.failedFuture(new ApiError(503, "shutting_down", "the service is shutting down", 1));
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
                result.completeExceptionally(new ApiError(503, "shutting_down", "the service is shutting down", 1));
            }
        });
        return result;
    }

    private CompletableFuture<Result> processed(MessageRequest request, Instant arrived) {
        try {
            return process(request, arrived);
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    /** Answers the message and queues the exchange for a durable commit; the future completes once it is stored. */
    private CompletableFuture<Result> process(MessageRequest request, Instant arrived) {
        String cid = request.conversationId();
        String msgId = request.msgId();
        Arrival known = timed(() -> store.arrival(cid, msgId));
        if (known.earlier().isPresent()) {
            return CompletableFuture.completedFuture(new Result(known.earlier().get(), true));
        }
        Session session = known.session().orElse(null);
        Turn turn = dialogue.get().handle(session, cid, request.text(), arrived);
        if (turn == null || turn.session() == null || turn.reply() == null) {
            throw new IllegalStateException("the dialogue returned no session or reply");
        }
        Reply reply = turn.reply().withMsgId(msgId);
        if (!cid.equals(reply.conversationId())) {
            reply = new Reply(cid, msgId, reply.kind(), reply.text(), reply.faqId(), reply.confidence(),
                    reply.options(), reply.flow(), reply.related());
        }
        Exchange exchange = new Exchange(cid, msgId, request.senderId(), request.text(), arrived, turn.session(),
                reply, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Reply answer = reply;
        long commitStart = System.nanoTime();
        return store.commitAsync(exchange).thenApply(stored -> {
            metrics.storeCall(System.nanoTime() - commitStart);
            return new Result(stored, stored != answer);
        });
    }

    private <T> T timed(Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            metrics.storeCall(System.nanoTime() - start);
        }
    }

    private void logLine(MessageRequest request, Result r, long nanos) {
        if (!log.isInfoEnabled()) {
            return;
        }
        LogLine line = new LogLine()
                .add("event", "message")
                .add("conversation", request.conversationId())
                .add("msgId", request.msgId())
                .add("kind", r.reply().kind().wire())
                .add("faqId", r.reply().faqId())
                .add("confidence", r.reply().confidence(), 3)
                .add("flow", r.reply().flow() == null ? null : r.reply().flow().id() + "/" + r.reply().flow().step())
                .add("replay", String.valueOf(r.replay()))
                .add("latencyMs", nanos / 1e6, 1);
        if (settings.logText()) {
            line.add("text", request.text());
        }
        log.info(line.toString());
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
