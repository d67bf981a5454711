package dev.xiaoer.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates a request up to a size limit. An oversized one is passed on as {@link Oversized}, so
 * that the API answers it (413, JSON body) in turn with the connection's other responses.
 * Expectations other than {@code 100-continue} are ignored rather than answered with a bare 417,
 * and a {@code 100-continue} for a body over the limit gets the JSON 413 as well.
 */
final class BoundedAggregator extends HttpObjectAggregator {

    /** Stands for a request whose body was over the limit. */
    record Oversized(int limit) {
    }

    BoundedAggregator(int maxContentLength) {
        super(maxContentLength);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        ctx.fireChannelRead(new Oversized(maxContentLength()));
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        if (!HttpUtil.is100ContinueExpected(start) || HttpUtil.getContentLength(start, -1L) > maxContentLength) {
            return null; // unknown expectation: ignored; too large: answered as Oversized
        }
        return super.newContinueResponse(start, maxContentLength, pipeline);
    }
}
