package dev.xiaoer.staff;

import java.time.Instant;

/**
 * A staff reply as stored: its line id, when, and the channel it goes out through.
 *
 * @param channel   the outbox channel that delivers it, or null when it is in the transcript only
 * @param tookOver  true when sending it took the conversation over from the bot
 */
public record StaffReply(String conversationId, String lineId, Instant at, String channel, boolean tookOver) {
}
