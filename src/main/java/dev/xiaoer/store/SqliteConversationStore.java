package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation store in one SQLite file ({@value SqliteConversationReader#FILE} under the data
 * directory), in WAL mode with {@code synchronous=FULL}: a commit that returned survives a crash of
 * the process or the machine. The parts, each a class of its own:
 * <ul>
 *   <li>writes go through one writer thread and connection with group commit ({@link GroupCommitWriter},
 *       {@link WriterConnection});</li>
 *   <li>reads use a pool of read-only connections, one per worker, that never wait for the writer
 *       ({@link ReaderPool}; the reads are {@link SqliteConversationReader}'s);</li>
 *   <li>a checkpointer thread copies the log into the file beside them ({@link Checkpointer});</li>
 *   <li>the sessions of the conversations written most recently are kept in memory as committed
 *       ({@link CommittedSessions}), so a conversation's next message is usually answered without a
 *       read. That assumes this store is the file's only writer, which {@link DataDirectoryLock}
 *       makes sure of (one {@code serve} per data directory);</li>
 *   <li>which conversations the file holds at all is kept as a Bloom filter ({@link KnownConversations}),
 *       so the first message of a new conversation is answered without a read either (the same
 *       assumption).</li>
 * </ul>
 */
public final class SqliteConversationStore extends SqliteConversationReader implements ConversationStore {
    private static final Logger log = LoggerFactory.getLogger(SqliteConversationStore.class);
    /** Read connections of {@link #open(Path)}: as many as the service's default workers on two cores. */
    private static final int DEFAULT_READERS = 4;
    /**
     * Exchanges written between two background checkpoints (about 3 log pages each, so ~900 pages, well
     * under the writer's own {@code wal_autocheckpoint}). Each checkpoint syncs the log and the file and
     * copies every page written since the last one; the pages most exchanges touch (the transcript's
     * last pages, the B-trees' inner pages) are copied once per checkpoint, not once per 100 exchanges:
     * the checkpointer's CPU per message halved against 100 (docs/benchmarks.md, issue 19, fifth session).
     */
    private static final int CHECKPOINT_EVERY_EXCHANGES = 300;
    /**
     * While writes come in a steady stream, the least time between the starts of two group commits, so
     * that more writes share each (docs/benchmarks.md, issue 19: at 3,000 msg/s a third of the fsyncs).
     */
    private static final Duration GATHER = Duration.ofMillis(2);
    /** Conversations whose committed session is kept in memory: many more than are talking at any moment. */
    private static final int CACHED_SESSIONS = 4_096;
    private static final Arrival NOTHING_STORED = new Arrival(Optional.empty(), Optional.empty());

    private final CommittedSessions committed;
    private final KnownConversations known;
    /** Reads the conversations the file holds into {@link #known}, once, at start. */
    private final Thread knownLoader;
    private final GroupCommitWriter writer;
    private final Checkpointer checkpointer;
    private final DataDirectoryLock lock;
    private final SqliteOutbox outbox;
    /** The integrity check started with the store, or null when it was not asked for. */
    private final IntegrityCheck check;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SqliteConversationStore(ReaderPool readers, CommittedSessions committed, KnownConversations known,
                                    Connection knownConnection, GroupCommitWriter writer,
                                    Checkpointer checkpointer, DataDirectoryLock lock, SqliteOutbox outbox,
                                    IntegrityCheck check) {
        super(readers);
        this.outbox = outbox;
        this.committed = committed;
        this.known = known;
        this.knownLoader = new Thread(() -> loadKnown(knownConnection), "store-known");
        knownLoader.setDaemon(true);
        knownLoader.start();
        this.writer = writer;
        this.checkpointer = checkpointer;
        this.lock = lock;
        this.check = check;
    }

    /** {@link #open(Path, int)} with {@value #DEFAULT_READERS} read connections: for tools and tests. */
    public static SqliteConversationStore open(Path dataDir) {
        return open(dataDir, DEFAULT_READERS);
    }

    /**
     * Opens (creating when missing) the store in {@code dataDir}, and brings its schema up to date.
     * Refuses a data directory another store is writing, in this process or another.
     *
     * @param readers read connections: as many as threads read at once (the service's workers), so
     *                that none waits for another's read
     */
    public static SqliteConversationStore open(Path dataDir, int readers) {
        return open(dataDir, readers, false);
    }

    /**
     * {@link #open(Path, int)}, and with {@code check} SQLite's {@code quick_check} over the whole file
     * in the background: its result is in {@link #health()} (what {@code serve} does).
     */
    public static SqliteConversationStore open(Path dataDir, int readers, boolean check) {
        return open(dataDir, readers, check, UnaryOperator.identity());
    }

    /**
     * {@link #open(Path, int, boolean)} with the connections that write (the writer's, the outbox's)
     * passed through {@code writeConnections}: where tests put connections that fail as a full disk does.
     */
    static SqliteConversationStore open(Path dataDir, int readers, boolean check,
                                        UnaryOperator<Connection> writeConnections) {
        if (readers < 1) {
            throw new IllegalArgumentException("a store needs at least one reader, not " + readers);
        }
        Deque<AutoCloseable> opened = new ArrayDeque<>(); // closed, the last first, should opening fail
        try {
            Files.createDirectories(dataDir);
            DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
            opened.push(lock);
            Path file = dataDir.resolve(FILE);
            for (Path f : new Path[] {file, dataDir.resolve(FILE + "-wal"), dataDir.resolve(FILE + "-shm")}) {
                if (Files.exists(f) && !Files.isWritable(f)) {
                    throw new IllegalStateException("cannot write the store " + f + ": it is read-only for this user; "
                            + "let xiaoer's user write " + FILE + ", its -wal and -shm files and the data directory, "
                            + "then start again");
                }
            }
            Connection writeConnection = writeConnections.apply(SqliteConnections.readWrite(file));
            opened.push(writeConnection);
            int found = Schema.migrate(writeConnection);
            if (found < Schema.latest()) {
                log.info("store {}: schema version {} -> {}", file, found, Schema.latest());
            }
            WriterConnection writes = new WriterConnection(writeConnection);
            String fault = writes.probe();
            if (fault != null) {
                // a read-only file opens without complaint and fails only at its first write: refused now
                throw new IllegalStateException("cannot write the store " + file + ": " + fault + "; "
                        + (fault.contains("read-only") ? "let xiaoer's user write " + FILE + ", its -wal and -shm files "
                        + "and the data directory" : fault.contains("full") ? "free space on its disk" : "see the log")
                        + ", then start again");
            }
            List<Connection> readConnections = new ArrayList<>(readers);
            for (int i = 0; i < readers; i++) {
                readConnections.add(SqliteConnections.queryOnly(file));
                opened.push(readConnections.get(i));
            }
            Connection checkpointConnection = SqliteConnections.readWrite(file);
            opened.push(checkpointConnection);
            Checkpointer checkpointer = new Checkpointer(checkpointConnection, CHECKPOINT_EVERY_EXCHANGES,
                    Duration.ofMillis(20));
            Connection outboxConnection = writeConnections.apply(SqliteConnections.readWrite(file));
            opened.push(outboxConnection);
            SqliteOutbox outbox = new SqliteOutbox(outboxConnection);
            CommittedSessions committed = new CommittedSessions(CACHED_SESSIONS);
            Connection knownConnection = SqliteConnections.queryOnly(file);
            opened.push(knownConnection);
            KnownConversations known = new KnownConversations(sessionRows(knownConnection));
            IntegrityCheck integrity = null;
            if (check) {
                Connection checkConnection = SqliteConnections.queryOnly(file);
                opened.push(checkConnection);
                integrity = new IntegrityCheck(file, checkConnection);
            }
            return new SqliteConversationStore(new ReaderPool(readConnections), committed, known, knownConnection,
                    new GroupCommitWriter(writes, GATHER, committed, known, checkpointer), checkpointer, lock, outbox,
                    integrity);
        } catch (IOException e) {
            opened.forEach(SqliteConnections::closeQuietly);
            throw new UncheckedIOException("cannot open the data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            opened.forEach(SqliteConnections::closeQuietly);
            String fault = Faults.of(e);
            throw new IllegalStateException("cannot open the store in " + dataDir + ": "
                    + (fault != null ? fault + " (" + e.getMessage() + ")" : e.getMessage()), e);
        } catch (RuntimeException e) {
            opened.forEach(SqliteConnections::closeQuietly);
            throw e;
        }
    }

    /** About how many conversations the file holds (sessions are never deleted: the last row id), without a scan. */
    private static long sessionRows(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(rowid) FROM sessions")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Adds every conversation the file holds to {@link #known} (one scan of the sessions' key, read in
     * one transaction: what is committed after it began, the writer adds), then closes the connection.
     * Stops early when the store closes; should it fail, the file is read for every conversation, as
     * without it.
     */
    private void loadKnown(Connection c) {
        try (c; Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT conversation_id FROM sessions")) {
            int n = 0;
            while (rs.next()) {
                known.add(rs.getString(1));
                if (++n % 4096 == 0 && closed.get()) {
                    return;
                }
            }
            known.loaded();
        } catch (SQLException | RuntimeException e) {
            if (!closed.get()) {
                log.warn("store: cannot list the conversations stored ({}); each new conversation's first message "
                        + "reads the file", e.toString());
            }
        }
    }

    /** Whether the conversations the file held at start have all been listed (for tests). */
    boolean conversationsListed() {
        return known.isLoaded();
    }

    // ---------------------------------------------------------------- reads: the cache first

    @Override
    public Optional<Session> session(String conversationId) {
        CommittedSessions.Latest latest = committed.get(conversationId);
        return latest != null ? Optional.of(latest.session()) : super.session(conversationId);
    }

    /**
     * From memory when this store committed the conversation recently: its session, and (with one
     * read) the reply when {@code msgId} is the last message's, a retry. An older msgId sent again
     * is then not found here but by the commit, which keeps the first reply. Otherwise one
     * statement, so one read transaction.
     */
    @Override
    public Arrival arrival(String conversationId, String msgId) {
        CommittedSessions.Latest latest = committed.get(conversationId);
        if (latest != null) {
            boolean retry = msgId != null && msgId.equals(latest.msgId());
            return new Arrival(retry ? answered(conversationId, msgId) : Optional.empty(), Optional.of(latest.session()));
        }
        if (known.surelyAbsent(conversationId)) {
            return NOTHING_STORED; // a new conversation: neither a session nor a reply to find
        }
        return arrivalFromFile(conversationId, msgId);
    }

    @Override
    public OutboxStore outbox() {
        return outbox;
    }

    /** Whether the writer can write now (it retries by itself when it cannot), and what the integrity check found. */
    @Override
    public StoreHealth health() {
        CheckResult found = check == null ? null : check.result();
        return new StoreHealth(writer.unwritable(), writer.unwritableSince(),
                check == null ? StoreHealth.Check.OFF : check.state(),
                found == null || found.ok() ? null : found.summary(), found == null ? null : found.took());
    }

    // ---------------------------------------------------------------- writes: through the writer thread

    @Override
    public Reply commit(Exchange exchange) {
        return join(commitAsync(exchange));
    }

    /** Queues the exchange for the writer's next group commit; completed (on the completer thread) once it is durable. */
    @Override
    public CompletableFuture<Reply> commitAsync(Exchange exchange) {
        return commitAsync(exchange, null);
    }

    /** The default turn, its commit completed on {@code tellOn} (the writer hands each executor a commit's completions at once). */
    @Override
    public CompletableFuture<Reply> turn(String conversationId, String msgId, Executor tellOn,
                                         Function<Arrival, Exchange> decide) {
        return StoreTurns.turn(this, conversationId, msgId, decide, exchange -> commitAsync(exchange, tellOn));
    }

    private CompletableFuture<Reply> commitAsync(Exchange exchange, Executor tellOn) {
        PendingWrite write;
        try {
            write = PendingWrite.of(exchange, tellOn);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new StoreException("store write failed: " + e.getMessage(), e));
        }
        return writer.submit(write);
    }

    /**
     * Goes through the same writer queue as {@link #commitAsync}, so it is written after every
     * exchange queued before it (and in the same group commit as its neighbours); returns once durable.
     */
    @Override
    public void saveSession(Session session) {
        PendingWrite write;
        try {
            write = PendingWrite.of(session);
        } catch (RuntimeException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
        join(writer.submit(write));
    }

    /** Through the writer queue, like {@link #saveSession}; returns once durable. */
    @Override
    public void saveStaffLine(StaffLine line) {
        PendingWrite write;
        try {
            write = PendingWrite.of(line);
        } catch (RuntimeException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
        join(writer.submit(write));
    }

    private static Reply join(CompletableFuture<Reply> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException se) {
                throw new StoreException(se.getMessage(), se);
            }
            throw new StoreException("store write failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Writes what is queued, then closes the writer, the checkpointer and the readers, and last
     * releases the data directory, so that the next store may open it once everything here is closed.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (check != null) {
            check.close();
        }
        writer.close();
        try {
            knownLoader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbox.close();
        checkpointer.close();
        super.close();
        lock.close();
    }
}
