package dev.xiaoer.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Times one request from its first byte to its last: a client that sends part of a request and
 * stalls gets {@link #TIMED_OUT} (the API answers 408 and closes), however slowly it trickles bytes.
 * Two handlers share the clock: {@link #bytesIn()} before the HTTP codec starts it, {@link #requestIn()}
 * after the aggregator stops it when the whole request is in. One instance per connection.
 */
final class StallGuard {
    /** The user event fired when a request did not arrive whole in time. */
    static final Object TIMED_OUT = new Object() {
        @Override
        public String toString() {
            return "request timed out";
        }
    };

    private final long timeoutMillis;
    private ScheduledFuture<?> timer;

    StallGuard(Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    ChannelHandler bytesIn() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (timer == null) {
                    timer = ctx.executor().schedule(() -> {
                        timer = null;
                        ctx.fireUserEventTriggered(TIMED_OUT);
                    }, timeoutMillis, TimeUnit.MILLISECONDS);
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                stop();
                ctx.fireChannelInactive();
            }
        };
    }

    ChannelHandler requestIn() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof FullHttpRequest || msg instanceof BoundedAggregator.Oversized) {
                    stop();
                }
                ctx.fireChannelRead(msg);
            }
        };
    }

    private void stop() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
