package dev.xiaoer.store;

import java.time.Instant;

/**
 * One line of a conversation's transcript: a seller's message, the bot's reply, or a staff member's
 * reply (kind {@value StaffLine#KIND}, {@code senderId} the staff member).
 *
 * @param kind       the reply's kind (its wire name) for a bot line, null for a seller line
 * @param faqId      the FAQ entry that answered, for a bot line, or null
 * @param confidence the reply's confidence for a bot line, null for a seller line
 */
public record TranscriptEntry(String conversationId, Role role, String msgId, String senderId, String text,
                              String kind, String faqId, Double confidence, Instant at) {

    /** Who wrote the line. */
    public enum Role { SELLER, BOT, STAFF }
}
