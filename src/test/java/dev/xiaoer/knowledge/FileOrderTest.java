package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The knowledge keeps the order it was written in: the engine walks a flow's steps (the steps before a step) and the flows
 * where order decides, and {@link java.util.Map#copyOf} salts its order afresh in every JVM, so one script's reply changed
 * from run to run (2365: two earlier steps read alike, the first in the salted order won).
 */
class FileOrderTest {
    private static final Pattern STEP = Pattern.compile("^  ([a-z0-9-]+):\\s*$");

    @Test
    void everyFlowsStepsIterateInTheOrderOfItsFile() throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        int steps = 0;
        for (Flow flow : kb.flows().values()) {
            List<String> written = stepIdsAsWritten(Path.of("knowledge/flows", flow.id() + ".yaml"));
            assertEquals(written, List.copyOf(flow.steps().keySet()), flow.id());
            steps += written.size();
        }
        // (enough steps that a salted order matching every file by chance is out of the question)
        assertEquals(true, steps >= 15, "steps " + steps);
    }

    @Test
    void theStepsBeforeAStepComeInFileOrder() {
        Flow deposit = KnowledgeLoader.load(Path.of("knowledge")).knowledge().flow("deposit-refund").orElseThrow();
        assertEquals(List.of("close-services", "check-orders", "check-complaints"),
                deposit.stepsBefore("check-aftersales-window").stream().map(FlowStep::id).toList());
    }

    @Test
    void aCopyKeepsItsSourcesOrderAndRefusesNulls() {
        java.util.Map<String, Integer> source = new java.util.LinkedHashMap<>();
        for (int i = 40; i > 0; i--) {
            source.put("k" + i, i);
        }
        assertEquals(List.copyOf(source.keySet()), List.copyOf(FileOrder.copyOf(source).keySet()));
        java.util.Map<String, Integer> withNull = new java.util.HashMap<>();
        withNull.put("a", null);
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> FileOrder.copyOf(withNull));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> FileOrder.copyOf(source).put("x", 1));
    }

    private static List<String> stepIdsAsWritten(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        boolean inSteps = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("steps:")) {
                inSteps = true;
                continue;
            }
            if (inSteps && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                break;
            }
            Matcher m = STEP.matcher(line);
            if (inSteps && m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
