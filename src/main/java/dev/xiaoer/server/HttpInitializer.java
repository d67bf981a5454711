package dev.xiaoer.server;

import dev.xiaoer.conversation.Conversations;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.timeout.IdleStateHandler;
import dev.xiaoer.web.Pages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The whole per-connection pipeline, in order, in one place. */
final class HttpInitializer extends ChannelInitializer<SocketChannel> {
    static final int MAX_INITIAL_LINE = 4096;
    static final int MAX_HEADERS = 8192;
    static final int MAX_CHUNK = 8192;
    static final int MAX_BODY = 64 * 1024;

    /** The answer to a connection over the cap, sent without HTTP handling. */
    private static final ByteBuf REFUSED = refused();

    private final ServerConfig config;
    private final Conversations service;
    private final Metrics metrics;
    private final Traffic traffic;
    private final ChannelGroup channels;
    private final BackofficeApi backoffice;
    private final Integrations integrations;
    private final Pages pages;
    private final Duration heartbeat;

    HttpInitializer(ServerConfig config, Conversations service, Metrics metrics, Traffic traffic, ChannelGroup channels,
                    BackofficeApi backoffice, Integrations integrations, Pages pages) {
        this.config = config;
        this.service = service;
        this.metrics = metrics;
        this.traffic = traffic;
        this.channels = channels;
        this.backoffice = backoffice;
        this.integrations = integrations;
        this.pages = pages;
        // an event stream writes a heartbeat well within the idle timeout, so an open page is not idle
        Duration third = config.idleTimeout().dividedBy(3);
        this.heartbeat = third.compareTo(Duration.ofSeconds(15)) < 0 ? third : Duration.ofSeconds(15);
    }

    private static ByteBuf refused() {
        byte[] body = ("{\"error\":{\"code\":\"too_many_connections\",\"message\":"
                + "\"the server has its most connections open; retry shortly\"}}").getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
                + "Retry-After: 1\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(head, body).asReadOnly());
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        Limits limits = config.limits();
        if (traffic.openConnections.incrementAndGet() > limits.maxConnections()) {
            // at the cap: answered at once from a ready buffer and closed, with no HTTP handling
            traffic.openConnections.decrementAndGet();
            metrics.connectionRefused();
            ch.writeAndFlush(REFUSED.retainedDuplicate()).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ch.closeFuture().addListener(f -> traffic.openConnections.decrementAndGet());
        channels.add(ch); // removed again when it closes
        StallGuard stall = new StallGuard(config.requestTimeout());
        ch.pipeline()
                // a new connection must send its first byte soon, else it is closed
                .addLast("first-byte", new FirstByteGuard(limits.firstByteTimeout(), metrics))
                // an idle keep-alive connection is closed (the API checks nothing is pending)
                .addLast("idle", new IdleStateHandler(0, 0, config.idleTimeout().toMillis(), TimeUnit.MILLISECONDS))
                // a request must arrive whole within requestTimeout of its first byte, else 408 and close
                .addLast("stall-bytes", stall.bytesIn())
                // HTTP/1.1; a request line over 4 KiB is 414, headers over 8 KiB are 431
                .addLast("http", new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADERS, MAX_CHUNK))
                // whole requests up to 64 KiB; beyond it 413
                .addLast("aggregate", new BoundedAggregator(MAX_BODY))
                .addLast("stall-request", stall.requestIn())
                // one whole request per read while the API does not read (too many in progress, or the
                // client is not reading its answers): the rest wait in the socket, not decoded in memory
                .addLast("flow", new FlowControlHandler())
                // the routes; message work goes to the service's workers, staff and admin work to the back office's
                .addLast("api", new HttpApi(service, metrics, traffic, backoffice, integrations, limits,
                        pages, heartbeat));
    }
}
