package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.eval.DialogueScripts;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every conversation script of {@code src/test/resources/conversations/} (the tuning set) and
 * {@code conversations-holdout/} (written once, never tuned on) against the real knowledge base;
 * {@link DialogueScripts} says what a turn may check.
 */
class ConversationTest {
    private static final Path TUNING = Path.of("src/test/resources/conversations");
    private static final Path HOLDOUT = Path.of("src/test/resources/conversations-holdout");
    private static DialogueScripts scripts;

    @BeforeAll
    static void load() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(result.ok(), () -> "knowledge problems: " + result.problems());
        scripts = new DialogueScripts(
                DialogueEngine.create(result.knowledge(), RetrievalSettings.defaults(), Duration.ofMinutes(30)));
    }

    static Stream<Path> conversations() throws IOException {
        try (Stream<Path> tuning = Files.list(TUNING); Stream<Path> holdout = Files.list(HOLDOUT)) {
            return Stream.concat(tuning, holdout).filter(p -> p.toString().endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void conversation(Path file) throws IOException {
        DialogueScripts.Result result = scripts.run(file);
        assertTrue(result.passed(), () -> String.join("\n", result.misses()));
    }
}
