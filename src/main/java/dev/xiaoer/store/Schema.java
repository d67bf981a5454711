package dev.xiaoer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQLite schema as numbered migrations, applied at start-up by {@link Migrations}: every
 * migration newer than the database's {@code schema_version}, each in its own transaction; a
 * database written by a newer version is refused rather than misread. Append migrations; never edit
 * a released one.
 */
final class Schema {

    static final List<List<String>> MIGRATIONS = List.of(
            // 1: sessions, transcript, replies by msgId
            List.of("""
                    CREATE TABLE sessions (
                      conversation_id TEXT PRIMARY KEY,
                      flow_id TEXT,
                      step_id TEXT,
                      unreadable INTEGER NOT NULL,
                      fallbacks INTEGER NOT NULL,
                      clarify_options TEXT NOT NULL,
                      handoff_reason TEXT,
                      last_activity INTEGER NOT NULL
                    )""",
                    "CREATE INDEX sessions_handed_off ON sessions(last_activity) WHERE handoff_reason IS NOT NULL",
                    """
                    CREATE TABLE transcript (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      conversation_id TEXT NOT NULL,
                      role TEXT NOT NULL CHECK (role IN ('seller', 'bot')),
                      reply_to INTEGER REFERENCES transcript(id),
                      msg_id TEXT,
                      sender_id TEXT,
                      text TEXT NOT NULL,
                      kind TEXT,
                      faq_id TEXT,
                      confidence REAL,
                      at INTEGER NOT NULL
                    )""",
                    "CREATE INDEX transcript_by_conversation ON transcript(conversation_id, id)",
                    "CREATE INDEX transcript_bot_at ON transcript(at) WHERE role = 'bot'",
                    """
                    CREATE TABLE replies (
                      conversation_id TEXT NOT NULL,
                      msg_id TEXT NOT NULL,
                      reply TEXT NOT NULL,
                      PRIMARY KEY (conversation_id, msg_id)
                    ) WITHOUT ROWID"""),
            // 2: when a conversation was handed to a person (staff work the oldest first), and why a
            // handoff reply handed off (a handoff after fallbacks is a question the bot missed)
            List.of("ALTER TABLE sessions ADD COLUMN handed_off_at INTEGER",
                    "UPDATE sessions SET handed_off_at = last_activity WHERE handoff_reason IS NOT NULL",
                    "CREATE INDEX sessions_handed_off_since ON sessions(handed_off_at) WHERE handoff_reason IS NOT NULL",
                    "ALTER TABLE transcript ADD COLUMN handoff_reason TEXT"),
            // 3: the seller's script, so that replies to 2 / ok / 👌 stay in Traditional
            List.of("ALTER TABLE sessions ADD COLUMN traditional INTEGER NOT NULL DEFAULT 0"),
            // 4: the reply given to a msgId lives in its bot line, found through one index by
            // (conversation, msgId, role), which also finds a conversation's lines (sorted by id
            // after). Each exchange then writes into two B-trees keyed by conversation instead of
            // four (the sessions key, replies, two transcript indexes): one page per exchange in each
            // was most of what every commit wrote.
            List.of("ALTER TABLE transcript ADD COLUMN reply TEXT",
                    """
                    UPDATE transcript SET reply = (SELECT r.reply FROM replies r
                                                   WHERE r.conversation_id = transcript.conversation_id
                                                     AND r.msg_id = transcript.msg_id)
                    WHERE role = 'bot' AND msg_id IS NOT NULL""",
                    "CREATE UNIQUE INDEX transcript_by_msg ON transcript(conversation_id, msg_id, role)",
                    "DROP INDEX transcript_by_conversation",
                    "DROP TABLE replies"),
            // 5: flows paused under the active one (nested flows), most recent first, as a JSON list of
            // {"id", "step"}; every existing session has none
            List.of("ALTER TABLE sessions ADD COLUMN suspended TEXT NOT NULL DEFAULT '[]'"),
            // 6: the outbox: replies to push (IM send APIs, sessionWebhooks, callbacks), each written in
            // its turn's transaction and then delivered, retried or given up (dead letters) by the sender
            List.of("""
                    CREATE TABLE outbox (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      delivery_id TEXT NOT NULL UNIQUE,
                      conversation_id TEXT NOT NULL,
                      msg_id TEXT,
                      channel TEXT NOT NULL,
                      address TEXT NOT NULL,
                      rate_key TEXT NOT NULL,
                      reply TEXT NOT NULL,
                      state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'dead')),
                      attempts INTEGER NOT NULL,
                      next_attempt_at INTEGER NOT NULL,
                      created_at INTEGER NOT NULL,
                      done_at INTEGER,
                      last_error TEXT
                    )""",
                    // a conversation's pending replies in order (only its oldest is sent), and what is due
                    "CREATE INDEX outbox_pending ON outbox(conversation_id, id) WHERE state = 'pending'",
                    "CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE state = 'pending'",
                    "CREATE INDEX outbox_done ON outbox(state, done_at) WHERE state <> 'pending'"),
            // 7: the active step's things told so far by replies that told only some of them (地址发了, then
            // 电话也给了), as bits by the step's items; every existing session has told none
            List.of("ALTER TABLE sessions ADD COLUMN told_items INTEGER NOT NULL DEFAULT 0"),
            // 8: a conversation's number (sessions.no, given in the order conversations begin; the old
            // row ids, so existing conversations keep their order) leads the transcript's key instead of
            // its id. Keyed by the id, every exchange wrote its entry into the leaf of its own
            // conversation, a different leaf for nearly every exchange of a group commit: half the pages
            // each commit wrote (docs/benchmarks.md, issue 19, thirteenth session). The conversations
            // talking at any moment began at about the same time, so their numbers, and their entries,
            // sit in the same few leaves. The number is a rowid alias, so no VACUUM renumbers it.
            List.of("""
                    CREATE TABLE sessions_numbered (
                      no INTEGER PRIMARY KEY,
                      conversation_id TEXT NOT NULL UNIQUE,
                      flow_id TEXT,
                      step_id TEXT,
                      unreadable INTEGER NOT NULL,
                      fallbacks INTEGER NOT NULL,
                      clarify_options TEXT NOT NULL,
                      handoff_reason TEXT,
                      last_activity INTEGER NOT NULL,
                      handed_off_at INTEGER,
                      traditional INTEGER NOT NULL DEFAULT 0,
                      suspended TEXT NOT NULL DEFAULT '[]',
                      told_items INTEGER NOT NULL DEFAULT 0
                    )""",
                    """
                    INSERT INTO sessions_numbered (no, conversation_id, flow_id, step_id, unreadable, fallbacks,
                                                   clarify_options, handoff_reason, last_activity, handed_off_at,
                                                   traditional, suspended, told_items)
                    SELECT rowid, conversation_id, flow_id, step_id, unreadable, fallbacks, clarify_options,
                           handoff_reason, last_activity, handed_off_at, traditional, suspended, told_items
                    FROM sessions ORDER BY rowid""",
                    "DROP TABLE sessions",
                    "ALTER TABLE sessions_numbered RENAME TO sessions",
                    "CREATE INDEX sessions_handed_off ON sessions(last_activity) WHERE handoff_reason IS NOT NULL",
                    "CREATE INDEX sessions_handed_off_since ON sessions(handed_off_at) WHERE handoff_reason IS NOT NULL",
                    "ALTER TABLE transcript ADD COLUMN conversation_no INTEGER",
                    // every line's conversation has a session (each version wrote both in one transaction)
                    """
                    UPDATE transcript SET conversation_no = (SELECT s.no FROM sessions s
                                                             WHERE s.conversation_id = transcript.conversation_id)""",
                    "DROP INDEX transcript_by_msg",
                    "CREATE UNIQUE INDEX transcript_by_msg ON transcript(conversation_no, msg_id, role)"),
            // 9: the FAQ entry the bot last answered with, what a follow-up naming no topic is about (安心购在途订单怎么办,
            // then 那退出要在哪里操作); existing sessions have answered none
            List.of("ALTER TABLE sessions ADD COLUMN last_entry TEXT"),
            // 10: a bot line's reply (the JSON given again for a repeated msgId) may hold only what the line's own
            // columns do not: its options, flow and related questions (ReplyJson.writeBeside). The text was stored
            // twice in every bot line, and the lines' bytes are most of what a commit writes and syncs. Nothing to
            // change in the file: the lines before keep the whole reply, which is read as before; the version is
            // what turns away an older xiaoer, which would misread the new lines.
            List.of());

    private static final Migrations RUNNER = new Migrations(MIGRATIONS);

    private Schema() {
    }

    /** The latest schema version this code knows. */
    static int latest() {
        return RUNNER.latest();
    }

    /** Brings the database up to {@link #latest()}; returns the version it found. */
    static int migrate(Connection connection) throws SQLException {
        return RUNNER.apply(connection);
    }

    static int version(Connection connection) throws SQLException {
        return Migrations.version(connection);
    }
}
