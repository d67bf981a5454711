package dev.xiaoer.server;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.knowledge.KnowledgeBase;
import java.time.Duration;

/**
 * Builds the dialogue the service answers with from a loaded knowledge base; called at start-up and
 * on every knowledge reload. Production: {@code (kb, ttl) -> DialogueEngine.create(kb, RetrievalSettings.defaults(), ttl)}.
 */
@FunctionalInterface
public interface DialogueFactory {
    Dialogue create(KnowledgeBase knowledge, Duration sessionTtl);
}
