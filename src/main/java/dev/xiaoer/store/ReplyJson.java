package dev.xiaoer.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Reply} as the store keeps it (in the bot's transcript line), to give it again for a
 * repeated msgId: JSON in a fixed field order, so that a stored reply read back and written again
 * gives the same bytes. The store's own form, read as every schema wrote it; what a transport sends
 * is that transport's business (the HTTP body: {@code server/ReplyBody}).
 *
 * <p>Two forms: the whole reply ({@link #write}: the outbox, PostgreSQL, SQLite before schema 10), and,
 * in SQLite's bot lines since schema 10, only what the line's own columns do not hold ({@link #writeBeside}:
 * the options, the flow and the related questions; the conversation, msgId, kind, text, FAQ id and
 * confidence are the line's columns). The text was the larger half of every bot line twice over: the
 * line's bytes are most of what each commit writes, syncs and later checkpoints. {@link #read(String,
 * String, String, String, String, String, double)} reads either.
 */
public final class ReplyJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private ReplyJson() {
    }

    /**
     * The reply's stored form, written field by field (this runs for every message with a msgId), into
     * Jackson's segmented writer with its recycled buffers, as {@code ObjectMapper.writeValueAsString}
     * does: a {@code StringWriter} grew from its first size and was copied again by {@code toString}.
     */
    public static String write(Reply reply) {
        BufferRecycler buffers = JSON.getFactory()._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            write(out, reply);
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a reply as JSON", e);
        } finally {
            buffers.releaseToPool();
        }
    }

    /**
     * The reply's form beside a bot line that holds the rest in its own columns (conversation {@code
     * conversationId}, {@code msgId}, kind, text, FAQ id, confidence): its options, flow and related
     * questions; or the whole reply ({@link #write}) when those columns would not give it back exactly
     * (another conversation or msgId in the reply, no text, a confidence SQLite would not keep as it
     * is: NaN becomes NULL, -0.0 becomes 0).
     */
    public static String writeBeside(Reply reply, String conversationId, String msgId) {
        if (!fitsBeside(reply, conversationId, msgId)) {
            return write(reply);
        }
        BufferRecycler buffers = JSON.getFactory()._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                g.writeStartObject();
                writeRest(g, reply);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a reply as JSON", e);
        } finally {
            buffers.releaseToPool();
        }
    }

    static boolean fitsBeside(Reply reply, String conversationId, String msgId) {
        return msgId != null && msgId.equals(reply.msgId()) && conversationId != null
                && conversationId.equals(reply.conversationId()) && reply.kind() != null && reply.text() != null
                && Double.isFinite(reply.confidence()) && Double.doubleToRawLongBits(reply.confidence()) != NEGATIVE_ZERO;
    }

    private static void write(SegmentedStringWriter out, Reply reply) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("conversationId", reply.conversationId());
            g.writeStringField("msgId", reply.msgId());
            g.writeStringField("kind", reply.kind().wire());
            g.writeStringField("text", reply.text());
            g.writeStringField("faqId", reply.faqId());
            g.writeNumberField("confidence", reply.confidence());
            writeRest(g, reply);
        }
    }

    /** The options, flow and related questions, and the end of the object. */
    private static void writeRest(JsonGenerator g, Reply reply) throws IOException {
        g.writeArrayFieldStart("options");
        for (Object option : reply.options()) {
            if (option instanceof Related related) {
                write(g, related);
            } else {
                g.writeString(String.valueOf(option));
            }
        }
        g.writeEndArray();
        if (reply.flow() == null) {
            g.writeNullField("flow");
        } else {
            g.writeObjectFieldStart("flow");
            g.writeStringField("id", reply.flow().id());
            g.writeStringField("step", reply.flow().step());
            g.writeBooleanField("done", reply.flow().done());
            if (!reply.flow().suspended().isEmpty()) {
                g.writeArrayFieldStart("suspended");
                for (FlowFrame f : reply.flow().suspended()) {
                    g.writeStartObject();
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

    /** A whole reply ({@link #write}). */
    public static Reply read(String json) {
        return read(tree(json));
    }

    /**
     * A reply stored in a bot line: {@code json} is the line's {@code reply} column, in either form;
     * the other arguments the line's columns, which give the rest when it holds only that ({@link #writeBeside}).
     */
    public static Reply read(String json, String conversationId, String msgId, String kind, String text, String faqId,
                             double confidence) {
        JsonNode node = tree(json);
        if (node.has("kind")) { // the whole reply: every version wrote its kind
            return read(node);
        }
        return new Reply(conversationId, msgId, Kind.fromWire(kind), text, faqId, confidence, options(node),
                flow(node), related(node.path("related")));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reply is not valid JSON", e);
        }
    }

    private static Reply read(JsonNode node) {
        return new Reply(text(node, "conversationId"), text(node, "msgId"), Kind.fromWire(node.path("kind").asText()),
                text(node, "text"), text(node, "faqId"), node.path("confidence").asDouble(), options(node), flow(node),
                related(node.path("related")));
    }

    private static List<Object> options(JsonNode node) {
        List<Object> options = new ArrayList<>();
        for (JsonNode option : node.path("options")) {
            options.add(option.isObject() ? relatedOne(option) : option.asText());
        }
        return options;
    }

    private static FlowPosition flow(JsonNode node) {
        JsonNode flowNode = node.path("flow");
        FlowPosition flow = null;
        if (flowNode.isObject()) {
            List<FlowFrame> suspended = new ArrayList<>();
            for (JsonNode f : flowNode.path("suspended")) {
                suspended.add(new FlowFrame(text(f, "id"), text(f, "step")));
            }
            flow = new FlowPosition(text(flowNode, "id"), text(flowNode, "step"), flowNode.path("done").asBoolean(),
                    suspended);
        }
        return flow;
    }

    private static List<Related> related(JsonNode relatedNode) {
        List<Related> related = new ArrayList<>();
        for (JsonNode r : relatedNode) {
            related.add(relatedOne(r));
        }
        return related;
    }

    private static Related relatedOne(JsonNode node) {
        return new Related(text(node, "faqId"), text(node, "question"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
