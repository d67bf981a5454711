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

    /** Right after a flow begun as an aside (对了顺便问下…, 等下先问个别的), a bare 继续 goes back to the paused one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "对了顺便问下运单号填错了要怎么改",
        "等下先问个别的，运单号填错了要怎么改",
    })
    void goOnAfterAnAsideGoesBack(String aside) {
        Turn turn = talk.say("保证金怎么退回", "都关了", aside, "继续");
        assertEquals("deposit-refund", turn.reply().flow().id(), aside);
        assertEquals("check-orders", turn.reply().flow().step(), aside);
    }

    /** A flow begun on a new matter (运单号输错了), or one the seller has answered in, goes on with 继续: its step again. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "运单号输错了                                       | how-shipped",
        "对了顺便问下运单号填错了要怎么改 / 自己联系的快递 | self-situation",
    })
    void goOnInANewMatterGoesOnWithIt(String said, String step) {
        String[] turns = ("保证金怎么退回 / 都关了 / " + said + " / 继续").split(" / ");
        Turn turn = talk.say(java.util.Arrays.stream(turns).map(String::strip).toArray(String[]::new));
        assertEquals("waybill-fix", turn.reply().flow().id(), said);
        assertEquals(step, turn.reply().flow().step(), said);
        assertEquals(1, turn.reply().flow().suspended().size(), said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"先不说这个了", "这个先不聊了"})
    void setAsideAloneIsAStop(String reply) {
        assertEquals(Kind.CANCEL, talk.say("运单号填错了怎么改", reply).reply().kind(), reply);
    }

    /**
     * 没走完 goes back to a paused flow when said of the flow (刚才那个没走完, 保证金的还没走完呢); said of orders (还有几单安心购的
     * 没走完退了会怎样) it is a question, not "nothing to go back to".
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "刚才那个没走完            | deposit-refund",
        "保证金的还没走完呢        | deposit-refund",
    })
    void notFinishedOfTheFlowGoesBack(String reply, String flow) {
        Turn turn = talk.say("保证金怎么退", "运单号怎么改", reply);
        assertEquals(flow, turn.reply().flow().id(), reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "还有几单安心购的没走完退了会怎样",
    })
    void notFinishedOfOrdersIsAQuestion(String said) {
        assertEquals(Kind.FAQ, talk.say(said).reply().kind(), said);
    }
}
