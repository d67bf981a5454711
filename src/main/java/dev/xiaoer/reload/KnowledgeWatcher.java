package dev.xiaoer.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a knowledge directory and its {@code faq/} and {@code flows/} subdirectories, and calls
 * {@code onChange} once edits have been quiet for {@code debounce} (an editor's save, or a
 * {@code git pull} touching many files, gives one reload). Subdirectories created later are watched
 * from then on. One daemon thread; {@link #close} stops it. Started by {@link KnowledgeReloader#watch}.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private static final List<String> SUBDIRS = List.of("faq", "flows");

    private final Path root;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService watch;
    private final Thread thread;
    private volatile boolean closed;

    private KnowledgeWatcher(Path root, Duration debounce, Runnable onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.onChange = onChange;
        this.watch = FileSystems.getDefault().newWatchService();
        register(this.root);
        for (String sub : SUBDIRS) {
            if (Files.isDirectory(this.root.resolve(sub))) {
                register(this.root.resolve(sub));
            }
        }
        this.thread = new Thread(this::loop, "xiaoer-knowledge-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code root} (a directory on the default file system). */
    static KnowledgeWatcher start(Path root, Duration debounce, Runnable onChange) throws IOException {
        KnowledgeWatcher w = new KnowledgeWatcher(root, debounce, onChange);
        w.thread.start();
        return w;
    }

    private void register(Path dir) throws IOException {
        dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void loop() {
        long pendingSince = -1;
        long quiet = Math.max(1, debounce.toMillis());
        while (!closed) {
            WatchKey key;
            try {
                key = pendingSince < 0 ? watch.take() : watch.poll(quiet, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                break;
            }
            if (key != null) {
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && dir.equals(root) && SUBDIRS.contains(name.toString())
                            && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                        try {
                            register(root.resolve(name));
                        } catch (IOException e) {
                            log.warn("cannot watch {}: {}", root.resolve(name), e.toString());
                        }
                    }
                }
                key.reset();
                pendingSince = System.nanoTime();
                continue; // wait until the edits are quiet
            }
            if (pendingSince >= 0) {
                pendingSince = -1;
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    log.error("knowledge reload after an edit failed", e);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException e) {
            log.debug("closing the watch service: {}", e.toString());
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
