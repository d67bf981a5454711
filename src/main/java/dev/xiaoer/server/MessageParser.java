package dev.xiaoer.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.conversation.Message;
import dev.xiaoer.store.Outbound;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads and checks a {@code POST /v1/messages} request; every problem is an {@link ApiError} naming it. */
final class MessageParser {
    static final int MAX_TEXT = 2000;
    static final int MAX_ID = 128;
    static final int MAX_URL = 2048;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private MessageParser() {
    }

    static Message parse(FullHttpRequest request) {
        return parse(request, null);
    }

    /**
     * @param keyId the integration that signed the request ({@link WebhookKeys}), or null: only a
     *              signed message may name a {@code callbackUrl}, where its replies are then also pushed
     */
    static Message parse(FullHttpRequest request, String keyId) {
        JsonNode root = object(request);
        String conversationId = string(root, "conversationId", true);
        String text = string(root, "text", true);
        String msgId = string(root, "msgId", false);
        String senderId = string(root, "senderId", false);
        checkId("conversationId", conversationId, "invalid_conversation_id");
        checkText(text);
        if (msgId != null) {
            checkId("msgId", msgId, "invalid_msg_id");
        }
        if (senderId != null) {
            checkId("senderId", senderId, "invalid_sender_id");
        }
        String callbackUrl = string(root, "callbackUrl", false);
        Outbound outbound = null;
        if (callbackUrl != null) {
            if (keyId == null) {
                throw ApiError.badRequest("callback_needs_signature", "callbackUrl is taken only on signed messages: "
                        + "configure --webhook-keys and send " + WebhookKeys.HEADER);
            }
            checkUrl(callbackUrl);
            outbound = new Outbound(CallbackCourier.CHANNEL, CallbackCourier.address(callbackUrl, keyId), keyId, null);
        }
        return new Message(conversationId, text, msgId, senderId, outbound);
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || url.length() > MAX_URL || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw ApiError.badRequest("invalid_callback_url", "callbackUrl must be an absolute http(s) URL of at most "
                    + MAX_URL + " characters");
        }
    }

    /** The body as a JSON object: Content-Type, UTF-8, JSON syntax and the object shape checked. */
    static JsonNode object(FullHttpRequest request) {
        checkContentType(request);
        CharBuffer body = utf8(request.content());
        if (isBlank(body)) {
            throw ApiError.badRequest("malformed_json", "the body is empty; send a JSON object");
        }
        JsonNode root;
        try {
            root = JSON.readTree(new CharArrayReader(body.array(), body.arrayOffset() + body.position(), body.remaining()));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed_json", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) { // a reader over an array does not fail
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("wrong_type", "the body must be a JSON object");
        }
        return root;
    }

    /** A seller's text: not blank, at most {@value #MAX_TEXT} characters, no unpaired surrogate. */
    static void checkText(String text) {
        if (text.isBlank()) {
            throw ApiError.badRequest("blank_text", "text must not be blank");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            throw ApiError.badRequest("text_too_long", "text has " + length + " characters; at most " + MAX_TEXT);
        }
        if (hasLoneSurrogate(text)) {
            throw ApiError.badRequest("invalid_text", "text contains an unpaired surrogate escape");
        }
    }

    private static void checkContentType(FullHttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
        CharSequence mime = header == null ? null : HttpUtil.getMimeType(header);
        if (mime == null || !"application/json".equals(mime.toString().trim().toLowerCase(Locale.ROOT))) {
            throw new ApiError(415, "unsupported_media_type",
                    "Content-Type must be application/json, not " + (header == null ? "missing" : "'" + header + "'"));
        }
        // getCharset falls back to its default for a name it does not know: read the parameter as sent
        CharSequence named = HttpUtil.getCharsetAsSequence(header);
        if (named == null) {
            return;
        }
        String charset = unquote(named.toString().trim());
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ApiError(415, "unsupported_media_type", "the body must be UTF-8, not charset '"
                    + printable(charset) + "'");
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).trim() : value;
    }

    /** At most 40 characters of a client's value, controls shown as '?': safe to put in a message. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || isBidiControl(c) ? '?' : c));
        return out.toString();
    }

    /**
     * The body decoded (malformed UTF-8 reported, not replaced) into this thread's char buffer, which
     * Jackson then reads: no decoder, char buffer and {@code String} of the body per request. Valid
     * until this thread's next call.
     */
    private static CharBuffer utf8(ByteBuf content) {
        Decoding d = DECODING.get();
        ByteBuffer in = content.nioBuffer();
        int most = in.remaining(); // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = d.chars.capacity() >= most ? d.chars.clear()
                : most <= Decoding.KEPT ? (d.chars = CharBuffer.allocate(most)) : CharBuffer.allocate(most);
        CharsetDecoder decoder = d.decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ApiError.badRequest("invalid_utf8", "the body is not valid UTF-8");
        }
        return out.flip();
    }

    /** What {@link String#isBlank} says of the same text: every code point white space. */
    private static boolean isBlank(CharBuffer text) {
        for (int i = text.position(); i < text.limit(); ) {
            int c = Character.codePointAt(text, i - text.position());
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Each thread's UTF-8 decoder and the chars it decodes into (kept up to {@value #KEPT} chars). */
    private static final class Decoding {
        static final int KEPT = 16 * 1024;
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(1024);
    }

    private static final ThreadLocal<Decoding> DECODING = ThreadLocal.withInitial(Decoding::new);

    static String string(JsonNode root, String field, boolean required) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiError.badRequest("missing_field", "'" + field + "' is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest("wrong_type", "'" + field + "' must be a string, not " + typeName(value));
        }
        return value.textValue();
    }

    static void checkId(String field, String value, String code) {
        int length = value.codePointCount(0, value.length());
        if (value.isBlank()) {
            throw ApiError.badRequest(code, "'" + field + "' must not be empty or blank");
        }
        if (length > MAX_ID) {
            throw ApiError.badRequest(code, "'" + field + "' has " + length + " characters; at most " + MAX_ID);
        }
        if (hasControl(value) || hasLoneSurrogate(value)) {
            throw ApiError.badRequest(code, "'" + field + "' must not contain control characters"
                    + " (bidirectional controls such as U+202E included)");
        }
    }

    /** Whether any char of {@code s} is a control character, a bidirectional one included (a loop, not a stream per id). */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Unicode bidirectional formatting controls (ALM, LRM, RLM, the embeddings, overrides and
     * isolates): in an id they reorder how logs, transcripts and staff screens show what follows.
     */
    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static String typeName(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
