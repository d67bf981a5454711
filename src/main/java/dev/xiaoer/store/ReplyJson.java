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
 */
public final class ReplyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static void write(SegmentedStringWriter out, Reply reply) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("conversationId", reply.conversationId());
            g.writeStringField("msgId", reply.msgId());
            g.writeStringField("kind", reply.kind().wire());
            g.writeStringField("text", reply.text());
            g.writeStringField("faqId", reply.faqId());
            g.writeNumberField("confidence", reply.confidence());
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
    }

    private static void write(JsonGenerator g, Related related) throws IOException {
        g.writeStartObject();
        g.writeStringField("faqId", related.faqId());
        g.writeStringField("question", related.question());
        g.writeEndObject();
    }

    public static Reply read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reply is not valid JSON", e);
        }
        List<Object> options = new ArrayList<>();
        for (JsonNode option : node.path("options")) {
            options.add(option.isObject() ? related(option) : option.asText());
        }
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
        List<Related> related = new ArrayList<>();
        for (JsonNode r : node.path("related")) {
            related.add(related(r));
        }
        return new Reply(text(node, "conversationId"), text(node, "msgId"), Kind.fromWire(node.path("kind").asText()),
                text(node, "text"), text(node, "faqId"), node.path("confidence").asDouble(), options, flow, related);
    }

    private static Related related(JsonNode node) {
        return new Related(text(node, "faqId"), text(node, "question"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
