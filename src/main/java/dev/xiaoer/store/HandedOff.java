package dev.xiaoer.store;

import java.time.Instant;

/**
 * A conversation that is with a person now, and why.
 *
 * @param since        when it was handed off
 * @param lastActivity when the seller last wrote
 */
public record HandedOff(String conversationId, String reason, Instant since, Instant lastActivity) {
}
