package dev.xiaoer.outbox;

import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.OutboxStore;
import dev.xiaoer.store.OutboxUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: the replies committed with their turns to be pushed. One dispatcher thread
 * picks what is due (each conversation's oldest pending reply, so replies arrive in order), holds
 * back what a platform's rate limit does not allow yet, and hands each item to its channel's
 * {@link Courier} on a small pool of senders. A failure is retried with exponential backoff and
 * jitter; after {@link OutboxSettings#maxAttempts}, or at once when it can never work, the item
 * becomes a dead letter. Every outcome is stored (by the dispatcher, batched) before the
 * conversation's next reply is tried.
 *
 * <p>At least once: an item is marked sent only after its receiver said so, so a process killed
 * mid-delivery sends it again after the restart, under the same delivery id.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int BATCH = 64;
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    /** An item of a channel that is off in this process waits this long before it is looked at again. */
    private static final Duration CHANNEL_OFF_WAIT = Duration.ofMinutes(5);

    private final OutboxStore store;
    private final Map<String, Courier> couriers;
    private final OutboxSettings settings;
    private final Clock clock;
    private final OutboxStats stats = new OutboxStats();
    private final Semaphore wake = new Semaphore(0);
    private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
    private final ExecutorService senders;
    private final Thread dispatcher;
    private final SendWindows windows = new SendWindows();
    /** Conversations with an item being sent, and until its outcome is stored: dispatcher thread only. */
    private final Map<String, Long> sending = new HashMap<>();
    private volatile boolean closing;
    private Instant lastPrune = Instant.EPOCH;
    private Instant lastCount = Instant.EPOCH;
    private volatile Map<OutboxItem.State, Long> counts = Map.of();

    /** An outcome waiting to be stored; {@code conversationId} is null for one that frees no conversation. */
    private record Done(String conversationId, OutboxUpdate update) {
    }

    public Outbox(OutboxStore store, List<Courier> couriers, OutboxSettings settings, Clock clock) {
        this.store = store;
        this.couriers = couriers.stream().collect(Collectors.toUnmodifiableMap(Courier::channel, Function.identity()));
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.senders(), r -> {
            Thread t = new Thread(r, "outbox-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.dispatcher = new Thread(this::loop, "outbox-dispatcher");
        dispatcher.setDaemon(true);
    }

    /** Starts delivering, beginning with whatever an earlier run left pending. */
    public Outbox start() {
        dispatcher.start();
        return this;
    }

    /** Something may be due now (a turn with a reply to push was just committed). */
    public void wake() {
        wake.release();
    }

    /**
     * The reply of {@code deliveryId} reached its receiver another way (a passive reply in the
     * platform's HTTP response): the sender will not push it.
     */
    public void settle(String deliveryId) {
        done.add(new Done(null, new OutboxUpdate.Settled(deliveryId, clock.instant())));
        wake();
    }

    /** How many items are in each state, as the dispatcher last counted (at most a second or so ago). */
    public Map<OutboxItem.State, Long> counts() {
        return counts;
    }

    /** The counts for {@code /metrics}. */
    public OutboxStats stats() {
        return stats;
    }

    /** The channels it has a courier for. */
    public List<String> channels() {
        return couriers.keySet().stream().sorted().toList();
    }

    private void loop() {
        while (!closing) {
            Duration wait = IDLE;
            try {
                storeOutcomes();
                wait = dispatch(clock.instant());
                count();
                prune();
            } catch (RuntimeException e) {
                log.warn("outbox: {}; trying again shortly", e.toString());
            }
            try {
                if (wake.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stores the outcomes that came in, then lets their conversations' next items go. */
    private void storeOutcomes() {
        List<Done> batch = new ArrayList<>();
        for (Done d = done.peek(); d != null && batch.size() < 1_000; d = done.peek()) {
            batch.add(done.poll());
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.record(batch.stream().map(Done::update).toList());
        } catch (RuntimeException e) {
            // kept, in order, for the next round; their conversations stay held meanwhile
            List<Done> rest = new ArrayList<>(done);
            done.clear();
            done.addAll(batch);
            done.addAll(rest);
            throw e;
        }
        for (Done d : batch) {
            if (d.conversationId() != null) {
                sending.remove(d.conversationId());
            }
        }
    }

    /** Starts what is due and allowed; returns how long to wait before looking again. */
    private Duration dispatch(Instant now) {
        Duration wait = IDLE;
        for (OutboxItem item : store.due(now, BATCH)) {
            if (sending.containsKey(item.conversationId())) {
                continue; // its outcome wakes us
            }
            Courier courier = couriers.get(item.channel());
            if (courier == null) {
                sending.put(item.conversationId(), item.id());
                done.add(new Done(item.conversationId(), new OutboxUpdate.Retry(item.id(), item.attempts(),
                        now.plus(CHANNEL_OFF_WAIT), "the " + item.channel() + " channel is off in this process")));
                wake();
                continue;
            }
            Duration limited = windows.reserve(item.channel() + ":" + item.rateKey(), courier.rateLimit(), now);
            if (!limited.isZero()) {
                // not due until its window allows it, so that it does not hold up what is due behind it
                stats.rateLimited(item.channel());
                sending.put(item.conversationId(), item.id());
                done.add(new Done(item.conversationId(), new OutboxUpdate.Retry(item.id(), item.attempts(),
                        now.plus(limited), item.lastError())));
                wake();
                continue;
            }
            sending.put(item.conversationId(), item.id());
            senders.execute(() -> send(courier, item));
        }
        Optional<Instant> next = store.nextDue();
        if (next.isPresent() && next.get().isAfter(now)) {
            wait = min(wait, Duration.between(now, next.get()));
        }
        return wait;
    }

    private void send(Courier courier, OutboxItem item) {
        Attempt attempt;
        try {
            attempt = courier.deliver(item);
        } catch (RuntimeException e) {
            attempt = Attempt.retry("the " + item.channel() + " courier failed: " + e.getClass().getSimpleName());
            log.warn("outbox: delivery={} courier failed", item.deliveryId(), e);
        }
        Instant now = clock.instant();
        OutboxUpdate update;
        if (attempt instanceof Attempt.Failed f) {
            int attempts = item.attempts() + 1;
            if (f.retryable() && attempts < settings.maxAttempts()) {
                Duration wait = settings.backoff(attempts, ThreadLocalRandom.current().nextDouble());
                if (f.retryAfter() != null && f.retryAfter().compareTo(wait) > 0) {
                    wait = f.retryAfter();
                }
                update = new OutboxUpdate.Retry(item.id(), attempts, now.plus(wait), f.reason());
                stats.count(item.channel(), OutboxStats.RETRIED);
                log.info("outbox: event=retry delivery={} channel={} conversation={} attempt={} next_in_ms={} reason=\"{}\"",
                        item.deliveryId(), item.channel(), item.conversationId(), attempts, wait.toMillis(), f.reason());
            } else {
                update = new OutboxUpdate.Dead(item.id(), attempts, now, f.reason());
                stats.count(item.channel(), OutboxStats.DEAD);
                log.warn("outbox: event=dead_letter delivery={} channel={} conversation={} attempts={} reason=\"{}\"",
                        item.deliveryId(), item.channel(), item.conversationId(), attempts, f.reason());
            }
        } else {
            update = new OutboxUpdate.Sent(item.id(), now);
            stats.count(item.channel(), OutboxStats.SENT);
            stats.latency(Duration.between(item.createdAt(), now));
        }
        done.add(new Done(item.conversationId(), update));
        wake();
    }

    /** Counts the items by state for the metrics, at most once a second, off the threads that serve requests. */
    private void count() {
        Instant now = clock.instant();
        if (Duration.between(lastCount, now).compareTo(Duration.ofSeconds(1)) >= 0) {
            lastCount = now;
            counts = Map.copyOf(store.counts());
        }
    }

    private void prune() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPrune = now;
        int pruned = store.prune(now.minus(settings.keepSent()));
        if (pruned > 0) {
            log.info("outbox: pruned {} items sent before {}", pruned, now.minus(settings.keepSent()));
        }
        windows.forgetIdle(now, Duration.ofHours(1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Stops picking items, waits up to {@code timeout} for the deliveries under way, and stores their
     * outcomes; anything unfinished stays pending for the next start.
     */
    public void close(Duration timeout) {
        if (closing) {
            return;
        }
        closing = true;
        wake();
        try {
            dispatcher.join(timeout.toMillis());
            senders.shutdown();
            if (!senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("outbox: deliveries still under way at shutdown; they are sent again on the next start");
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            senders.shutdownNow();
        }
        try {
            storeOutcomes();
        } catch (RuntimeException e) {
            log.warn("outbox: could not store the last delivery outcomes ({}); those items are sent again", e.toString());
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
