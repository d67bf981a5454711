package dev.xiaoer.server;

import dev.xiaoer.conversation.Message;
import dev.xiaoer.web.LiveStreams;
import dev.xiaoer.web.Pages;
import dev.xiaoer.web.WebChat;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The web side's requests and responses: the pages and assets (with their Content-Security-Policy), the
 * web chat's messages and stream requests checked, and the web
 * chat's event stream ({@code GET /chat/events}, server-sent events) that carries staff replies to a
 * seller's page live. A stream holds its connection: a heartbeat keeps it from counting as idle,
 * and a page that stops reading is disconnected (its browser reconnects and reads its history).
 */
final class EventStream {
    private EventStream() {
    }

    /** The page or asset a page route matched, if there is one. */
    static Optional<FullHttpResponse> page(Pages pages, Routes.Match match) {
        return (match.template().equals(Routes.ASSET) ? pages.asset(match.params().get("file"))
                : pages.page(match.template())).map(EventStream::page);
    }

    private static WebChat webChat(Integrations integrations) {
        if (integrations.webChat() == null) {
            throw new ApiError(404, "channel_off", "the web chat is off");
        }
        return integrations.webChat();
    }

    /** A web chat page's message ({@code POST /chat/messages}): its own conversations only, never signed, never pushed. */
    static Message webMessage(Integrations integrations, FullHttpRequest request) {
        webChat(integrations);
        Message message = MessageParser.parse(request, null);
        if (!WebChat.isWebConversation(message.conversationId()) || message.outbound() != null) {
            throw ApiError.badRequest("invalid_conversation_id",
                    "conversationId must be a web chat's id: web- and 16-64 letters, digits or dashes");
        }
        return message;
    }

    /** The conversation an event stream request ({@code GET /chat/events}) is for: a web chat's. */
    static String streamId(Integrations integrations, FullHttpRequest request) {
        webChat(integrations);
        List<String> ids = new QueryStringDecoder(request.uri()).parameters().get("conversationId");
        String id = ids == null || ids.isEmpty() ? null : ids.get(0);
        if (!WebChat.isWebConversation(id)) {
            throw ApiError.badRequest("invalid_conversation_id", "conversationId must be a web chat's id (web-…)");
        }
        return id;
    }

    private static FullHttpResponse page(Pages.Asset asset) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.wrappedBuffer(asset.body()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, asset.contentType())
                .set(HttpHeaderNames.CONTENT_SECURITY_POLICY, Pages.CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
        return response;
    }

    /**
     * Answers the request with an open event stream of the conversation's staff replies. Called on the
     * event loop with no other response pending on the connection.
     */
    static void open(ChannelHandlerContext ctx, LiveStreams streams, String conversationId, Duration heartbeat) {
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE)
                .set("X-Accel-Buffering", "no") // a proxy in front (nginx) passes each event on at once
                .set("X-Content-Type-Options", "nosniff");
        ctx.write(head);
        // the browser waits 2 s before it reconnects; "ready" tells the page to read what it missed
        ctx.writeAndFlush(chunk("retry: 2000\nevent: ready\ndata: {}\n\n"));
        Channel ch = ctx.channel();
        Runnable unsubscribe = streams.subscribe(conversationId, event -> {
            if (!ch.isActive()) {
                return false;
            }
            if (!ch.isWritable()) { // not reading: it reconnects and reads its history instead
                ch.close();
                return false;
            }
            ch.writeAndFlush(chunk("event: staff\ndata: " + event + "\n\n"));
            return true;
        });
        long every = heartbeat.toMillis();
        ScheduledFuture<?> ping = ctx.executor().scheduleAtFixedRate(() -> ch.writeAndFlush(chunk(": ping\n\n")),
                every, every, TimeUnit.MILLISECONDS);
        ch.closeFuture().addListener(f -> {
            unsubscribe.run();
            ping.cancel(false);
        });
    }

    private static HttpContent chunk(String text) {
        return new DefaultHttpContent(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }
}
