package dev.xiaoer.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Reply;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A {@link Reply} as the contract's {@code POST /v1/messages} response body (also what
 * {@code ask --json} prints): the reply's records through Jackson, in the contract's names and order
 * as declared below. The HTTP API's wire format: IM channels write their platforms' own, and the
 * store keeps replies in its own form ({@code store/ReplyJson}).
 */
public final class ReplyBody {
    private static final ObjectWriter JSON = JsonMapper.builder()
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE) // kind: faq, flow, clarify, …
            .addMixIn(Reply.class, ReplyShape.class)
            .addMixIn(FlowPosition.class, FlowShape.class)
            .addMixIn(FlowFrame.class, FrameShape.class)
            .build().writer();

    @JsonPropertyOrder({"conversationId", "msgId", "kind", "text", "faqId", "confidence", "options", "flow", "related"})
    private interface ReplyShape {
    }

    /** The flows paused under this one only when there are any. */
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

        /** The dialogue's own memory of a step, not the contract's: never on the wire. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        int toldItems();

        /** …nor what was told of the steps ahead. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        java.util.Map<String, String> toldAhead();
    }

    private ReplyBody() {
    }

    /** The body, as text. */
    public static String write(Reply reply) {
        try {
            return JSON.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a reply as JSON", e);
        }
    }

    /** The body, as UTF-8 bytes (what goes on the wire). */
    static byte[] bytes(Reply reply) {
        try {
            return JSON.writeValueAsBytes(reply);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a reply as JSON", e);
        }
    }
}
