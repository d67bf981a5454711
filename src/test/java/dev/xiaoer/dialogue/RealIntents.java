package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.testing.RealKnowledge;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;

/** The intent reader over the project's own phrases, for tests that read what a message asks for. */
record RealIntents(IntentReader intents, TextNormalizer normalizer) {
    static RealIntents load() {
        KnowledgeBase kb = RealKnowledge.load();
        TextNormalizer normalizer = new TextNormalizer(kb, new ScriptConverter());
        return new RealIntents(new IntentReader(kb.phrases(), normalizer), normalizer);
    }

    /** {@code text} as one seller message. */
    Utterance said(String text) {
        return normalizer.utterance(text);
    }
}
