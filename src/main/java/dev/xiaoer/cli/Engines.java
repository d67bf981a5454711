package dev.xiaoer.cli;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/** How the commands build the real dialogue engine from a knowledge directory. */
final class Engines {
    /** The production factory: the dialogue engine over calibrated retrieval settings. */
    static final DialogueFactory FACTORY = new DialogueFactory() {
        @Override
        public Dialogue create(KnowledgeBase knowledge, Duration sessionTtl) {
            return DialogueEngine.create(knowledge, RetrievalSettings.defaults(), sessionTtl);
        }

        @Override
        public void prepare() {
            warmUp();
        }
    };

    private Engines() {
    }

    /**
     * Reads smartcn's dictionaries and the pinyin table (what the index build needs, ~0.2-0.5 s of CPU
     * on a cold JVM) on a daemon thread. Whoever needs them first waits for the read under way, never
     * starts another (class initialisation).
     */
    static void warmUp() {
        daemon("xiaoer-warm-up-words", Retriever::warmUp);
    }

    /**
     * Reads OpenCC's dictionaries (0.3-0.7 s of CPU) on a daemon thread: {@code serve} does once it is
     * ready, so that its first Traditional message does not wait for them. Other commands read them
     * only when a message is in Traditional script.
     */
    static void warmUpScript() {
        daemon("xiaoer-warm-up-script", ScriptConverter::warmUp);
    }

    private static void daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** Loads the knowledge ({@code dir}, else ./knowledge, else bundled) and builds the engine; null (problems printed) if invalid. */
    static DialogueEngine load(Path dir, Duration sessionTtl, PrintStream err) {
        FACTORY.prepare();
        KnowledgeLoader.Result loaded = KnowledgeLoader.loadDefault(dir);
        if (!loaded.ok()) {
            loaded.problems().forEach(err::println);
            err.printf("the knowledge in %s is invalid: %d problem(s)%n", loaded.location(), loaded.problems().size());
            return null;
        }
        return (DialogueEngine) FACTORY.create(loaded.knowledge(), sessionTtl);
    }
}
