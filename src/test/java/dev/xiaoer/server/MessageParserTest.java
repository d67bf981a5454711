package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xiaoer.conversation.Message;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The body's decoding into each thread's reused char buffer reads as the decoded {@code String} did. */
class MessageParserTest {

    private static FullHttpRequest post(byte[] body) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/messages",
                Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
        return request;
    }

    private static FullHttpRequest post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(FullHttpRequest request) {
        return assertThrows(ApiError.class, () -> MessageParser.parse(request)).code;
    }

    @Test
    void readsOneBodyAfterAnother() {
        Message first = MessageParser.parse(post("{\"conversationId\":\"c-1\",\"text\":\"保证金怎么退回来\",\"msgId\":\"m-1\"}"));
        Message second = MessageParser.parse(post("{\"conversationId\":\"c-2\",\"text\":\"是\"}"));
        assertEquals("保证金怎么退回来", first.text());
        assertEquals("m-1", first.msgId());
        assertEquals("c-2", second.conversationId());
        assertEquals("是", second.text());
        assertEquals(null, second.msgId());
    }

    @Test
    void aBodyLargerThanTheKeptBufferAndThenASmallOne() {
        String text = "退".repeat(2000);
        String padded = "{\"conversationId\":\"c-big\",\"text\":\"" + text + "\"" + " ".repeat(40_000) + "}";
        assertEquals(text, MessageParser.parse(post(padded)).text());
        assertEquals("好的", MessageParser.parse(post("{\"conversationId\":\"c\",\"text\":\"好的\"}")).text());
    }

    @Test
    void blankAsStringIsBlankSaysIt() {
        assertEquals("malformed_json", code(post("")));
        assertEquals("malformed_json", code(post(" \n\t\u3000 ")));
        assertEquals("malformed_json", code(post("{\"conversationId\":\"c\",\"text\":\"hi\"} x")));
    }

    @Test
    void malformedUtf8IsReportedNotReplaced() {
        byte[] ok = "{\"conversationId\":\"c\",\"text\":\"保\"}".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(ok, ok.length);
        // 保's three bytes start where its char does (all before it is ASCII); cut its last byte
        int at = new String(ok, StandardCharsets.UTF_8).indexOf('保');
        byte[] cut = new byte[ok.length - 1];
        System.arraycopy(ok, 0, cut, 0, at + 2);
        System.arraycopy(ok, at + 3, cut, at + 2, ok.length - at - 3);
        assertEquals("invalid_utf8", code(post(cut)));
        truncated[truncated.length - 1] = (byte) 0xE4; // a lead byte with nothing after it, at the end
        assertEquals("invalid_utf8", code(post(truncated)));
        assertEquals("c", MessageParser.parse(post(ok)).conversationId());
    }
}
