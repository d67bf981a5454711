package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.testing.SampleReplies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    // ------------------------------------------------------------ the databind form it replaced

    /** How the body was written until issue 19's fifteenth session: the records through databind, with mix-ins. */
    private static final ObjectWriter DATABIND = JsonMapper.builder()
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .addMixIn(Reply.class, ReplyShape.class)
            .addMixIn(FlowPosition.class, FlowShape.class)
            .addMixIn(FlowFrame.class, FrameShape.class)
            .build().writer();

    @JsonPropertyOrder({"conversationId", "msgId", "kind", "text", "faqId", "confidence", "options", "flow", "related"})
    private interface ReplyShape {
    }

    @JsonPropertyOrder({"id", "step", "done", "suspended"})
    private interface FlowShape {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<FlowFrame> suspended();
    }

    private interface FrameShape {
        @JsonProperty("id")
        String flowId();

        @JsonProperty("step")
        String stepId();

        @JsonIgnore
        int toldItems();
    }

    /** Every field's shapes, texts that need escaping or are outside the BMP, and confidences of every form. */
    private static List<Reply> shapes() {
        List<Reply> replies = new ArrayList<>(List.of(SampleReplies.IN_FLOW, SampleReplies.CLARIFY, SampleReplies.NESTED));
        String[] texts = {"", "保证金怎么退？", "line\nbreak\ttab\r\u0000\u001f\u007f", "\"quoted\" \\ back/slash </script>",
            "emoji 😀👍🏻 and 𠮷", "繁體：您好，請問", "\u2028\u2029 separators", "a".repeat(3000), "混合 mixed 123 ¥100.50"};
        double[] confidences = {0.0, 1.0, 0.5, 0.8125, 0.9, 1.0 / 3, 0.123456789012345, 1e-7, 0.95, Double.NaN};
        Kind[] kinds = Kind.values();
        int i = 0;
        for (String text : texts) {
            for (double confidence : confidences) {
                Kind kind = kinds[i % kinds.length];
                List<Object> options = switch (i % 3) {
                    case 0 -> List.of();
                    case 1 -> List.of("是", "还没", text);
                    default -> List.of(new Related("a.b", "问题一 " + text), new Related("c", ""));
                };
                FlowPosition flow = switch (i % 4) {
                    case 0 -> null;
                    case 1 -> new FlowPosition("deposit-refund", "close-subservices", false);
                    case 2 -> new FlowPosition("waybill-fix", "done", true,
                            List.of(new FlowFrame("appeal-check", "reason", 5), new FlowFrame("x", "y")));
                    default -> new FlowPosition("f", null, false);
                };
                List<Related> related = i % 2 == 0 ? List.of() : List.of(new Related("r." + i, text));
                replies.add(new Reply("conv-" + i + text.substring(0, Math.min(3, text.length())),
                        i % 5 == 0 ? null : "m-" + i, kind, text, i % 3 == 0 ? null : "faq." + i, confidence,
                        options, flow, related));
                i++;
            }
        }
        return replies;
    }

    @Test
    void theSameBytesAsTheDatabindFormForEveryShape() throws Exception {
        for (Reply reply : shapes()) {
            String expected = DATABIND.writeValueAsString(reply);
            assertEquals(expected, ReplyBody.write(reply), reply::toString);
            assertArrayEquals(DATABIND.writeValueAsBytes(reply), ReplyBody.bytes(reply), reply::toString);
        }
    }
}
