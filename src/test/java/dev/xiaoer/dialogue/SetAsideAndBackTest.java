package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Setting the flow in hand aside (先不说这个了) is a stop; said with "back to the one before" (继续刚才保证金那个) it ends
 * the nested flow and resumes the paused one at its step, nothing left paused.
 */
class SetAsideAndBackTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "先不说这个了，继续刚才保证金那个",
        "这个先不管了，回到保证金",
        "改单号的先不聊了 接着刚才保证金的",
        "先不管这个了 接着刚才的",
    })
    void setAsideThenBack(String reply) {
        Turn turn = talk.say("请问保证金怎么退", "都关掉啦", "对了 我有个单子运单号填错了 这个咋改", reply);
        assertEquals("deposit-refund", turn.reply().flow().id(), reply);
        assertEquals("check-orders", turn.reply().flow().step(), reply);
        assertTrue(turn.reply().flow().suspended().isEmpty(), reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"先不说这个了", "这个先不聊了"})
    void setAsideAloneIsAStop(String reply) {
        assertEquals(Kind.CANCEL, talk.say("运单号填错了怎么改", reply).reply().kind(), reply);
    }
}
