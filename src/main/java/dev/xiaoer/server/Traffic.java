package dev.xiaoer.server;

import java.util.concurrent.atomic.AtomicInteger;

/** What the server's connections share: requests not yet answered, and whether the server is draining. */
final class Traffic {
    final AtomicInteger openRequests = new AtomicInteger();
    volatile boolean draining;
}
