package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.nio.file.Path;

/** The retriever over the project's own knowledge/, with the default settings, for tests that read real messages. */
final class RealRetriever {
    private RealRetriever() {
    }

    /** Loads knowledge/ (failing the test if it has problems) and builds its retriever. */
    static Retriever build() {
        KnowledgeLoader.Result loaded = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        KnowledgeBase kb = loaded.knowledge();
        return Retriever.build(kb, new TextNormalizer(kb, new ScriptConverter()), RetrievalSettings.defaults());
    }
}
