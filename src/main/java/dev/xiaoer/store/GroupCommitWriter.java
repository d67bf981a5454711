package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's writer thread. Any thread queues writes; the writer takes whatever has queued up
 * while its last transaction ran and writes it in one transaction (group commit), so that many
 * conversations share each fsync. After each transaction it tells the session cache what was
 * stored, then the checkpointer how much, then hands the callers' futures on to be completed, in
 * queue order: those of writes that name where they are to be told ({@link PendingWrite#tellOn}, the
 * event loop of the connection a message came on) to that executor, one task per executor and
 * commit, so that a loop is woken once for all its replies of a commit, not once each; the others
 * to a completer thread. What callers chain on a write (replying, logging) never runs on, nor
 * delays, the next group commit.
 *
 * <p>When nothing can be written (the disk is full, the file read-only: {@link WriterConnection#fault()}),
 * the writer reports itself {@link #unwritable()} and fails the writes that come meanwhile at once,
 * without touching the disk; it tries again after a backoff (0.1 s, doubling to 5 s), with the next
 * writes queued or, when none are, a probe, and is writable again as soon as one attempt commits:
 * no restart is needed once space is freed. A write is acknowledged only once its commit returned.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 256;
    private static final long FIRST_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Queued by {@link #close} after the last write: the writer stops once it has written everything before. */
    private static final PendingWrite STOP = new PendingWrite(null, null, null, null, null);

    private final WriterConnection connection;
    private final long gatherNanos;
    private final CommittedSessions committed;
    private final KnownConversations known;
    private final Checkpointer checkpointer;
    private final BlockingQueue<PendingWrite> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final ExecutorService completer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-completer");
        t.setDaemon(true);
        return t;
    });
    private boolean closed; // guarded by this
    /** Why nothing can be written now, or null; set by the writer thread, read by any. */
    private volatile String unwritable;
    private volatile Instant unwritableSince;
    /** While unwritable: when to try again, and the wait after that. Writer thread only. */
    private long nextAttemptNanos;
    private long backoffNanos;
    /** How many writes the last group commit held. Writer thread only. */
    private int lastBatch;
    /** When the last group commit began (System.nanoTime). Writer thread only. */
    private long lastCommitStart;

    /**
     * Starts the writer thread.
     *
     * @param connection   closed by {@link #close}, after the last write
     * @param gather       while writes come in a steady stream, the least time from one commit's start to
     *                     the next one's, for more writes to share each; zero: never wait
     * @param committed    the session cache: takes each write stored as given, drops the conversation of any other
     * @param known        the conversations the file may hold: each write's is added before its transaction begins
     * @param checkpointer told how many writes each transaction held
     */
    GroupCommitWriter(WriterConnection connection, Duration gather, CommittedSessions committed,
                      KnownConversations known, Checkpointer checkpointer) {
        this.connection = connection;
        this.gatherNanos = gather.toNanos();
        this.committed = committed;
        this.known = known;
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

    /** Why nothing can be written now ("the disk is full (SQLITE_FULL)"), or null while writes work. */
    String unwritable() {
        return unwritable;
    }

    /** Since when nothing could be written, or null. */
    Instant unwritableSince() {
        return unwritableSince;
    }

    private void loop() {
        List<PendingWrite> batch = new ArrayList<>(MAX_BATCH);
        boolean stop = false;
        while (!stop) {
            batch.clear();
            try {
                PendingWrite first = next();
                if (first == null) { // unwritable, nothing queued, and time to try again
                    probe();
                    continue;
                }
                batch.add(first);
                gather();
            } catch (InterruptedException e) {
                // only close() stops the writer, by queueing STOP after the last write
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stop = batch.remove(STOP);
            if (batch.isEmpty()) {
                continue;
            }
            if (unwritable != null && System.nanoTime() < nextAttemptNanos) {
                refuse(List.copyOf(batch));
            } else {
                write(List.copyOf(batch));
            }
        }
    }

    /**
     * While writes come in a steady stream (the last commit held several), begins the next commit no
     * sooner than {@code gather} after the last one began, so that the writes on their way share it.
     * Each commit costs its own transaction, WAL frames for the pages every write touches (the
     * transcript's last page, the B-trees' inner pages), a hand-over to the completer and an fsync:
     * ~0.07 ms of the service's CPU each on the benchmark machine's virtual disk (perf: the
     * virtio notify, the page writeback), the largest single cost of a message at 3,000 msg/s.
     * A write alone (a quiet service, a staff action, a test) does not wait, nor does any write when
     * the last commit took longer than {@code gather}. Nobody is answered before the commit either way.
     */
    private void gather() {
        if (lastBatch > 1 && unwritable == null) {
            long wait = lastCommitStart + gatherNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
            }
        }
    }

    /** The next queued write; while unwritable, null once it is time to try again with nothing queued. */
    private PendingWrite next() throws InterruptedException {
        if (unwritable == null) {
            return queue.take();
        }
        long wait = nextAttemptNanos - System.nanoTime();
        return wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
    }

    /** While unwritable and not yet time to try again: every write fails at once, the disk untouched. */
    private void refuse(List<PendingWrite> batch) {
        StoreException error = new StoreException("the store cannot write: " + unwritable + "; retrying", null);
        WriteOutcome[] outcomes = new WriteOutcome[batch.size()];
        for (int i = 0; i < outcomes.length; i++) {
            committed.forget(batch.get(i).conversationId());
            outcomes[i] = new WriteOutcome.Failed(error);
        }
        tell(batch, outcomes);
    }

    private void probe() {
        String fault = connection.probe();
        if (fault == null) {
            writable();
        } else {
            stillUnwritable(fault);
        }
    }

    private void writable() {
        if (unwritable != null) {
            log.warn("store: writing again ({} s after: {})",
                    Duration.between(unwritableSince, Instant.now()).toSeconds(), unwritable);
            unwritable = null;
            unwritableSince = null;
            backoffNanos = 0;
        }
    }

    private void stillUnwritable(String fault) {
        if (unwritable == null) {
            log.error("store: cannot write: {}; messages are turned away (503 store_unavailable) until it can, "
                    + "retrying by itself", fault);
            unwritableSince = Instant.now();
            backoffNanos = FIRST_BACKOFF_NANOS;
        } else {
            if (!fault.equals(unwritable)) {
                log.error("store: still cannot write, now: {}", fault);
            }
            backoffNanos = Math.min(MAX_BACKOFF_NANOS, backoffNanos * 2);
        }
        unwritable = fault;
        nextAttemptNanos = System.nanoTime() + backoffNanos;
    }

    /**
     * One group commit, and what follows it. The cache holds a conversation only as the file has it:
     * a write stored as given updates its entry; any other outcome drops it (a failed commit may yet
     * have reached the disk; a repeated msgId is rare), and the next message reads the file.
     */
    private void write(List<PendingWrite> batch) {
        for (PendingWrite write : batch) {
            known.add(write.conversationId()); // before the commit: whatever it may store is known
        }
        lastCommitStart = System.nanoTime();
        WriteOutcome[] outcomes = connection.writeTogether(batch);
        lastBatch = batch.size();
        if (connection.fault() != null) {
            stillUnwritable(connection.fault());
        } else {
            writable();
        }
        for (int i = 0; i < outcomes.length; i++) {
            PendingWrite write = batch.get(i);
            if (outcomes[i].storedAsGiven()) {
                remember(write);
            } else {
                committed.forget(write.conversationId());
            }
        }
        checkpointer.written(batch.size());
        tell(batch, outcomes);
    }

    /**
     * Hands each write's outcome on: one task per executor the writes name, with that executor's
     * writes in queue order, and one to the completer with the rest (and those whose executor refused
     * the task: a loop shutting down). Nothing is completed on this thread.
     */
    private void tell(List<PendingWrite> batch, WriteOutcome[] outcomes) {
        List<Executor> executors = new ArrayList<>(4);
        List<List<Integer>> groups = new ArrayList<>(4);
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            Executor on = batch.get(i).tellOn();
            if (on == null) {
                rest.add(i);
                continue;
            }
            int g = 0;
            while (g < executors.size() && executors.get(g) != on) {
                g++;
            }
            if (g == executors.size()) {
                executors.add(on);
                groups.add(new ArrayList<>());
            }
            groups.get(g).add(i);
        }
        for (int g = 0; g < executors.size(); g++) {
            List<Integer> group = groups.get(g);
            try {
                executors.get(g).execute(() -> tellAll(batch, outcomes, group));
            } catch (RuntimeException e) { // refused (shutting down): told on the completer instead
                rest.addAll(group);
            }
        }
        if (!rest.isEmpty()) {
            rest.sort(null);
            completer.execute(() -> tellAll(batch, outcomes, rest));
        }
    }

    private static void tellAll(List<PendingWrite> batch, WriteOutcome[] outcomes, List<Integer> which) {
        for (int i : which) {
            outcomes[i].tell(batch.get(i));
        }
    }

    /** Before anyone waiting for the write is told. Should the cache refuse it, the conversation is read from the file. */
    private void remember(PendingWrite write) {
        try {
            if (write.staff() != null) {
                return; // no session changes with a staff line
            }
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
     * caller has been told, or its outcome handed to the executor it named (which runs it, or
     * refused it and then it was told here).
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
