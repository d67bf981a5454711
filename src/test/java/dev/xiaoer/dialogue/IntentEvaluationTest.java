package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.eval.IntentCases;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conversation intents (handoff, cancel, resume, small talk; inside sentences, negated, or only
 * mentioned in a question) on the labelled sets: the tuning sets and the held-out one, each held to
 * a floor at today's figure, and never a handoff for a negated request.
 */
class IntentEvaluationTest {
    private static IntentCases cases;

    @BeforeAll
    static void load() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(result.ok(), () -> "knowledge problems: " + result.problems());
        cases = new IntentCases(
                DialogueEngine.create(result.knowledge(), RetrievalSettings.defaults(), Duration.ofMinutes(30)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"eval/intents.yaml, 0.98", "eval/intents-2.yaml, 0.98", "eval/intents-3.yaml, 0.98", "eval/intents-holdout.yaml, 0.95"})
    void intentsAreReadRight(String file, double floor) throws IOException {
        IntentCases.Report report = cases.run(IntentCases.read(Path.of(file)));
        assertTrue(report.accuracy() >= floor, () -> String.format("%.1f%% right, below %.0f%%:%n%s",
                100 * report.accuracy(), 100 * floor, String.join("\n", report.misses())));
        assertEquals(0, report.negatedHandoffs(), "a negated request was handed off");
    }
}
