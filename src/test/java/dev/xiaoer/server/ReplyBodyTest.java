package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.testing.SampleReplies;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplyBodyTest {

    @Test
    void writesTheContractFieldsInOrder() {
        assertEquals(SampleReplies.IN_FLOW_JSON, ReplyBody.write(SampleReplies.IN_FLOW));
        assertEquals(SampleReplies.CLARIFY_JSON, ReplyBody.write(SampleReplies.CLARIFY));
        assertEquals(SampleReplies.NESTED_JSON, ReplyBody.write(SampleReplies.NESTED));
    }

    @Test
    void onTheWireTheSameAsUtf8() {
        assertEquals(SampleReplies.NESTED_JSON, new String(ReplyBody.bytes(SampleReplies.NESTED), StandardCharsets.UTF_8));
    }
}
