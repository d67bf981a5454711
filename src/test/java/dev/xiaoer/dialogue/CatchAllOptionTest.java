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
        // a clause like "another reason" (是他们那边的原因) beside the facts of a listed one only: that one
        "是快递揽收晚了一天 网点也认了是他们那边的原因 | valid",
        "courier 爆仓了 那几天都不来揽收 不是我们故意晚发 | valid",
        // 晚几天 is 'a few days late', not 'how many days?': a story, not a question
        "下单后买家在旺旺里同意我们晚几天发货，聊天记录都在，结果还是被判发货超时 | other",
        // the buyer asked us to hold the parcel: none of the listed reasons
        "具体是买家下单后让我们先别发 说要改规格 结果系统判我们超时没发 | other",
    })
    void aListedReasonOutranksTheCatchAllOnlyByWordsOfItsOwn(String reply, String step) {
        assertEquals("reason", talk.stepAfter("扣分处罚有异议，怎么申诉"));
        assertEquals(step, talk.stepAfter("扣分处罚有异议，怎么申诉", reply), reply);
    }
}
