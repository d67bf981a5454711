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

    private final long timeoutNanos;
    /** Whether a request is in progress: its first byte has come, its end not yet. */
    private boolean inRequest;
    /** When the first byte of the request in progress came. */
    private long startedNanos;
    /** The pending check, if any. It is not cancelled when a request completes in time. */
    private ScheduledFuture<?> timer;

    StallGuard(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    ChannelHandler bytesIn() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (!inRequest) {
                    inRequest = true;
                    startedNanos = System.nanoTime();
                    if (timer == null) {
                        check(ctx, timeoutNanos);
                    }
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                if (timer != null) {
                    timer.cancel(false);
                    timer = null;
                }
                ctx.fireChannelInactive();
            }
        };
    }

    ChannelHandler requestIn() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof FullHttpRequest || msg instanceof BoundedAggregator.Oversized) {
                    inRequest = false;
                }
                ctx.fireChannelRead(msg);
            }
        };
    }

    /**
     * Looks again in {@code delayNanos}, as Netty's IdleStateHandler does: a keep-alive connection
     * answering thousands of requests a second then schedules one check per timeout, not a timer
     * per request (scheduling and cancelling one was 2% of the service's CPU under load).
     */
    private void check(ChannelHandlerContext ctx, long delayNanos) {
        timer = ctx.executor().schedule(() -> {
            timer = null;
            if (!inRequest || !ctx.channel().isActive()) {
                return; // between requests: the next first byte schedules the next check
            }
            long left = startedNanos + timeoutNanos - System.nanoTime();
            if (left > 0) {
                check(ctx, left);
            } else {
                inRequest = false;
                ctx.fireUserEventTriggered(TIMED_OUT);
            }
        }, delayNanos, TimeUnit.NANOSECONDS);
    }
}
