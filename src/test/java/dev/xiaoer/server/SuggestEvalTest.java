package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.eval.EvalCase;
import dev.xiaoer.eval.EvalCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every in-scope question of the evaluation set through POST /v1/suggest: the top 3 hold the right entry for 99%+. */
class SuggestEvalTest {

    @Test
    void topThreeSuggestionsHoldTheRightEntry(@TempDir Path tmp) throws Exception {
        List<EvalCase> cases = EvalCases.read(Path.of("eval/cases.yaml")).stream().filter(EvalCase::inScope).toList();
        assertTrue(cases.size() >= 150, "in-scope cases: " + cases.size());
        List<String> misses = new ArrayList<>();
        try (StaffServer s = new StaffServer(tmp.resolve("data"))) {
            for (EvalCase c : cases) {
                JsonNode list = s.suggest(c.text(), null, 3).path("suggestions");
                boolean found = false;
                for (JsonNode n : list) {
                    found |= c.expect().equals(n.path("faqId").asText());
                }
                if (!found) {
                    misses.add("line " + c.line() + " " + c.text() + " expected " + c.expect() + " got " + list);
                }
            }
        }
        double top3 = 1 - (double) misses.size() / cases.size();
        System.out.printf("suggest top-3: %.1f%% of %d%n", 100 * top3, cases.size());
        assertTrue(top3 >= 0.99, String.format("top-3 %.3f; misses:%n%s", top3, String.join("\n", misses)));
    }
}
