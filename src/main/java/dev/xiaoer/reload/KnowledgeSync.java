package dev.xiaoer.reload;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge reloads across the nodes sharing one store: a reload an operator asked of one node
 * ({@code POST /admin/reload}) raises a generation number in the store, and every node polls it and
 * reloads its own files when it moved (trigger {@code "peer"}). Each node validates what it reads: a
 * node whose files are invalid keeps serving its old version, which {@code /readyz},
 * {@code /metrics} and {@code GET /admin/knowledge} show.
 */
public final class KnowledgeSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeSync.class);
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final LongSupplier generation;
    private final KnowledgeReloader reloader;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "knowledge-sync");
        t.setDaemon(true);
        return t;
    });
    /** The generation this node has reloaded for; the poller's only, after start. */
    private volatile long seen;

    private KnowledgeSync(LongSupplier generation, KnowledgeReloader reloader, long seen) {
        this.generation = generation;
        this.reloader = reloader;
        this.seen = seen;
    }

    /**
     * @param generation reads the store's generation
     * @param raise      raises it, returning the new one
     * @param every      how often to poll
     */
    public static KnowledgeSync start(LongSupplier generation, LongSupplier raise, KnowledgeReloader reloader,
                                      Duration every) {
        long now;
        try {
            now = generation.getAsLong();
        } catch (RuntimeException e) { // the store is down at this moment: the first poll that reads it takes it as seen
            now = UNKNOWN;
        }
        KnowledgeSync sync = new KnowledgeSync(generation, reloader, now);
        reloader.onReload(attempt -> {
            if ("admin".equals(attempt.trigger())) {
                sync.seen = raise.getAsLong(); // this node has it; the others follow
            }
        });
        sync.poller.scheduleWithFixedDelay(sync::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return sync;
    }

    private void poll() {
        try {
            long now = generation.getAsLong();
            if (seen == UNKNOWN) {
                seen = now;
            } else if (now != seen) {
                seen = now;
                ReloadAttempt attempt = reloader.reload("peer");
                log.info("knowledge: another node reloaded (generation {}); here: {}", now,
                        attempt.ok() ? "serving " + attempt.version() : "refused, still serving " + attempt.version());
            }
        } catch (RuntimeException e) {
            log.debug("knowledge: cannot read the generation now: {}", e.toString());
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
