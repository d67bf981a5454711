package dev.xiaoer.server;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the server's connections share: requests not yet answered, connections open (counted
 * against the cap), and whether the server is draining.
 */
final class Traffic {
    final AtomicInteger openRequests = new AtomicInteger();
    final AtomicInteger openConnections = new AtomicInteger();
    volatile boolean draining;
}
