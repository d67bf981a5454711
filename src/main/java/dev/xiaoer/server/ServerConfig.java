package dev.xiaoer.server;

import java.time.Duration;

/**
 * How the HTTP server listens and guards its connections.
 *
 * @param port            0 picks a free port (see {@link XiaoerServer#port()})
 * @param requestTimeout  the longest a request may take to arrive whole, from its first byte
 * @param idleTimeout     an idle keep-alive connection is closed after this
 * @param shutdownTimeout how long a graceful stop waits for messages in flight
 * @param limits          what one client may hold: connections, unread responses, messages per conversation
 */
public record ServerConfig(String host, int port, Duration requestTimeout, Duration idleTimeout,
                           Duration shutdownTimeout, Limits limits) {

    /** With the default {@link Limits}. */
    public ServerConfig(String host, int port, Duration requestTimeout, Duration idleTimeout, Duration shutdownTimeout) {
        this(host, port, requestTimeout, idleTimeout, shutdownTimeout, Limits.defaults());
    }

    public static ServerConfig defaults(String host, int port) {
        return new ServerConfig(host, port, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(20));
    }

    public ServerConfig withTimeouts(Duration request, Duration idle) {
        return new ServerConfig(host, port, request, idle, shutdownTimeout, limits);
    }

    public ServerConfig withLimits(Limits limits) {
        return new ServerConfig(host, port, requestTimeout, idleTimeout, shutdownTimeout, limits);
    }
}
