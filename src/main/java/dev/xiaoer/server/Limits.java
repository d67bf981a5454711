package dev.xiaoer.server;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * What one client may hold of the server: connections at once, how soon a new connection must
 * send its first byte, how long a connection may leave its responses unread, and how many
 * messages a conversation may send.
 *
 * @param maxConnections    open connections at most; beyond it a new one is answered 503 and closed at once
 * @param firstByteTimeout  a new connection that sends nothing for this long is closed
 * @param unwritableTimeout a connection whose client reads none of its responses for this long is closed
 * @param messageRate       messages per conversation on {@code POST /v1/messages}, or {@link MessageRate#OFF}
 */
public record Limits(int maxConnections, Duration firstByteTimeout, Duration unwritableTimeout,
                     MessageRate messageRate) {
    /** Descriptors kept for everything but client connections when the limit is derived: the store, the jar, logs. */
    static final int RESERVED_DESCRIPTORS = 128;

    public Limits {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
        }
        if (firstByteTimeout.isNegative() || firstByteTimeout.isZero() || unwritableTimeout.isNegative()
                || unwritableTimeout.isZero()) {
            throw new IllegalArgumentException("the timeouts must be above 0");
        }
    }

    /** The defaults: connections sized from the descriptor limit, 5 s to the first byte, 30 s unwritable, no rate limit. */
    public static Limits defaults() {
        return new Limits(defaultMaxConnections(descriptorLimit()), Duration.ofSeconds(5), Duration.ofSeconds(30),
                MessageRate.OFF);
    }

    public Limits withMaxConnections(int max) {
        return new Limits(max, firstByteTimeout, unwritableTimeout, messageRate);
    }

    public Limits withFirstByteTimeout(Duration timeout) {
        return new Limits(maxConnections, timeout, unwritableTimeout, messageRate);
    }

    public Limits withUnwritableTimeout(Duration timeout) {
        return new Limits(maxConnections, firstByteTimeout, timeout, messageRate);
    }

    public Limits withMessageRate(MessageRate rate) {
        return new Limits(maxConnections, firstByteTimeout, unwritableTimeout, rate);
    }

    /**
     * The connection cap for a process allowed {@code descriptors} open files: each connection is one
     * descriptor, and a tenth of them (at least {@value #RESERVED_DESCRIPTORS}) stays for the rest, so
     * that a flood of connections is refused before the process runs out ("Too many open files"
     * breaks accepting, the store and logging alike). At least 16.
     */
    static int defaultMaxConnections(long descriptors) {
        long reserve = Math.max(RESERVED_DESCRIPTORS, descriptors / 10);
        return (int) Math.max(16, Math.min(Integer.MAX_VALUE, descriptors - reserve));
    }

    /** The process's limit on open files, as the JVM sees it (4096 when it cannot tell). */
    static long descriptorLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            if (max > 0) {
                return max;
            }
        }
        return 4096;
    }
}
