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
final class BackofficeQueries {
    private static final String LINES = """
            SELECT role, msg_id, sender_id, text, kind, faq_id, confidence, at
            FROM transcript WHERE conversation_id = ?""";

    private final ReaderPool readers;

    BackofficeQueries(ReaderPool readers) {
        this.readers = readers;
    }

    List<TranscriptEntry> transcript(String conversationId) {
        return readers.read(r -> {
            try (PreparedStatement ps = r.connection().prepareStatement(LINES + " ORDER BY id")) {
                ps.setString(1, conversationId);
                return entries(ps, conversationId);
            }
        });
    }

    List<TranscriptEntry> recent(String conversationId, int limit) {
        return readers.read(r -> {
            try (PreparedStatement ps = r.connection().prepareStatement(LINES + " ORDER BY id DESC LIMIT ?")) {
                ps.setString(1, conversationId);
                ps.setInt(2, Math.max(0, limit));
                List<TranscriptEntry> entries = entries(ps, conversationId);
                Collections.reverse(entries);
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

    List<HandedOff> handedOff() {
        return readers.read(r -> {
            try (Statement st = r.connection().createStatement();
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

    List<Miss> misses(Instant since, double belowConfidence, int limit) {
        return readers.read(r -> {
            try (PreparedStatement ps = r.connection().prepareStatement("""
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
