package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's writer thread. Any thread queues writes; the writer takes whatever has queued up
 * while its last transaction ran and writes it in one transaction (group commit), so that many
 * conversations share each fsync. After each transaction it tells the session cache what was
 * stored, then the checkpointer how much, then hands the callers' futures to a completer thread,
 * which completes them in queue order: what callers chain on a write (replying, logging) never
 * runs on, nor delays, the next group commit.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 256;
    /** Queued by {@link #close} after the last write: the writer stops once it has written everything before. */
    private static final PendingWrite STOP = new PendingWrite(null, null, null, null, null);

    private final WriterConnection connection;
    private final CommittedSessions committed;
    private final Checkpointer checkpointer;
    private final BlockingQueue<PendingWrite> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final ExecutorService completer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-completer");
        t.setDaemon(true);
        return t;
    });
    private boolean closed; // guarded by this

    /**
     * Starts the writer thread.
     *
     * @param connection   closed by {@link #close}, after the last write
     * @param committed    the session cache: takes each write stored as given, drops the conversation of any other
     * @param checkpointer told how many writes each transaction held
     */
    GroupCommitWriter(WriterConnection connection, CommittedSessions committed, Checkpointer checkpointer) {
        this.connection = connection;
        this.committed = committed;
        this.checkpointer = checkpointer;
        this.thread = new Thread(this::loop, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code write} for the next group commit; its future fails at once when the writer is closed. */
    CompletableFuture<Reply> submit(PendingWrite write) {
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new StoreException("the store is closed", null));
            }
            queue.add(write);
        }
        return write.result();
    }

    private void loop() {
        List<PendingWrite> batch = new ArrayList<>(MAX_BATCH);
        boolean stop = false;
        while (!stop) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // only close() stops the writer, by queueing STOP after the last write
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                write(List.copyOf(batch));
            }
        }
    }

    /**
     * One group commit, and what follows it. The cache holds a conversation only as the file has it:
     * a write stored as given updates its entry; any other outcome drops it (a failed commit may yet
     * have reached the disk; a repeated msgId is rare), and the next message reads the file.
     */
    private void write(List<PendingWrite> batch) {
        WriteOutcome[] outcomes = connection.writeTogether(batch);
        for (int i = 0; i < outcomes.length; i++) {
            PendingWrite write = batch.get(i);
            if (outcomes[i].storedAsGiven()) {
                remember(write);
            } else {
                committed.forget(write.conversationId());
            }
        }
        checkpointer.written(batch.size());
        completer.execute(() -> {
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i].tell(batch.get(i));
            }
        });
    }

    /** Before anyone waiting for the write is told. Should the cache refuse it, the conversation is read from the file. */
    private void remember(PendingWrite write) {
        try {
            if (write.exchange() == null) {
                committed.sessionCommitted(write.session());
            } else {
                committed.exchangeCommitted(write.exchange());
            }
        } catch (RuntimeException e) {
            log.warn("store: cannot cache a committed session ({}); it will be read from the file", e.toString());
            committed.forget(write.conversationId());
        }
    }

    /**
     * Refuses new writes, writes those queued, closes the connection, and returns once every
     * caller has been told.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
        completer.shutdown();
        try {
            if (!completer.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("store: commit completions still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
