package dev.xiaoer.cli;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.knowledge.KnowledgeBase;
import java.time.Duration;

/**
 * Builds the dialogue the commands answer with from a loaded knowledge base; {@code serve} calls it
 * at start-up and on every knowledge reload. Production: {@link Engines#FACTORY}; tests hand
 * {@link ServeCommand} a fake.
 */
@FunctionalInterface
public interface DialogueFactory {
    Dialogue create(KnowledgeBase knowledge, Duration sessionTtl);

    /**
     * Starts reading, on other threads, what every dialogue needs whatever the knowledge (dictionaries),
     * and returns at once: called first thing, so that it overlaps with reading the knowledge and
     * opening the store. Nothing by default.
     */
    default void prepare() {
    }
}
