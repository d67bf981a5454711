package dev.xiaoer.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import java.nio.file.Path;

/** The project's own knowledge folder, loaded for a test that reads real phrases and flows. */
public final class RealKnowledge {
    private RealKnowledge() {
    }

    /** {@code ./knowledge}, failing the test when it does not load cleanly. */
    public static KnowledgeBase load() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(result.ok(), () -> result.problems().toString());
        return result.knowledge();
    }
}
