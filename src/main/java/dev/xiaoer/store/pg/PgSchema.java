package dev.xiaoer.store.pg;

import dev.xiaoer.store.Migrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The PostgreSQL schema as numbered migrations, applied by the same {@link Migrations} as the SQLite
 * store's ({@code store.Schema}): every migration newer than {@code schema_version}, each in its own
 * transaction, and a database written by a newer xiaoer refused. Several nodes may start at once:
 * the first takes an advisory lock and migrates, the others wait for it and find nothing to do.
 * It starts at the SQLite schema's latest shape (version 6 there); times are epoch milliseconds,
 * as there, so the same queries read both. Append migrations; never edit a released one.
 */
final class PgSchema {
    /** The advisory lock held while migrating ("xiaoer" in ASCII). */
    private static final long MIGRATION_LOCK = 0x7869616f6572L;

    static final List<List<String>> MIGRATIONS = List.of(
            // 1: sessions (with a version each node's session cache checks), transcript, outbox, and the
            // knowledge generation nodes poll to reload what one of them was asked to
            List.of("""
                    CREATE TABLE sessions (
                      conversation_id TEXT COLLATE "C" PRIMARY KEY,
                      version BIGINT NOT NULL,
                      flow_id TEXT,
                      step_id TEXT,
                      unreadable INTEGER NOT NULL,
                      fallbacks INTEGER NOT NULL,
                      clarify_options TEXT NOT NULL,
                      handoff_reason TEXT,
                      last_activity BIGINT NOT NULL,
                      handed_off_at BIGINT,
                      traditional INTEGER NOT NULL DEFAULT 0,
                      suspended TEXT NOT NULL DEFAULT '[]'
                    )""",
                    "CREATE INDEX sessions_handed_off_since ON sessions(handed_off_at) WHERE handoff_reason IS NOT NULL",
                    """
                    CREATE TABLE transcript (
                      id BIGSERIAL PRIMARY KEY,
                      conversation_id TEXT COLLATE "C" NOT NULL,
                      role TEXT NOT NULL CHECK (role IN ('seller', 'bot')),
                      reply_to BIGINT REFERENCES transcript(id),
                      msg_id TEXT,
                      sender_id TEXT,
                      text TEXT NOT NULL,
                      kind TEXT,
                      faq_id TEXT,
                      confidence DOUBLE PRECISION,
                      at BIGINT NOT NULL,
                      handoff_reason TEXT,
                      reply TEXT
                    )""",
                    // a repeated msgId conflicts here, on every node: it is answered once
                    "CREATE UNIQUE INDEX transcript_by_msg ON transcript(conversation_id, msg_id, role)",
                    "CREATE INDEX transcript_by_conversation ON transcript(conversation_id, id)",
                    "CREATE INDEX transcript_bot_at ON transcript(at) WHERE role = 'bot'",
                    """
                    CREATE TABLE outbox (
                      id BIGSERIAL PRIMARY KEY,
                      delivery_id TEXT NOT NULL UNIQUE,
                      conversation_id TEXT COLLATE "C" NOT NULL,
                      msg_id TEXT,
                      channel TEXT NOT NULL,
                      address TEXT NOT NULL,
                      rate_key TEXT NOT NULL,
                      reply TEXT NOT NULL,
                      state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'dead')),
                      attempts INTEGER NOT NULL,
                      next_attempt_at BIGINT NOT NULL,
                      created_at BIGINT NOT NULL,
                      done_at BIGINT,
                      last_error TEXT,
                      claimed_by TEXT,
                      claimed_until BIGINT
                    )""",
                    "CREATE INDEX outbox_pending ON outbox(conversation_id, id) WHERE state = 'pending'",
                    "CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE state = 'pending'",
                    "CREATE INDEX outbox_done ON outbox(state, done_at) WHERE state <> 'pending'",
                    """
                    CREATE TABLE knowledge_generation (
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      generation BIGINT NOT NULL,
                      node TEXT,
                      at BIGINT NOT NULL
                    )""",
                    "INSERT INTO knowledge_generation (id, generation, node, at) VALUES (1, 0, NULL, 0)"),
            // 2: the active step's things told so far (SQLite's 7)
            List.of("ALTER TABLE sessions ADD COLUMN told_items INTEGER NOT NULL DEFAULT 0"),
            // 3: the entry last answered with (SQLite's 9)
            List.of("ALTER TABLE sessions ADD COLUMN last_entry TEXT"));

    private static final Migrations RUNNER = new Migrations(MIGRATIONS);

    private PgSchema() {
    }

    static int latest() {
        return RUNNER.latest();
    }

    /** Brings the database up to {@link #latest()} under the migration lock; returns the version it found. */
    static int migrate(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
            try {
                return RUNNER.apply(c);
            } finally {
                st.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
            }
        }
    }

    /** The database's schema version, 0 when it has none; writes nothing. */
    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        return Migrations.version(c);
    }
}
