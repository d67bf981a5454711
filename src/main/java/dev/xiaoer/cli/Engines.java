package dev.xiaoer.cli;

import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/** How the commands build the real dialogue engine from a knowledge directory. */
final class Engines {
    /** The production factory: the dialogue engine over calibrated retrieval settings. */
    static final DialogueFactory FACTORY = (kb, ttl) -> DialogueEngine.create(kb, RetrievalSettings.defaults(), ttl);

    private Engines() {
    }

    /** Loads the knowledge ({@code dir}, else ./knowledge, else bundled) and builds the engine; null (problems printed) if invalid. */
    static DialogueEngine load(Path dir, Duration sessionTtl, PrintStream err) {
        KnowledgeLoader.Result loaded = KnowledgeLoader.loadDefault(dir);
        if (!loaded.ok()) {
            loaded.problems().forEach(err::println);
            err.printf("the knowledge in %s is invalid: %d problem(s)%n", loaded.location(), loaded.problems().size());
            return null;
        }
        return (DialogueEngine) FACTORY.create(loaded.knowledge(), sessionTtl);
    }
}
