package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.testing.RealKnowledge;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A seller going off to do the step (我先去把服务关了，等会再来) keeps the flow; a stop ends it. */
class DeferralTest {
    private static IntentReader intents;
    private static TextNormalizer normalizer;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = RealKnowledge.load();
        normalizer = new TextNormalizer(kb, new ScriptConverter());
        intents = new IntentReader(kb.phrases(), normalizer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"好的谢谢 我先去把服务关了 等会再来", "我先去旺旺上问下他 回头再说", "我先去翻下聊天記錄 晚點再說",
            "行 我这就去后台看看"})
    void goingOffToDoTheStepIsADeferralNotAStop(String text) {
        assertTrue(intents.isDefer(normalizer.utterance(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"算了 我先去忙了", "先不弄了 我先去忙别的 回头再说", "下次再说吧", "我不办了，下次再说", "取消"})
    void aStopIsNoDeferral(String text) {
        assertFalse(intents.isDefer(normalizer.utterance(text)), text);
    }

    @Test
    void aLaterPhraseAloneStaysAStop() {
        assertTrue(intents.isCancel(normalizer.utterance("等一下再说吧")));
        assertFalse(intents.isDefer(normalizer.utterance("等一下再说吧")));
    }
}
