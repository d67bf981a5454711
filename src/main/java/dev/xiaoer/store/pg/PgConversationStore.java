package dev.xiaoer.store.pg;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.Arrival;
import dev.xiaoer.store.BackofficeQueries;
import dev.xiaoer.store.ConversationReader;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.HandedOff;
import dev.xiaoer.store.Miss;
import dev.xiaoer.store.OutboxStore;
import dev.xiaoer.store.Page;
import dev.xiaoer.store.SessionColumns;
import dev.xiaoer.store.SqlReads;
import dev.xiaoer.store.StaffLine;
import dev.xiaoer.store.StoreHealth;
import dev.xiaoer.store.TranscriptEntry;
import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation store in PostgreSQL, shared by every node of a deployment ({@code serve --store
 * jdbc:postgresql://…}). Each turn is one transaction on a pooled connection ({@link PgPool}) that
 * first takes the conversation's advisory lock ({@link PgTurns#lock}), so a conversation's turns run
 * one at a time whichever node gets them, each reading what the previous one committed. A repeated
 * msgId conflicts on a unique index, so it is answered once with the stored reply on any node. The
 * node's session cache is checked against the row's version inside the lock ({@link SessionCache}).
 * The outbox is claimed with {@code FOR UPDATE SKIP LOCKED} ({@link PgOutbox}).
 *
 * <p>When the database goes away, the failure is reported as {@link #health()} unwritable (messages
 * get 503 store_unavailable with Retry-After) and a probe asks again every half second; the first
 * answer makes the store writable again, with no restart.
 */
public final class PgConversationStore implements ConversationStore {
    private static final Logger log = LoggerFactory.getLogger(PgConversationStore.class);
    private static final int CACHED_SESSIONS = 4_096;

    private final PgPool pool;
    private final BackofficeQueries backoffice;
    private final SessionCache cache = new SessionCache(CACHED_SESSIONS);
    private final PgHealth health;
    private final PgOutbox outbox;
    private final String node;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PgConversationStore(PgPool pool, PgHealth health, String node) {
        this.pool = pool;
        this.health = health;
        this.node = node;
        this.backoffice = new BackofficeQueries(pool);
        this.outbox = new PgOutbox(pool, node);
    }

    /**
     * Connects to {@code jdbcUrl} with a pool of {@code connections} and brings the schema up to date.
     * Waits up to {@code startTimeoutMillis} for the database.
     */
    public static PgConversationStore open(String jdbcUrl, int connections, long startTimeoutMillis) {
        PgHealth health = new PgHealth();
        PgPool pool = PgPool.open(jdbcUrl, Math.max(2, connections), startTimeoutMillis, health::failed);
        try {
            int found = pool.withConnection(PgSchema::migrate);
            if (found < PgSchema.latest()) {
                log.info("store {}: schema version {} -> {}", PgPool.redacted(jdbcUrl), found, PgSchema.latest());
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        health.start(pool);
        String node = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new PgConversationStore(pool, health, node);
    }

    /**
     * Opens {@code jdbcUrl} for reading only (reports beside the serving nodes; a read replica will
     * do): it migrates nothing and writes nothing, and refuses a database without the schema or with
     * a newer one.
     */
    public static ConversationReader reader(String jdbcUrl) {
        PgHealth health = new PgHealth();
        PgPool pool = PgPool.open(jdbcUrl, 2, 5_000, health::failed);
        try {
            int version = pool.withConnection(PgSchema::version);
            if (version < 1 || version > PgSchema.latest()) {
                throw new IllegalStateException("the store at " + PgPool.redacted(jdbcUrl) + " has schema version "
                        + version + "; this xiaoer reads versions 1 to " + PgSchema.latest());
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PgConversationStore(pool, health, "reader");
    }

    /** This node's name in the database (outbox claims, knowledge reloads): host, pid and a random part. */
    public String node() {
        return node;
    }

    // ---------------------------------------------------------------- the message path

    /**
     * The turn in one transaction under the conversation's lock: the arrival read, {@code decide}
     * (the dialogue) and the writes. Runs on the calling thread (a worker) and is complete when the
     * future is returned.
     */
    @Override
    public CompletableFuture<Reply> turn(String conversationId, String msgId, Function<Arrival, Exchange> decide) {
        Session[] written = new Session[1];
        try {
            PgTurns.Written w = pool.inTransaction(c -> {
                PgTurns.lock(c, conversationId);
                SessionCache.Entry cached = cache.get(conversationId);
                PgTurns.Known known = PgTurns.arrival(c, conversationId, msgId, cached == null ? -1 : cached.version());
                if (known.earlier().isPresent()) {
                    return new PgTurns.Written(known.earlier().get(), 0);
                }
                Session session = known.fresh() != null ? known.fresh() : cached == null ? null : cached.session();
                Exchange exchange = decide.apply(new Arrival(Optional.empty(), Optional.ofNullable(session)));
                written[0] = exchange.session();
                return PgTurns.exchange(c, exchange);
            });
            remember(written[0], w.version());
            health.worked();
            return CompletableFuture.completedFuture(w.reply());
        } catch (RuntimeException e) {
            cache.forget(conversationId);
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public Reply commit(Exchange exchange) {
        try {
            PgTurns.Written w = pool.inTransaction(c -> {
                PgTurns.lock(c, exchange.conversationId());
                return PgTurns.exchange(c, exchange);
            });
            remember(exchange.session(), w.version());
            return w.reply();
        } catch (RuntimeException e) {
            cache.forget(exchange.conversationId());
            throw e;
        }
    }

    /** Under the conversation's lock, so a staff action never lands inside another node's turn. */
    @Override
    public void saveSession(Session session) {
        try {
            long version = pool.inTransaction(c -> {
                PgTurns.lock(c, session.conversationId());
                return PgTurns.session(c, session);
            });
            remember(session, version);
        } catch (RuntimeException e) {
            cache.forget(session.conversationId());
            throw e;
        }
    }

    /** Under the conversation's lock, like {@link #saveSession}; no session changes with it. */
    @Override
    public void saveStaffLine(StaffLine line) {
        pool.inTransaction(c -> {
            PgTurns.lock(c, line.conversationId());
            PgTurns.staffLine(c, line);
            return null;
        });
    }

    private void remember(Session session, long version) {
        if (session != null && version > 0) {
            cache.put(session, version);
        }
    }

    // ---------------------------------------------------------------- reads: always the database's

    @Override
    public Optional<Session> session(String conversationId) {
        return pool.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PgTurns.SESSION_COLUMNS
                    + " FROM sessions WHERE conversation_id = ?")) {
                ps.setString(1, conversationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(SessionColumns.read(conversationId, rs, 1)) : Optional.<Session>empty();
                }
            }
        });
    }

    @Override
    public Optional<Reply> answered(String conversationId, String msgId) {
        return pool.withConnection(c -> PgTurns.answered(c, conversationId, msgId));
    }

    @Override
    public List<TranscriptEntry> transcript(String conversationId) {
        return backoffice.transcript(conversationId);
    }

    @Override
    public Page<TranscriptEntry> transcript(String conversationId, String after, int limit) {
        return backoffice.transcript(conversationId, after, limit);
    }

    @Override
    public List<TranscriptEntry> recent(String conversationId, int limit) {
        return backoffice.recent(conversationId, limit);
    }

    @Override
    public List<HandedOff> handedOff() {
        return backoffice.handedOff();
    }

    @Override
    public Page<HandedOff> handedOff(String after, int limit) {
        return backoffice.handedOff(after, limit);
    }

    @Override
    public List<Miss> misses(Instant since, double belowConfidence, int limit) {
        return backoffice.misses(since, belowConfidence, limit);
    }

    @Override
    public OutboxStore outbox() {
        return outbox;
    }

    @Override
    public StoreHealth health() {
        return health.now();
    }

    // ---------------------------------------------------------------- knowledge across nodes

    /** The knowledge generation: raised by a node asked to reload, polled by the others. */
    public long knowledgeGeneration() {
        return pool.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM knowledge_generation WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Raises the knowledge generation (this node reloaded on request): the others reload too. Returns the new one. */
    public long raiseKnowledgeGeneration() {
        return pool.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE knowledge_generation SET generation = generation + 1, node = ?, at = ?
                    WHERE id = 1 RETURNING generation""")) {
                ps.setString(1, node);
                ps.setLong(2, System.currentTimeMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Connections lent now: for tests and metrics. */
    int activeConnections() {
        return pool.active();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            health.close();
            pool.close();
        }
    }

    /** For tests: runs {@code work} on a pooled connection. */
    <T> T withConnection(SqlReads.Work<T> work) {
        return pool.withConnection(work);
    }
}
