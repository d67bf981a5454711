package dev.xiaoer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The conversation store in one SQLite file ({@value #FILE} under the data directory), in WAL mode
 * with {@code synchronous=FULL}: a commit that returned survives a crash of the process or the
 * machine. All writes go through one writer thread and connection; commits that queue up while a
 * transaction is running are written together in the next one (group commit), so that many
 * conversations share each fsync. Reads use a small pool of read-only connections and never wait
 * for the writer; a checkpointer thread copies the log into the file beside them. The sessions of
 * the conversations written most recently are kept in memory as committed, so a conversation's
 * next message is usually answered without a read, which assumes this store is the file's only
 * writer (one {@code serve} per data directory). {@link #openReadOnly} opens the same file for
 * reading only, alongside a running service (WAL lets readers and the writer work at once), for
 * reports.
 */
public final class SqliteConversationStore implements ConversationStore {
    /** The database file's name inside the data directory. */
    public static final String FILE = "xiaoer.db";
    /** Held by the one store that writes the data directory, for as long as it is open. */
    static final String LOCK_FILE = "xiaoer.lock";

    private static final Logger log = LoggerFactory.getLogger(SqliteConversationStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BATCH = 256;
    private static final int READERS = 4;
    /** Exchanges written between two background checkpoints (about 3 log pages each). */
    private static final int CHECKPOINT_EVERY_EXCHANGES = 100;
    /**
     * Log pages after which the writer checkpoints itself (SQLite's default is 1,000). Under steady
     * writes the background checkpoints never quite catch up, and only the writer can restart the
     * log from its beginning: this is what bounds the log (~17 MB), with little left to copy by then.
     */
    private static final int WRITER_CHECKPOINT_PAGES = 4_000;
    /** Conversations whose committed session is kept in memory: many more than are talking at any moment. */
    private static final int CACHED_SESSIONS = 4_096;
    private static final Pending STOP = new Pending(null, null, null, null, null);

    /**
     * One write waiting for the writer: an exchange, or (exchange null) a session on its own, with its
     * JSON columns already rendered by the calling thread.
     */
    private record Pending(Exchange exchange, Session session, String clarifyJson, String replyJson,
                           CompletableFuture<Reply> result) {
    }

    private final Path file;
    private final Connection writer;
    private final int readerCount;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    /**
     * Each reader's prepared statements for the per-message queries, prepared on first use and
     * kept: preparing was a tenth of a message's work. Only the thread holding a connection uses them.
     */
    private final Map<Connection, Map<String, PreparedStatement>> statements = new ConcurrentHashMap<>();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** What the writer committed last per conversation; null when read-only (another process writes). */
    private final CommittedSessions committed;
    /** Null when read-only. */
    private final Checkpointer checkpointer;
    /** Holds the data directory's lock; null when read-only. */
    private final FileChannel lock;
    private final Thread writerThread;
    /**
     * Completes each group commit's futures, in order, off the writer thread: what callers chain on
     * a commit (replying, logging) never delays the next group commit.
     */
    private final ExecutorService completer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-completer");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    /** Read-only: one reader, no writer, no migration. */
    private SqliteConversationStore(Path file, Connection reader) {
        this.file = file;
        this.writer = null;
        this.writerThread = null;
        this.committed = null;
        this.checkpointer = null;
        this.lock = null;
        this.readerCount = 1;
        readers.add(reader);
    }

    private SqliteConversationStore(Path file, FileChannel lock) throws SQLException {
        this.file = file;
        this.lock = lock;
        this.readerCount = READERS;
        this.committed = new CommittedSessions(CACHED_SESSIONS);
        this.writer = connect(false);
        Connection checkpointConnection = null;
        try {
            int found = Schema.migrate(writer);
            if (found < Schema.latest()) {
                log.info("store {}: schema version {} -> {}", file, found, Schema.latest());
            }
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint = " + WRITER_CHECKPOINT_PAGES);
            }
            writer.setAutoCommit(false);
            for (int i = 0; i < READERS; i++) {
                readers.add(connect(true));
            }
            checkpointConnection = connect(false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer);
            readers.forEach(SqliteConversationStore::closeQuietly);
            if (checkpointConnection != null) {
                closeQuietly(checkpointConnection);
            }
            throw e;
        }
        this.checkpointer = new Checkpointer(checkpointConnection, CHECKPOINT_EVERY_EXCHANGES, Duration.ofMillis(20));
        this.writerThread = new Thread(this::writeLoop, "store-writer");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    /**
     * Opens (creating when missing) the store in {@code dataDir}, and brings its schema up to date.
     * Refuses a data directory another store is writing, in this process or another: conversations
     * are ordered, and sessions kept in memory, by the one store that writes them.
     */
    public static SqliteConversationStore open(Path dataDir) {
        FileChannel lock = null;
        try {
            Files.createDirectories(dataDir);
            lock = lock(dataDir);
            return new SqliteConversationStore(dataDir.resolve(FILE), lock);
        } catch (IOException e) {
            closeLock(lock);
            throw new UncheckedIOException("cannot open the data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            closeLock(lock);
            throw new IllegalStateException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeLock(lock);
            throw e;
        }
    }

    private static FileChannel lock(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        boolean held;
        try {
            held = channel.tryLock() != null;
        } catch (OverlappingFileLockException e) { // this process holds it already
            held = false;
        }
        if (!held) {
            channel.close();
            throw new IllegalStateException("the data directory " + dataDir
                    + " is in use by another xiaoer serve; stop it, or use another --data");
        }
        return channel;
    }

    private static void closeLock(FileChannel lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                log.warn("store: releasing the data directory lock failed: {}", e.toString());
            }
        }
    }

    /**
     * Opens the store in {@code dataDir} for reading only: it writes nothing, migrates nothing, and
     * works while {@code serve} has the same file open. Refuses a missing database, and one written
     * by a newer xiaoer.
     */
    public static SqliteConversationStore openReadOnly(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no conversation store in " + dataDir + " (" + FILE + " is missing)");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = true");
            }
            int version = Schema.version(c);
            if (version > Schema.latest() || version < 1) {
                throw new IllegalStateException("the store in " + dataDir + " has schema version " + version
                        + "; this xiaoer reads versions 1 to " + Schema.latest());
            }
            return new SqliteConversationStore(file, c);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                closeQuietly(c);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot open the store in " + dataDir + " read-only: " + e.getMessage(), e);
        }
    }

    private Connection connect(boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        // row ids are asked for where needed (last_insert_rowid); the driver would otherwise run a query after every write
        config.setGetGeneratedKeys(false);
        // the indexes take random inserts: keep their pages in memory rather than reading them back per write
        config.setCacheSize(-16_384); // KiB
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        if (readOnly) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = true");
            }
        }
        return c;
    }

    // ---------------------------------------------------------------- reads

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store connection", e);
        }
        try {
            return query.run(c);
        } catch (SQLException e) {
            forgetStatements(c);
            throw new StoreException("store read failed: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    /** The reader's kept statement for {@code sql}, prepared on first use. */
    private PreparedStatement statement(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> kept = statements.computeIfAbsent(c, k -> new HashMap<>());
        PreparedStatement ps = kept.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            kept.put(sql, ps);
        }
        return ps;
    }

    /** After a failed read, the reader prepares its statements afresh. */
    private void forgetStatements(Connection c) {
        Map<String, PreparedStatement> kept = statements.remove(c);
        if (kept != null) {
            kept.values().forEach(ps -> {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // the connection may be gone; nothing else to free
                }
            });
        }
    }

    private static final String SESSION = """
            SELECT flow_id, step_id, unreadable, fallbacks, clarify_options, handoff_reason, last_activity,
                   traditional, suspended
            FROM sessions WHERE conversation_id = ?""";
    private static final String REPLY =
            "SELECT reply FROM transcript WHERE conversation_id = ? AND msg_id = ? AND role = 'bot'";

    @Override
    public Optional<Session> session(String conversationId) {
        CommittedSessions.Latest latest = cached(conversationId);
        if (latest != null) {
            return Optional.of(latest.session());
        }
        return read(c -> {
            PreparedStatement ps = statement(c, SESSION);
            ps.setString(1, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(session(conversationId, rs, 1));
            }
        });
    }

    /** The conversation's committed session when this store wrote it recently, else null. */
    private CommittedSessions.Latest cached(String conversationId) {
        return committed == null ? null : committed.get(conversationId);
    }

    /**
     * A session from the columns {@link #SESSION} selects, in that order, starting at column {@code first}
     * (the arrival query puts the earlier reply before them).
     */
    private static Session session(String conversationId, ResultSet rs, int first) throws SQLException {
        String flowId = rs.getString(first);
        String stepId = rs.getString(first + 1);
        String reason = rs.getString(first + 5);
        try {
            return new Session(conversationId, flowId == null ? null : new FlowFrame(flowId, stepId),
                    SessionColumns.frames(rs.getString(first + 8)), rs.getInt(first + 2), rs.getInt(first + 3),
                    stringList(rs.getString(first + 4)), reason == null ? null : HandoffReason.fromWire(reason),
                    Instant.ofEpochMilli(rs.getLong(first + 6)), rs.getInt(first + 7) != 0);
        } catch (IllegalArgumentException e) {
            throw new StoreException("a stored session is corrupt: " + e.getMessage(), e);
        }
    }

    /** The stored reply to a msgId (null when none) and the session's columns (null when none), in one row. */
    private static final String ARRIVAL = """
            SELECT (SELECT reply FROM transcript WHERE conversation_id = ?1 AND msg_id = ?2 AND role = 'bot'),
                   s.flow_id, s.step_id, s.unreadable, s.fallbacks, s.clarify_options, s.handoff_reason,
                   s.last_activity, s.traditional, s.suspended
            FROM (SELECT 1) LEFT JOIN sessions s ON s.conversation_id = ?1""";

    /**
     * From memory when this store committed the conversation recently: its session, and (with one
     * read) the reply when {@code msgId} is the last message's, a retry. An older msgId sent again
     * is then not found here but by the commit, which keeps the first reply. Otherwise one
     * statement, so one read transaction.
     */
    @Override
    public Arrival arrival(String conversationId, String msgId) {
        CommittedSessions.Latest latest = cached(conversationId);
        if (latest != null) {
            boolean retry = msgId != null && msgId.equals(latest.msgId());
            return new Arrival(retry ? answered(conversationId, msgId) : Optional.empty(), Optional.of(latest.session()));
        }
        return read(c -> {
            PreparedStatement ps = statement(c, ARRIVAL);
            ps.setString(1, conversationId);
            ps.setString(2, msgId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String earlier = rs.getString(1);
                rs.getLong(8);
                Optional<Session> session = rs.wasNull() ? Optional.empty()
                        : Optional.of(session(conversationId, rs, 2));
                return new Arrival(earlier == null ? Optional.empty() : Optional.of(ReplyJson.read(earlier)), session);
            }
        });
    }

    @Override
    public Optional<Reply> answered(String conversationId, String msgId) {
        return read(c -> storedReply(statement(c, REPLY), conversationId, msgId));
    }

    /** The reply a msgId got, through {@code ps} (a {@link #REPLY} statement of a reader or the writer). */
    private static Optional<Reply> storedReply(PreparedStatement ps, String conversationId, String msgId)
            throws SQLException {
        ps.setString(1, conversationId);
        ps.setString(2, msgId);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String json = rs.getString(1);
            if (json == null) {
                throw missingReply(conversationId, msgId);
            }
            return Optional.of(ReplyJson.read(json));
        }
    }

    @Override
    public List<TranscriptEntry> transcript(String conversationId) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT role, msg_id, sender_id, text, kind, faq_id, confidence, at
                    FROM transcript WHERE conversation_id = ? ORDER BY id""")) {
                ps.setString(1, conversationId);
                return entries(ps, conversationId);
            }
        });
    }

    @Override
    public List<TranscriptEntry> recent(String conversationId, int limit) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT role, msg_id, sender_id, text, kind, faq_id, confidence, at
                    FROM transcript WHERE conversation_id = ? ORDER BY id DESC LIMIT ?""")) {
                ps.setString(1, conversationId);
                ps.setInt(2, Math.max(0, limit));
                List<TranscriptEntry> entries = entries(ps, conversationId);
                java.util.Collections.reverse(entries);
                return entries;
            }
        });
    }

    private static List<TranscriptEntry> entries(PreparedStatement ps, String conversationId) throws SQLException {
        List<TranscriptEntry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double confidence = rs.getDouble(7);
                Double conf = rs.wasNull() ? null : confidence;
                entries.add(new TranscriptEntry(conversationId,
                        "bot".equals(rs.getString(1)) ? TranscriptEntry.Role.BOT : TranscriptEntry.Role.SELLER,
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        conf, Instant.ofEpochMilli(rs.getLong(8))));
            }
        }
        return entries;
    }

    @Override
    public List<HandedOff> handedOff() {
        return read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT conversation_id, handoff_reason, COALESCE(handed_off_at, last_activity), last_activity
                         FROM sessions WHERE handoff_reason IS NOT NULL
                         ORDER BY COALESCE(handed_off_at, last_activity), conversation_id""")) {
                List<HandedOff> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(new HandedOff(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
                return list;
            }
        });
    }

    @Override
    public List<Miss> misses(Instant since, double belowConfidence, int limit) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT b.conversation_id, s.msg_id, s.text, b.kind, b.faq_id, b.confidence, b.at
                    FROM transcript b JOIN transcript s ON s.id = b.reply_to
                    WHERE b.role = 'bot' AND b.at >= ?
                      AND (b.kind = 'fallback' OR (b.kind = 'handoff' AND b.handoff_reason = '"""
                    + HandoffReason.FALLBACKS.wire() + """
                    ') OR (b.kind IN ('faq', 'clarify') AND b.confidence < ?))
                    ORDER BY b.at, b.id LIMIT ?""")) {
                ps.setLong(1, since.toEpochMilli());
                ps.setDouble(2, belowConfidence);
                ps.setInt(3, limit);
                List<Miss> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Miss(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getDouble(6), Instant.ofEpochMilli(rs.getLong(7))));
                    }
                }
                return list;
            }
        });
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Reply commit(Exchange exchange) {
        return join(commitAsync(exchange));
    }

    /** Queues the exchange for the writer's next group commit; completed (on the completer thread) once it is durable. */
    @Override
    public CompletableFuture<Reply> commitAsync(Exchange exchange) {
        Pending pending;
        try {
            // rendered here, on the caller's thread, to keep the single writer's work short
            pending = new Pending(exchange, exchange.session(), json(exchange.session().clarifyOptions()),
                    exchange.msgId() == null ? null : ReplyJson.write(exchange.reply()), new CompletableFuture<>());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new StoreException("store write failed: " + e.getMessage(), e));
        }
        return enqueue(pending);
    }

    /**
     * Goes through the same writer queue as {@link #commitAsync}, so it is written after every
     * exchange queued before it (and in the same group commit as its neighbours); returns once durable.
     */
    @Override
    public void saveSession(Session session) {
        Pending pending;
        try {
            pending = new Pending(null, session, json(session.clarifyOptions()), null, new CompletableFuture<>());
        } catch (RuntimeException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
        join(enqueue(pending));
    }

    private CompletableFuture<Reply> enqueue(Pending pending) {
        synchronized (this) {
            if (writer == null) {
                return CompletableFuture.failedFuture(new StoreException("the store is open read-only", null));
            }
            if (closed) {
                return CompletableFuture.failedFuture(new StoreException("the store is closed", null));
            }
            queue.add(pending);
        }
        return pending.result();
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

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        boolean stop = false;
        while (!stop) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // only close() stops the writer, by queueing STOP after the last commit
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                writeBatch(batch);
            }
        }
    }

    /**
     * All of the batch in one transaction; when that fails, each on its own so one bad write fails
     * alone. The futures are completed afterwards on the completer thread, in queue order, whichever
     * way the batch went: what callers chain on a write never runs on (nor delays) the writer, and
     * completions never overtake those of an earlier batch.
     */
    private void writeBatch(List<Pending> batch) {
        List<Pending> done = List.copyOf(batch);
        Object[] outcomes = new Object[done.size()]; // the stored Reply (null for a session), or a StoreException
        boolean[] stored = new boolean[done.size()]; // committed by this writer, so the cache may hold it
        try {
            for (int i = 0; i < done.size(); i++) {
                outcomes[i] = apply(done.get(i));
            }
            writer.commit();
            Arrays.fill(stored, true);
        } catch (SQLException | RuntimeException e) {
            rollback();
            // a commit that failed may still have reached the disk: the cache must not outlive it
            done.forEach(this::forget);
            if (done.size() == 1) {
                outcomes[0] = failure(e);
            } else {
                log.warn("store: a group commit of {} failed ({}); writing them one by one", done.size(), e.toString());
                for (int i = 0; i < done.size(); i++) {
                    try {
                        outcomes[i] = apply(done.get(i));
                        writer.commit();
                        stored[i] = true;
                    } catch (SQLException | RuntimeException e1) {
                        rollback();
                        outcomes[i] = failure(e1);
                    }
                }
            }
        }
        for (int i = 0; i < done.size(); i++) {
            if (stored[i]) {
                remember(done.get(i), outcomes[i]);
            }
        }
        checkpointer.written(done.size());
        completer.execute(() -> {
            for (int i = 0; i < done.size(); i++) {
                if (outcomes[i] instanceof StoreException se) {
                    done.get(i).result().completeExceptionally(se);
                } else {
                    done.get(i).result().complete((Reply) outcomes[i]);
                }
            }
        });
    }

    /**
     * After the commit that stored {@code pending}, before anyone waiting for it is told. Should the
     * cache refuse the entry, it forgets the conversation instead: the file has it.
     */
    private void remember(Pending pending, Object outcome) {
        try {
            if (pending.exchange() == null) {
                committed.sessionCommitted(pending.session());
            } else if (outcome == pending.exchange().reply()) { // not a repeated msgId, which changed no row
                committed.exchangeCommitted(pending.exchange());
            }
        } catch (RuntimeException e) {
            log.warn("store: cannot cache a committed session ({}); it will be read from the file", e.toString());
            forget(pending);
        }
    }

    private void forget(Pending pending) {
        String cid = pending.exchange() != null ? pending.exchange().conversationId() : pending.session().conversationId();
        if (cid != null) {
            committed.forget(cid);
        }
    }

    private static StoreException missingReply(String conversationId, String msgId) {
        return new StoreException("the store has message " + msgId + " of conversation " + conversationId
                + " but not the reply it was given", null);
    }

    private static StoreException failure(Exception e) {
        return new StoreException("store write failed: " + e.getMessage(), e);
    }

    // The writer's statements, prepared once on first use; only the writer thread touches them.
    private PreparedStatement findReply;
    private PreparedStatement upsertSession;
    private PreparedStatement insertSellerLine;
    private PreparedStatement insertBotLine;

    private void prepare() throws SQLException {
        if (findReply != null) {
            return;
        }
        PreparedStatement find = writer.prepareStatement(REPLY);
        // handed_off_at is kept while the conversation stays handed off, and cleared when it is not
        upsertSession = writer.prepareStatement("""
                INSERT INTO sessions (conversation_id, flow_id, step_id, unreadable, fallbacks, clarify_options,
                                      handoff_reason, last_activity, handed_off_at, traditional, suspended)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (conversation_id) DO UPDATE SET flow_id = excluded.flow_id, step_id = excluded.step_id,
                  unreadable = excluded.unreadable, fallbacks = excluded.fallbacks,
                  clarify_options = excluded.clarify_options, handoff_reason = excluded.handoff_reason,
                  last_activity = excluded.last_activity, traditional = excluded.traditional,
                  suspended = excluded.suspended,
                  handed_off_at = CASE WHEN excluded.handoff_reason IS NULL THEN NULL
                                       WHEN sessions.handoff_reason IS NULL THEN excluded.handed_off_at
                                       ELSE COALESCE(sessions.handed_off_at, excluded.handed_off_at) END""");
        // a msgId already answered conflicts on transcript_by_msg: nothing is written, and the writer
        // looks up the first reply; so a new message costs no lookup of its own
        insertSellerLine = writer.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, msg_id, sender_id, text, at)
                VALUES (?, 'seller', ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        // written right after its seller line, whose row id last_insert_rowid() still is
        insertBotLine = writer.prepareStatement("""
                INSERT INTO transcript (conversation_id, role, reply_to, msg_id, text, kind, faq_id, confidence, at,
                                        handoff_reason, reply)
                VALUES (?, 'bot', last_insert_rowid(), ?, ?, ?, ?, ?, ?, ?, ?)""");
        findReply = find; // last: a failure above prepares all again on the next write
    }

    private Reply apply(Pending pending) throws SQLException {
        prepare();
        if (pending.exchange() == null) {
            upsert(pending.session().conversationId(), pending.session(), pending.clarifyJson());
            return null;
        }
        Exchange e = pending.exchange();
        PreparedStatement seller = insertSellerLine;
        seller.setString(1, e.conversationId());
        seller.setString(2, e.msgId());
        seller.setString(3, e.senderId());
        seller.setString(4, e.text());
        seller.setLong(5, e.receivedAt().toEpochMilli());
        if (seller.executeUpdate() == 0) { // only a msgId already answered conflicts
            return storedReply(findReply, e.conversationId(), e.msgId())
                    .orElseThrow(() -> missingReply(e.conversationId(), e.msgId()));
        }
        Reply r = e.reply();
        PreparedStatement bot = insertBotLine;
        bot.setString(1, e.conversationId());
        bot.setString(2, e.msgId());
        bot.setString(3, r.text());
        bot.setString(4, r.kind().wire());
        bot.setString(5, r.faqId());
        bot.setDouble(6, r.confidence());
        bot.setLong(7, e.repliedAt().toEpochMilli());
        bot.setString(8, r.kind() == Kind.HANDOFF && e.session().handedOff() ? e.session().handoffReason().wire() : null);
        bot.setString(9, pending.replyJson());
        bot.executeUpdate();
        upsert(e.conversationId(), e.session(), pending.clarifyJson());
        return r;
    }

    /** Writes the session; {@code handed_off_at} is kept while it stays handed off, and cleared when it is not. */
    private void upsert(String conversationId, Session s, String clarifyJson) throws SQLException {
        PreparedStatement ps = upsertSession;
        ps.setString(1, conversationId);
        ps.setString(2, s.flowId());
        ps.setString(3, s.stepId());
        ps.setInt(4, s.unreadable());
        ps.setInt(5, s.fallbacks());
        ps.setString(6, clarifyJson);
        ps.setString(7, s.handedOff() ? s.handoffReason().wire() : null);
        ps.setLong(8, s.lastActivity().toEpochMilli());
        if (s.handedOff()) {
            ps.setLong(9, s.lastActivity().toEpochMilli());
        } else {
            ps.setNull(9, Types.INTEGER);
        }
        ps.setInt(10, s.traditional() ? 1 : 0);
        ps.setString(11, SessionColumns.json(s.suspended()));
        ps.executeUpdate();
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            log.warn("store: rollback failed: {}", e.toString());
        }
    }

    // ---------------------------------------------------------------- close

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (writer != null) {
                queue.add(STOP);
            }
        }
        if (writer != null) {
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            checkpointer.close();
            closeQuietly(writer);
        }
        // after the writer has stopped: every completion it handed over runs before close returns
        completer.shutdown();
        try {
            if (!completer.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("store: commit completions still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int i = 0; i < readerCount; i++) {
            try {
                Connection c = readers.poll(10, TimeUnit.SECONDS);
                if (c != null) {
                    closeQuietly(c);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closeLock(lock); // last: the next store may open the directory once everything here is closed
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            log.warn("store: closing a connection failed: {}", e.toString());
        }
    }

    private static String json(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> stringList(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored session is corrupt: " + e.getMessage(), e);
        }
    }
}
