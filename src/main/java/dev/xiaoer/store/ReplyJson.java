package dev.xiaoer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Reply} as the contract's JSON (the {@code POST /v1/messages} response body), in a fixed
 * field order, so that a stored reply read back and written again gives the same bytes.
 */
public final class ReplyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplyJson() {
    }

    public static String write(Reply reply) {
        try {
            return JSON.writeValueAsString(tree(reply));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reply as JSON", e);
        }
    }

    /** The reply as a JSON tree, in the contract's field order. */
    public static ObjectNode tree(Reply reply) {
        ObjectNode node = JSON.createObjectNode();
        node.put("conversationId", reply.conversationId());
        node.put("msgId", reply.msgId());
        node.put("kind", reply.kind().wire());
        node.put("text", reply.text());
        node.put("faqId", reply.faqId());
        node.put("confidence", reply.confidence());
        ArrayNode options = node.putArray("options");
        for (Object option : reply.options()) {
            if (option instanceof Related related) {
                options.addObject().put("faqId", related.faqId()).put("question", related.question());
            } else {
                options.add(String.valueOf(option));
            }
        }
        if (reply.flow() == null) {
            node.putNull("flow");
        } else {
            node.putObject("flow").put("id", reply.flow().id()).put("step", reply.flow().step())
                    .put("done", reply.flow().done());
        }
        ArrayNode related = node.putArray("related");
        for (Related r : reply.related()) {
            related.addObject().put("faqId", r.faqId()).put("question", r.question());
        }
        return node;
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
        FlowPosition flow = flowNode.isObject()
                ? new FlowPosition(text(flowNode, "id"), text(flowNode, "step"), flowNode.path("done").asBoolean())
                : null;
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
