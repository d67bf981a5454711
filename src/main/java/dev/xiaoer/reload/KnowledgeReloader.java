package dev.xiaoer.reload;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge reloading, at start-up, on {@code POST /admin/reload} and on edits ({@link #watch}): loads
 * the knowledge again and, only when it is valid and differs from what serves, hands it to
 * {@code install} (which builds the new dialogue and swaps it in atomically). Invalid knowledge is
 * refused whole: the old keeps serving, and {@link #status()} shows why, with {@code path:line}.
 * Reloads run one at a time.
 */
public final class KnowledgeReloader {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final Supplier<KnowledgeLoader.Result> loader;
    private final Consumer<KnowledgeBase> install;
    private final Clock clock;
    private final boolean watched;
    private volatile String location;
    private volatile String version;
    private volatile Instant loadedAt;
    private volatile ReloadAttempt last;
    private volatile long reloads;
    private volatile long unchanged;
    private volatile long failures;
    private volatile Consumer<ReloadAttempt> listener = a -> { };

    /**
     * Nothing serves until the first {@link #reload} (at start-up) installs valid knowledge.
     *
     * @param location where the loader reads, for the status until the first load names it
     * @param loader   loads and validates the knowledge directory
     * @param install  swaps a valid knowledge base in; may throw, which counts as a failed reload
     * @param watched  whether a watcher calls {@link #reload} on edits (shown in the status)
     */
    public KnowledgeReloader(String location, Supplier<KnowledgeLoader.Result> loader, Consumer<KnowledgeBase> install,
                             boolean watched, Clock clock) {
        this.location = location;
        this.loader = loader;
        this.install = install;
        this.clock = clock;
        this.watched = watched;
    }

    /**
     * Reloads (trigger {@code "watch"}) whenever files under {@code dir} change, once the edits have been
     * quiet for {@code debounce}, until the returned watcher is closed.
     */
    public KnowledgeWatcher watch(Path dir, Duration debounce) throws IOException {
        return KnowledgeWatcher.start(dir, debounce, () -> reload("watch"));
    }

    /** The version serving, or null before the first valid load. */
    public String version() {
        return version;
    }

    /** Tells {@code listener} of every attempt from now on, after it (one listener: the last one given). */
    public void onReload(Consumer<ReloadAttempt> listener) {
        this.listener = listener;
    }

    /** Loads the knowledge again; swaps it in when valid and changed. */
    public synchronized ReloadAttempt reload(String trigger) {
        Instant at = clock.instant();
        KnowledgeLoader.Result result;
        try {
            result = loader.get();
        } catch (RuntimeException e) {
            result = new KnowledgeLoader.Result(null, List.of(new Problem(location, 0,
                    "cannot read the knowledge: " + e.getMessage())), location);
        }
        location = result.location();
        ReloadAttempt attempt;
        if (!result.ok()) {
            failures++;
            attempt = new ReloadAttempt(at, trigger, false, false, version, result.problems());
            log.warn("knowledge reload ({}) refused: {} problem(s) in {}; still serving {}; first: {}", trigger,
                    result.problems().size(), location, version, result.problems().isEmpty() ? "-" : result.problems().get(0));
        } else if (result.knowledge().version().equals(version)) {
            unchanged++;
            attempt = new ReloadAttempt(at, trigger, true, false, version, List.of());
        } else {
            KnowledgeBase kb = result.knowledge();
            try {
                install.accept(kb);
                String previous = version;
                if (previous != null) {
                    reloads++; // the first load is not a reload
                }
                version = kb.version();
                loadedAt = at;
                attempt = new ReloadAttempt(at, trigger, true, true, version, List.of());
                log.info("knowledge reloaded ({}): {} -> {} from {} ({} FAQ entries, {} flows)", trigger, previous,
                        version, location, kb.faqs().size(), kb.flows().size());
            } catch (RuntimeException e) {
                failures++;
                attempt = new ReloadAttempt(at, trigger, false, false, version,
                        List.of(new Problem(location, 0, "cannot build the dialogue: " + e.getMessage())));
                log.error("knowledge reload ({}) failed building the dialogue; still serving {}", trigger, version, e);
            }
        }
        last = attempt;
        try {
            listener.accept(attempt);
        } catch (RuntimeException e) {
            log.warn("knowledge reload ({}): its listener failed: {}", trigger, e.toString());
        }
        return attempt;
    }

    public KnowledgeStatus status() {
        synchronized (this) {
            return new KnowledgeStatus(location, watched, version, loadedAt, last, reloads, unchanged, failures);
        }
    }

    /** Reloads that swapped new knowledge in. */
    public long reloads() {
        return reloads;
    }

    /** Reloads refused (invalid knowledge, or a dialogue that could not be built). */
    public long failures() {
        return failures;
    }

    /** Reloads that found nothing changed. */
    public long unchanged() {
        return unchanged;
    }
}
