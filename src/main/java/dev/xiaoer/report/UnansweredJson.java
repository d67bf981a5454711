package dev.xiaoer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** The unanswered report as JSON, the same for {@code GET /admin/unanswered} and {@code report unanswered --json}. */
public final class UnansweredJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UnansweredJson() {
    }

    /** {@code {"since", "belowConfidence", "questions", "groups": [...]}}. */
    public static ObjectNode write(Instant since, double belowConfidence, int questions, List<UnansweredGroup> groups) {
        ObjectNode body = JSON.createObjectNode();
        body.put("since", since.toString()).put("belowConfidence", belowConfidence).put("questions", questions);
        ArrayNode items = body.putArray("groups");
        for (UnansweredGroup g : groups) {
            ObjectNode n = items.addObject();
            n.put("question", g.question()).put("count", g.count()).put("fallbacks", g.fallbacks())
                    .put("firstAsked", g.firstAsked().toString()).put("lastAsked", g.lastAsked().toString());
            ArrayNode variants = n.putArray("variants");
            g.variants().forEach(v -> variants.addObject().put("text", v.text()).put("count", v.count()));
            if (g.closest() == null) {
                n.putNull("closest");
            } else {
                ObjectNode c = n.putObject("closest");
                c.put("faqId", g.closest().faqId()).put("question", g.closest().question())
                        .put("score", Math.round(g.closest().score() * 10_000) / 10_000.0);
                ArrayNode words = c.putArray("matchedWords");
                g.closest().matchedWords().forEach(words::add);
            }
        }
        return body;
    }
}
