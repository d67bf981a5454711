package dev.xiaoer.server;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the server's connections share: requests not yet answered, connections open (counted
 * against the cap), each conversation's message rate, and whether the server is draining.
 */
final class Traffic {
    /** The per-conversation message rate on {@code POST /v1/messages}, or null when unlimited. */
    final ConversationRateLimiter rateLimiter;

    final AtomicInteger openRequests = new AtomicInteger();
    final AtomicInteger openConnections = new AtomicInteger();
    volatile boolean draining;

    Traffic(MessageRate messageRate) {
        this.rateLimiter = ConversationRateLimiter.of(messageRate);
    }
}
