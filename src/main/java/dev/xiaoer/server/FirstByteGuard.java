package dev.xiaoer.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a new connection that sends nothing within a short time: an idle connection costs a
 * descriptor, and a client that opens thousands and never speaks would otherwise hold each for the
 * whole idle timeout. Steps out of the pipeline at the first byte; from then on the request and
 * idle timeouts apply. One instance per connection, first in its pipeline.
 */
final class FirstByteGuard extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(FirstByteGuard.class);

    private final Duration timeout;
    private final Metrics metrics;
    private ScheduledFuture<?> timer;

    FirstByteGuard(Duration timeout, Metrics metrics) {
        this.timeout = timeout;
        this.metrics = metrics;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        timer = ctx.executor().schedule(() -> {
            if (ctx.channel().isActive()) {
                metrics.connectionClosed("no_first_byte");
                log.debug("connection {}: nothing sent within {} ms, closed", ctx.channel().remoteAddress(),
                        timeout.toMillis());
                ctx.close();
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(msg);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
