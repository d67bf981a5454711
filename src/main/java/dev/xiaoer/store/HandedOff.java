package dev.xiaoer.store;

import java.time.Instant;

/** A conversation that is with a person now, and why. */
public record HandedOff(String conversationId, String reason, Instant lastActivity) {
}
