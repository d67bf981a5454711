package dev.xiaoer.server;

import dev.xiaoer.channel.Channel;
import dev.xiaoer.channel.ChannelRequest;
import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.conversation.Message;
import dev.xiaoer.conversation.Outcome;
import io.netty.buffer.ByteBufUtil;
import dev.xiaoer.web.Pages;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The router: answers each whole request of one connection by the {@link Routes} table. Messages
 * go to the {@link Conversations} use case, whose outcomes it turns into responses; the event loop
 * only parses and writes. Responses go out in request order even when a client pipelines and later
 * messages finish first.
 *
 * <p>What one connection may hold is bounded: at most {@value #MAX_PIPELINED} requests are in
 * progress (the pipeline's flow control hands on the next request only when the connection is read
 * again), and a connection whose responses its client does not read (its outbound buffer over the
 * high-water mark, so Netty calls it unwritable) is not read either: a client that pipelines and
 * never reads can fill a socket buffer, not the heap. One left unwritable for the limit's
 * {@code unwritableTimeout} is closed.
 */
final class HttpApi extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
    private static final int MAX_PIPELINED = 16;

    /** One request's place in the connection's response order. */
    private static final class Slot {
        FullHttpResponse response;
        boolean close;
    }

    private final Conversations service;
    private final Metrics metrics;
    private final Traffic traffic;
    private final BackofficeApi backoffice;
    private final Integrations integrations;
    private final long unwritableNanos;
    private final MessageRate messageRate;
    private final Pages pages;
    private final Duration heartbeat;
    private final Responses responses;
    private final Readiness readiness;
    private final ArrayDeque<Slot> slots = new ArrayDeque<>();
    private boolean closed;
    /** The connection carries an event stream now: it takes no more requests. */
    private boolean streaming;
    /** When the connection last became unwritable, or 0 while it is writable. */
    private long unwritableSince;
    /** The pending look at an unwritable connection, if any. */
    private ScheduledFuture<?> unwritableCheck;

    HttpApi(Conversations service, Metrics metrics, Traffic traffic, BackofficeApi backoffice,
            Integrations integrations, Limits limits, Pages pages, Duration heartbeat) {
        this.service = service;
        this.metrics = metrics;
        this.traffic = traffic;
        this.backoffice = backoffice;
        this.integrations = integrations;
        this.unwritableNanos = limits.unwritableTimeout().toNanos();
        this.messageRate = limits.messageRate();
        this.pages = pages;
        this.heartbeat = heartbeat;
        this.responses = new Responses(metrics);
        this.readiness = new Readiness(service, traffic, integrations, responses);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (closed || streaming) {
                // an event stream's client sends nothing more that is answered; and after a response that closes the connection (a 408, say) the codec may still hand on
                // what it held, as a broken request once the socket closes: nobody reads an answer
                // to it, so it is neither answered nor counted
                return;
            }
            if (msg instanceof FullHttpRequest request) {
                route(ctx, request);
            } else if (msg instanceof BoundedAggregator.Oversized oversized) {
                finish(ctx, open(ctx), responses.error(new ApiError(413, "body_too_large",
                        "the body is over " + oversized.limit() / 1024 + " KiB")), true);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == StallGuard.TIMED_OUT) {
            finish(ctx, open(ctx), responses.error(new ApiError(408, "request_timeout",
                    "the request did not arrive whole in time")), true);
        } else if (evt instanceof IdleStateEvent && slots.isEmpty()) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request) {
        Slot slot = open(ctx);
        DecoderResult decoded = request.decoderResult();
        if (decoded.isFailure()) {
            finish(ctx, slot, responses.error(Responses.decoderError(decoded.cause())), true);
            return;
        }
        boolean close = !HttpUtil.isKeepAlive(request) || traffic.draining;
        String rawPath;
        Routes.Match match;
        try {
            rawPath = new QueryStringDecoder(request.uri()).rawPath();
            match = Routes.match(rawPath);
        } catch (ApiError e) {
            finish(ctx, slot, responses.error(e), close);
            return;
        } catch (IllegalArgumentException e) {
            finish(ctx, slot, responses.error(ApiError.badRequest("bad_request", "the request path is malformed")), true);
            return;
        }
        if (match == null) {
            finish(ctx, slot, responses.error(new ApiError(404, "not_found", "no such path: " + rawPath)), close);
            return;
        }
        String path = match.template();
        Set<String> methods = Routes.methods(path);
        String method = request.method().name();
        if (!methods.contains(method)) {
            FullHttpResponse response = responses.error(new ApiError(405, "method_not_allowed",
                    method + " is not allowed on " + path + "; use " + String.join(", ", methods)));
            response.headers().set(HttpHeaderNames.ALLOW, String.join(", ", methods));
            finish(ctx, slot, response, close);
            return;
        }
        switch (path) {
            case Routes.HEALTHZ -> finish(ctx, slot, Responses.json(HttpResponseStatus.OK, Responses.status("ok")), close);
            case Routes.READYZ -> finish(ctx, slot, readiness.response(), close);
            case Routes.METRICS -> {
                FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                        Unpooled.copiedBuffer(metrics.render(), StandardCharsets.UTF_8));
                response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
                finish(ctx, slot, response, close);
            }
            case Routes.MESSAGES -> message(ctx, slot, request, close, false);
            case Routes.CHAT_MESSAGES -> message(ctx, slot, request, close, true);
            case Routes.CHAT_EVENTS -> events(ctx, slot, request);
            case Routes.CHAT_PAGE, Routes.CONSOLE_PAGE, Routes.KNOWLEDGE_PAGE, Routes.ASSET -> finish(ctx, slot,
                    EventStream.page(pages, match).orElseGet(() -> responses.error(new ApiError(404, "not_found",
                            "no such file: " + rawPath))), close);
            case Routes.DINGTALK, Routes.WECOM, Routes.FEISHU -> channel(ctx, slot, path, request, close);
            default -> backoffice(ctx, slot, Routes.route(method, path), match, request, close);
        }
    }

    private void backoffice(ChannelHandlerContext ctx, Slot slot, Routes.Route route, Routes.Match match,
                            FullHttpRequest request, boolean close) {
        backoffice.handle(route, match, request).whenComplete((result, failure) -> ctx.executor().execute(() -> {
            FullHttpResponse response;
            if (result != null) {
                response = Responses.json(HttpResponseStatus.valueOf(result.status()), result.body());
            } else {
                response = responses.error(Responses.backofficeFailure(route, failure));
            }
            finish(ctx, slot, response, close);
        }));
    }

    /**
     * A seller's message: {@code POST /v1/messages} (signed once webhook keys are set), or from the web
     * chat page ({@code web}: its own conversations only, never signed, never pushed).
     */
    private void message(ChannelHandlerContext ctx, Slot slot, FullHttpRequest request, boolean close, boolean web) {
        Message message;
        try {
            if (web) {
                message = EventStream.webMessage(integrations, request);
            } else {
                // unsigned service: no copy of the body to check a signature against
                WebhookKeys keys = integrations.webhookKeys();
                String keyId = !keys.enabled() ? null : keys.verify(request.headers().get(WebhookKeys.HEADER),
                        ByteBufUtil.getBytes(request.content()), Instant.now());
                message = MessageParser.parse(request, keyId);
            }
        } catch (ApiError e) {
            finish(ctx, slot, responses.error(e), close);
            return;
        }
        if (traffic.draining) {
            finish(ctx, slot, responses.error(ApiError.rejected(Outcome.Rejected.SHUTTING_DOWN)), true);
            return;
        }
        long wait = traffic.rateLimiter == null ? 0 : traffic.rateLimiter.acquire(message.conversationId());
        if (wait > 0) {
            int seconds = (int) Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            finish(ctx, slot, responses.error(new ApiError(429, "rate_limited", "this conversation sent more than "
                    + messageRate + "; nothing was changed, retry after " + seconds + " s", seconds)), close);
            return;
        }
        // a committed message's outcome comes on this connection's event loop (with the loop's other
        // replies of the same group commit, one wake-up for all): its response is written at once
        service.receive(message, ctx.executor()).whenComplete((outcome, failure) -> {
            if (failure != null) { // the use case never fails its future; should it, answer rather than hang
                log.error("conversation={} no outcome: {}", message.conversationId(), failure.toString(), failure);
            }
            if (outcome instanceof Outcome.Answered && message.outbound() != null && integrations.outbox() != null) {
                integrations.outbox().wake();
            }
            Runnable respond = () ->
                    finish(ctx, slot, responses.response(outcome == null ? Outcome.Rejected.FAILED : outcome), close);
            if (ctx.executor().inEventLoop()) {
                respond.run();
            } else {
                ctx.executor().execute(respond);
            }
        });
    }

    /** {@code GET /chat/events}: the web chat page's live stream of staff replies; holds the connection. */
    private void events(ChannelHandlerContext ctx, Slot slot, FullHttpRequest request) {
        String id;
        try {
            id = EventStream.streamId(integrations, request);
            if (traffic.draining) {
                throw ApiError.rejected(Outcome.Rejected.SHUTTING_DOWN);
            }
        } catch (ApiError e) {
            finish(ctx, slot, responses.error(e), true);
            return;
        }
        if (slots.peekFirst() != slot) { // a stream after pipelined requests: not how a browser opens one
            finish(ctx, slot, responses.error(ApiError.badRequest("bad_request", "open an event stream on a connection of its own")),
                    true);
            return;
        }
        slots.pollFirst();
        traffic.openRequests.decrementAndGet();
        streaming = true;
        EventStream.open(ctx, integrations.webChat().streams(), id, heartbeat);
    }

    /** An IM platform's callback, to its channel; 404 while the channel is off. */
    private void channel(ChannelHandlerContext ctx, Slot slot, String path, FullHttpRequest request, boolean close) {
        Channel channel = integrations.channel(path.substring(path.lastIndexOf('/') + 1));
        ChannelState state = channel == null ? null : channel.state();
        if (state == null || !state.on()) {
            finish(ctx, slot, responses.error(new ApiError(404, "channel_off", "this channel is off"
                    + (state == null ? "" : ": " + state.detail()))), close);
            return;
        }
        if (traffic.draining) {
            finish(ctx, slot, responses.error(ApiError.rejected(Outcome.Rejected.SHUTTING_DOWN)), true);
            return;
        }
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        ChannelRequest call = new ChannelRequest(request.method().name(), new QueryStringDecoder(request.uri()).parameters(),
                headers, ByteBufUtil.getBytes(request.content()), Instant.now());
        channel.handle(call).whenComplete((answer, failure) -> {
            if (failure != null) { // a channel never fails its future; should it, answer rather than hang
                log.error("channel={} no answer: {}", channel.name(), failure.toString(), failure);
            }
            ctx.executor().execute(() -> finish(ctx, slot, responses.response(answer), close));
        });
    }

    // ---------------------------------------------------------------- responses, in order

    private Slot open(ChannelHandlerContext ctx) {
        Slot slot = new Slot();
        traffic.openRequests.incrementAndGet();
        if (closed) {
            return slot;
        }
        slots.addLast(slot);
        if (slots.size() >= MAX_PIPELINED) {
            ctx.channel().config().setAutoRead(false);
        }
        return slot;
    }

    /** Reads the connection again once its client has room for answers and few requests are in progress. */
    private void resumeReading(ChannelHandlerContext ctx) {
        if (!closed && slots.size() < MAX_PIPELINED / 2 && ctx.channel().isWritable()
                && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (!ctx.channel().isWritable()) {
            ctx.channel().config().setAutoRead(false);
            if (unwritableSince == 0) {
                unwritableSince = System.nanoTime();
                metrics.readPaused();
                if (unwritableCheck == null) {
                    checkUnwritable(ctx, unwritableNanos);
                }
            }
        } else {
            unwritableSince = 0;
            resumeReading(ctx);
        }
        ctx.fireChannelWritabilityChanged();
    }

    /** Looks again when the connection would have been unwritable too long; one pending look at a time. */
    private void checkUnwritable(ChannelHandlerContext ctx, long delayNanos) {
        unwritableCheck = ctx.executor().schedule(() -> {
            unwritableCheck = null;
            if (unwritableSince == 0 || !ctx.channel().isActive()) {
                return;
            }
            long left = unwritableSince + unwritableNanos - System.nanoTime();
            if (left > 0) {
                checkUnwritable(ctx, left);
                return;
            }
            metrics.connectionClosed("unwritable");
            log.info("connection {}: closed, its client left {} bytes of responses unread for {} ms",
                    ctx.channel().remoteAddress(), ctx.channel().unsafe().outboundBuffer() == null ? 0
                            : ctx.channel().unsafe().outboundBuffer().totalPendingWriteBytes(),
                    unwritableNanos / 1_000_000);
            ctx.close();
        }, delayNanos, TimeUnit.NANOSECONDS);
    }

    /** Sets the slot's response and writes every response that is now next in order. */
    private void finish(ChannelHandlerContext ctx, Slot slot, FullHttpResponse response, boolean close) {
        if (closed || !slots.contains(slot)) {
            response.release();
            traffic.openRequests.decrementAndGet();
            return;
        }
        slot.response = response;
        slot.close = close;
        while (!slots.isEmpty() && slots.peekFirst().response != null) {
            Slot next = slots.pollFirst();
            FullHttpResponse r = next.response;
            HttpUtil.setContentLength(r, r.content().readableBytes());
            r.headers().set(HttpHeaderNames.CONNECTION, next.close ? HttpHeaderValues.CLOSE : HttpHeaderValues.KEEP_ALIVE);
            ChannelFuture written = ctx.writeAndFlush(r);
            traffic.openRequests.decrementAndGet();
            if (next.close) {
                written.addListener(ChannelFutureListener.CLOSE);
                closed = true;
                slots.clear(); // their answers are dropped (and counted) when they finish
                return;
            }
        }
        resumeReading(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed = true;
        if (unwritableCheck != null) {
            unwritableCheck.cancel(false);
            unwritableCheck = null;
        }
        for (Slot slot : slots) {
            if (slot.response != null) {
                slot.response.release();
                traffic.openRequests.decrementAndGet();
            }
        }
        slots.clear();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException || cause instanceof PrematureChannelClosureException) {
            log.debug("connection {}: {}", ctx.channel().remoteAddress(), cause.toString());
        } else {
            log.warn("connection {}: {}", ctx.channel().remoteAddress(), cause.toString(), cause);
        }
        ctx.close();
    }
}
