package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catch-all option (其他, "another reason") stands aside for a listed reason the reply says
 * something of its own of, and only then: words every reason shares (原因, 不是我的问题) decide nothing.
 */
class CatchAllOptionTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "是快递那边的原因 他们晚揽收了 | valid",
        "被扣分的那单是停产的原因       | invalid",
        "不是我的问题！                 | reason",
        "是别的原因                     | other",
    })
    void aListedReasonOutranksTheCatchAllOnlyByWordsOfItsOwn(String reply, String step) {
        assertEquals("reason", talk.stepAfter("扣分处罚有异议，怎么申诉"));
        assertEquals(step, talk.stepAfter("扣分处罚有异议，怎么申诉", reply), reply);
    }
}
