package dev.xiaoer.server;

import dev.xiaoer.conversation.Conversations;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** The whole per-connection pipeline, in order, in one place. */
final class HttpInitializer extends ChannelInitializer<SocketChannel> {
    static final int MAX_INITIAL_LINE = 4096;
    static final int MAX_HEADERS = 8192;
    static final int MAX_CHUNK = 8192;
    static final int MAX_BODY = 64 * 1024;

    private final ServerConfig config;
    private final Conversations service;
    private final Metrics metrics;
    private final Traffic traffic;
    private final ChannelGroup channels;
    private final BackofficeApi backoffice;
    private final Integrations integrations;

    HttpInitializer(ServerConfig config, Conversations service, Metrics metrics, Traffic traffic, ChannelGroup channels,
                    BackofficeApi backoffice, Integrations integrations) {
        this.config = config;
        this.service = service;
        this.metrics = metrics;
        this.traffic = traffic;
        this.channels = channels;
        this.backoffice = backoffice;
        this.integrations = integrations;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        channels.add(ch); // removed again when it closes
        StallGuard stall = new StallGuard(config.requestTimeout());
        ch.pipeline()
                // an idle keep-alive connection is closed (the API checks nothing is pending)
                .addLast("idle", new IdleStateHandler(0, 0, config.idleTimeout().toMillis(), TimeUnit.MILLISECONDS))
                // a request must arrive whole within requestTimeout of its first byte, else 408 and close
                .addLast("stall-bytes", stall.bytesIn())
                // HTTP/1.1; a request line over 4 KiB is 414, headers over 8 KiB are 431
                .addLast("http", new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADERS, MAX_CHUNK))
                // whole requests up to 64 KiB; beyond it 413
                .addLast("aggregate", new BoundedAggregator(MAX_BODY))
                .addLast("stall-request", stall.requestIn())
                // the routes; message work goes to the service's workers, staff and admin work to the back office's
                .addLast("api", new HttpApi(service, metrics, traffic, backoffice, integrations));
    }
}
