package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.testing.RealKnowledge;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catch-all option (其他, "another reason") stands aside for a listed reason the reply says
 * something of its own of, and only then: words every reason shares (原因, 不是我的问题) decide nothing.
 */
class CatchAllOptionTest {
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static Dialogue dialogue;

    @BeforeAll
    static void load() {
        dialogue = DialogueEngine.create(RealKnowledge.load(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "是快递那边的原因 他们晚揽收了 | valid",
        "被扣分的那单是停产的原因       | invalid",
        "不是我的问题！                 | reason",
        "是别的原因                     | other",
    })
    void aListedReasonOutranksTheCatchAllOnlyByWordsOfItsOwn(String reply, String step) {
        Turn turn = dialogue.handle(null, "c-catch-all", "扣分处罚有异议，怎么申诉", NOW);
        assertEquals("reason", turn.reply().flow().step());
        turn = dialogue.handle(turn.session(), "c-catch-all", reply, NOW);
        assertEquals(step, turn.reply().flow().step(), reply);
    }
}
