package dev.xiaoer.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.channel.ChannelResponse;
import dev.xiaoer.conversation.ConversationOrder;
import dev.xiaoer.conversation.Outcome;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.store.StoreException;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP responses {@link HttpApi} writes: a reply or a rejection from an {@link Outcome}, a
 * channel's answer, JSON bodies, and every error as {@code {"error": {"code", "message"}}} with its
 * status, counted by code in {@link Metrics}. Thread-safe.
 */
final class Responses {
    private static final Logger log = LoggerFactory.getLogger(Responses.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The Content-Type of every JSON body, made once rather than concatenated per response. */
    private static final AsciiString JSON_UTF8 = AsciiString.cached(HttpHeaderValues.APPLICATION_JSON + "; charset=utf-8");

    private final Metrics metrics;

    Responses(Metrics metrics) {
        this.metrics = metrics;
    }

    static ApiError backofficeFailure(Routes.Route route, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ApiError e) {
            return e;
        }
        if (cause instanceof ConversationOrder.Refused r) {
            return ApiError.rejected(r.reason());
        }
        if (cause instanceof StoreException) {
            log.warn("{} {}: {}", route.method(), route.path(), cause.getMessage());
            return new ApiError(503, "store_unavailable", "the conversation store could not be read or written now; "
                    + "nothing was changed, retry", 5);
        }
        log.error("{} {} failed: {}", route.method(), route.path(), cause.toString(), cause);
        return new ApiError(500, "internal_error", "the request could not be answered; retry");
    }

    FullHttpResponse response(ChannelResponse answer) {
        if (answer instanceof ChannelResponse.Body b) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(b.status()),
                    Unpooled.wrappedBuffer(b.body()));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, b.contentType());
            return response;
        }
        if (answer instanceof ChannelResponse.Refused r) {
            return error(new ApiError(r.status(), r.code(), r.message()));
        }
        return error(ApiError.rejected(answer instanceof ChannelResponse.Rejected r ? r.why() : Outcome.Rejected.FAILED));
    }

    /** 200 with the reply (the stored one again for a repeated msgId), or the rejection's error. */
    FullHttpResponse response(Outcome outcome) {
        Reply reply;
        if (outcome instanceof Outcome.Answered a) {
            reply = a.reply();
        } else if (outcome instanceof Outcome.Duplicate d) {
            reply = d.reply();
        } else {
            return error(ApiError.rejected((Outcome.Rejected) outcome));
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.wrappedBuffer(ReplyBody.bytes(reply)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, JSON_UTF8);
        return response;
    }

    static ApiError decoderError(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return new ApiError(431, "headers_too_large", "the request headers are too large");
        }
        if (cause instanceof TooLongHttpLineException) {
            return new ApiError(414, "uri_too_long", "the request line is too long");
        }
        return ApiError.badRequest("bad_request", "malformed HTTP request");
    }

    FullHttpResponse error(ApiError e) {
        metrics.error(e.code);
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", e.code).put("message", e.getMessage());
        FullHttpResponse response = json(HttpResponseStatus.valueOf(e.status), body);
        if (e.retryAfter > 0) {
            response.headers().set(HttpHeaderNames.RETRY_AFTER, e.retryAfter);
        }
        if (e.status == 401 && "unauthorized".equals(e.code)) {
            response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"xiaoer\"");
        }
        return response;
    }

    static ObjectNode status(String status) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", status);
        return node;
    }

    static FullHttpResponse json(HttpResponseStatus status, ObjectNode body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body.toString(), StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, JSON_UTF8);
        return response;
    }
}
