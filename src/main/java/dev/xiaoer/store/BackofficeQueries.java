package dev.xiaoer.store;

import dev.xiaoer.dialogue.HandoffReason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reads of staff and reports, never of a message: the handoff queue, transcripts, and the
 * questions the bot missed. Each prepares its statement once per call (they are rare, and some
 * read many rows).
 */
public final class BackofficeQueries {
    private static final String LINES_OF = """
            SELECT role, msg_id, sender_id, text, kind, faq_id, confidence, at, id
            FROM transcript WHERE""";
    /** The handoff queue's order: since when, then the conversation id to break ties. */
    private static final String QUEUE = """
            SELECT conversation_id, handoff_reason, COALESCE(handed_off_at, last_activity), last_activity
            FROM sessions WHERE handoff_reason IS NOT NULL""";
    private static final String QUEUE_ORDER = " ORDER BY COALESCE(handed_off_at, last_activity), conversation_id";

    private final SqlReads readers;
    /** The transcript's lines of one conversation (the condition on the conversation id, its one parameter, and on). */
    private final String lines;

    /** @param readers the connections to read on: the SQL here is both SQLite's and PostgreSQL's */
    public BackofficeQueries(SqlReads readers) {
        this(readers, "conversation_id = ?");
    }

    /**
     * @param conversation the condition that picks a conversation's lines of the transcript, with the
     *                     conversation id as its one parameter (how the store's schema finds them)
     */
    BackofficeQueries(SqlReads readers, String conversation) {
        this.readers = readers;
        this.lines = LINES_OF + " " + conversation;
    }

    public List<TranscriptEntry> transcript(String conversationId) {
        return readers.withConnection(r -> {
            try (PreparedStatement ps = r.prepareStatement(lines + " ORDER BY id")) {
                ps.setString(1, conversationId);
                return entries(ps, conversationId);
            }
        });
    }

    /**
     * A page of the transcript; a position is a line's row id, so a page holds its place while lines
     * are added after it.
     */
    public Page<TranscriptEntry> transcript(String conversationId, String after, int limit) {
        long afterId = after == null ? 0 : parseLong(after);
        return readers.withConnection(r -> {
            try (PreparedStatement ps = r.prepareStatement(lines + " AND id > ? ORDER BY id LIMIT ?")) {
                ps.setString(1, conversationId);
                ps.setLong(2, afterId);
                ps.setInt(3, Math.max(1, limit) + 1);
                List<Long> ids = new ArrayList<>();
                List<TranscriptEntry> entries = entries(ps, conversationId, ids);
                if (entries.size() <= limit) {
                    return new Page<>(entries, null);
                }
                return new Page<>(entries.subList(0, limit), Long.toString(ids.get(limit - 1)));
            }
        });
    }

    public List<TranscriptEntry> recent(String conversationId, int limit) {
        return readers.withConnection(r -> {
            try (PreparedStatement ps = r.prepareStatement(lines + " ORDER BY id DESC LIMIT ?")) {
                ps.setString(1, conversationId);
                ps.setInt(2, Math.max(0, limit));
                List<TranscriptEntry> entries = entries(ps, conversationId);
                Collections.reverse(entries);
                return entries;
            }
        });
    }

    private static List<TranscriptEntry> entries(PreparedStatement ps, String conversationId) throws SQLException {
        return entries(ps, conversationId, null);
    }

    /** The lines {@code ps} reads; with {@code ids}, each line's row id is added to it too. */
    private static List<TranscriptEntry> entries(PreparedStatement ps, String conversationId, List<Long> ids)
            throws SQLException {
        List<TranscriptEntry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (ids != null) {
                    ids.add(rs.getLong(9));
                }
                double confidence = rs.getDouble(7);
                Double conf = rs.wasNull() ? null : confidence;
                // staff lines are stored as the bot's, with their own kind (the schema's roles are seller and bot)
                TranscriptEntry.Role role = !"bot".equals(rs.getString(1)) ? TranscriptEntry.Role.SELLER
                        : StaffLine.KIND.equals(rs.getString(5)) ? TranscriptEntry.Role.STAFF : TranscriptEntry.Role.BOT;
                entries.add(new TranscriptEntry(conversationId, role,
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        conf, Instant.ofEpochMilli(rs.getLong(8))));
            }
        }
        return entries;
    }

    public List<HandedOff> handedOff() {
        return readers.withConnection(r -> {
            try (Statement st = r.createStatement();
                 ResultSet rs = st.executeQuery(QUEUE + QUEUE_ORDER)) {
                return handoffs(rs);
            }
        });
    }

    /**
     * A page of the handoff queue. A position is the last item's place in the queue's order (since
     * when, conversation id): "millis:id", so a conversation resolved or handed off meanwhile shifts
     * nothing after it.
     */
    public Page<HandedOff> handedOff(String after, int limit) {
        long since;
        String afterId;
        if (after == null) {
            since = Long.MIN_VALUE;
            afterId = "";
        } else {
            int colon = after.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("not a position in the handoff queue");
            }
            since = parseLong(after.substring(0, colon));
            afterId = after.substring(colon + 1);
        }
        return readers.withConnection(r -> {
            try (PreparedStatement ps = r.prepareStatement(QUEUE
                    + " AND (COALESCE(handed_off_at, last_activity), conversation_id) > (?, ?)" + QUEUE_ORDER + " LIMIT ?")) {
                ps.setLong(1, since);
                ps.setString(2, afterId);
                ps.setInt(3, Math.max(1, limit) + 1);
                List<HandedOff> list;
                try (ResultSet rs = ps.executeQuery()) {
                    list = handoffs(rs);
                }
                if (list.size() <= limit) {
                    return new Page<>(list, null);
                }
                HandedOff last = list.get(limit - 1);
                return new Page<>(list.subList(0, limit), last.since().toEpochMilli() + ":" + last.conversationId());
            }
        });
    }

    private static List<HandedOff> handoffs(ResultSet rs) throws SQLException {
        List<HandedOff> list = new ArrayList<>();
        while (rs.next()) {
            list.add(new HandedOff(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                    Instant.ofEpochMilli(rs.getLong(4))));
        }
        return list;
    }

    private static long parseLong(String position) {
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a position this store gave: " + e.getMessage());
        }
    }

    public List<Miss> misses(Instant since, double belowConfidence, int limit) {
        return readers.withConnection(r -> {
            try (PreparedStatement ps = r.prepareStatement("""
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
}
