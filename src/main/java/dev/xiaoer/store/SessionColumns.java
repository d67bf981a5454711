package dev.xiaoer.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.dialogue.FlowFrame;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The session columns that hold structure: the suspended flows as {@code [{"id": …, "step": …}]}. */
final class SessionColumns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionColumns() {
    }

    static String json(List<FlowFrame> frames) {
        if (frames.isEmpty()) {
            return "[]";
        }
        StringWriter out = new StringWriter(64);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (FlowFrame f : frames) {
                g.writeStartObject();
                g.writeStringField("id", f.flowId());
                g.writeStringField("step", f.stepId());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<FlowFrame> frames(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            List<FlowFrame> frames = new ArrayList<>();
            for (JsonNode f : JSON.readTree(json)) {
                frames.add(new FlowFrame(f.path("id").asText(null), f.path("step").asText(null)));
            }
            return frames;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("a stored session's suspended flows are corrupt: " + e.getMessage(), e);
        }
    }
}
