package dev.xiaoer.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A {@link Reply} as the contract's {@code POST /v1/messages} response body (also what
 * {@code ask --json} prints): the contract's names in the contract's order — conversationId, msgId,
 * kind (lower case), text, faqId, confidence, options (strings, or {faqId, question} objects),
 * flow ({id, step, done}, and suspended [{id, step}] only when flows are paused under it; or null)
 * and related ([{faqId, question}]). The HTTP API's wire format: IM channels write their platforms'
 * own, and the store keeps replies in its own form ({@code store/ReplyJson}).
 *
 * <p>Written field by field with Jackson's generator, straight into UTF-8 bytes, rather than through
 * databind's bean serializers (mix-ins over the records): the same bytes, for a fraction of the code
 * run on the event loop that sends every reply (issue 19, fifteenth session, docs/benchmarks.md).
 * {@code ReplyBodyTest} holds it to what the databind form wrote.
 */
public final class ReplyBody {
    private static final JsonFactory JSON = new JsonFactory();

    private ReplyBody() {
    }

    /** The body, as text. */
    public static String write(Reply reply) {
        BufferRecycler buffers = JSON._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                write(g, reply);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a reply as JSON", e);
        } finally {
            buffers.releaseToPool();
        }
    }

    /** The body, as UTF-8 bytes (what goes on the wire). */
    static byte[] bytes(Reply reply) {
        BufferRecycler buffers = JSON._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(buffers)) {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                write(g, reply);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a reply as JSON", e);
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void write(JsonGenerator g, Reply reply) throws IOException {
        g.writeStartObject();
        g.writeStringField("conversationId", reply.conversationId());
        g.writeStringField("msgId", reply.msgId());
        if (reply.kind() == null) {
            g.writeNullField("kind");
        } else {
            g.writeStringField("kind", reply.kind().wire());
        }
        g.writeStringField("text", reply.text());
        g.writeStringField("faqId", reply.faqId());
        g.writeNumberField("confidence", reply.confidence());
        g.writeArrayFieldStart("options");
        for (Object option : reply.options()) {
            if (option instanceof Related related) {
                write(g, related);
            } else {
                g.writeString(String.valueOf(option)); // the record's options are strings otherwise
            }
        }
        g.writeEndArray();
        FlowPosition flow = reply.flow();
        if (flow == null) {
            g.writeNullField("flow");
        } else {
            g.writeObjectFieldStart("flow");
            g.writeStringField("id", flow.id());
            g.writeStringField("step", flow.step());
            g.writeBooleanField("done", flow.done());
            if (flow.suspended() != null && !flow.suspended().isEmpty()) {
                g.writeArrayFieldStart("suspended");
                for (FlowFrame f : flow.suspended()) {
                    g.writeStartObject(); // the frame's toldItems is the dialogue's own memory, never on the wire
                    g.writeStringField("id", f.flowId());
                    g.writeStringField("step", f.stepId());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("related");
        for (Related r : reply.related()) {
            write(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, Related related) throws IOException {
        g.writeStartObject();
        g.writeStringField("faqId", related.faqId());
        g.writeStringField("question", related.question());
        g.writeEndObject();
    }
}
