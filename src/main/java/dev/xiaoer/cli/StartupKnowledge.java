package dev.xiaoer.cli;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * {@code serve}'s first knowledge, read and its dialogue built on a thread of its own from the moment
 * the command starts, while the store opens and the server starts listening: start-up then takes the
 * longer of the two rather than their sum (docs/benchmarks.md, start-up). The reloader's first load
 * takes the knowledge read here, and its first install the dialogue built here; later reloads read
 * and build afresh, as before.
 */
final class StartupKnowledge {
    /** The knowledge read, and its dialogue or why it could not be built (null both when the knowledge is invalid). */
    private record Built(KnowledgeLoader.Result loaded, Dialogue dialogue, RuntimeException failed) {
    }

    private final Supplier<KnowledgeLoader.Result> loader;
    private final DialogueFactory dialogues;
    private final Duration sessionTtl;
    private final CompletableFuture<Built> ahead;
    private final AtomicBoolean loadTaken = new AtomicBoolean();

    private StartupKnowledge(Supplier<KnowledgeLoader.Result> loader, DialogueFactory dialogues, Duration sessionTtl) {
        this.loader = loader;
        this.dialogues = dialogues;
        this.sessionTtl = sessionTtl;
        this.ahead = CompletableFuture.supplyAsync(this::build, task -> {
            Thread t = new Thread(task, "xiaoer-startup-knowledge");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Starts reading the knowledge with {@code loader} and building its dialogue, and returns at once. */
    static StartupKnowledge start(Supplier<KnowledgeLoader.Result> loader, DialogueFactory dialogues, Duration sessionTtl) {
        return new StartupKnowledge(loader, dialogues, sessionTtl);
    }

    private Built build() {
        KnowledgeLoader.Result loaded = loader.get();
        if (!loaded.ok()) {
            return new Built(loaded, null, null);
        }
        try {
            return new Built(loaded, dialogues.create(loaded.knowledge(), sessionTtl), null);
        } catch (RuntimeException e) { // thrown where the reloader installs it: a failed build, as without this class
            return new Built(loaded, null, e);
        }
    }

    /** The reloader's loader: the knowledge read ahead the first time (waiting for it), then a fresh read. */
    KnowledgeLoader.Result load() {
        return loadTaken.compareAndSet(false, true) ? join().loaded() : loader.get();
    }

    /** The reloader's dialogue: the one built ahead when {@code kb} is the knowledge it was built for, else a new one. */
    Dialogue dialogue(KnowledgeBase kb) {
        if (ahead.isDone() && !ahead.isCompletedExceptionally()) {
            Built built = ahead.join();
            if (built.loaded().knowledge() == kb) {
                if (built.failed() != null) {
                    throw built.failed();
                }
                return built.dialogue();
            }
        }
        return dialogues.create(kb, sessionTtl);
    }

    private Built join() {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
