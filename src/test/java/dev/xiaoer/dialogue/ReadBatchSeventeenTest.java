package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batch 9800–9859 found misread (written in the thirty-second session, read in the
 * thirty-third): each row is another phrasing of the class than the script's own, so the fix is for the class.
 */
class ReadBatchSeventeenTest {
    private static final RealConversations talk = new RealConversations();

    /**
     * Going off to find something out (稍等 我去问下他哪天能寄, 稍等 我查下是哪单): what follows the finding-out verb is
     * what will be asked or looked up, not a question to us. It had been looked up as one (a deposit walk started, the
     * 安心购 entry answered, a clarify).
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "买家要退货/地址电话都确认了/运费我们出 到付 | 等一下哈 我去问下他什么时候能寄出 | deadline-condition",
        "买家要退货/地址电话都确认了/运费我们出 到付 | 好 我去问一下买家哪天能退回来     | deadline-condition",
        "单号要改/自己联系的极兔                     | 稍等 我查一下是哪个订单           | self-situation",
        // (guards, as at the start: a finding out that tells the step nothing stays)
        "买家要退货/地址电话都确认了/运费我们出 到付 | 等等 我去问问买家哪天寄回         | deadline-condition",
        "保证金怎么退/子服务都关了/订单都成功了/没投诉 | 稍等 我查下最后一单是几号成功的 | check-aftersales-window",
    })
    void goingOffToFindOutAsksNothing(String before, String said, String step) {
        Turn t = talk.sayAfter(before.split("/"), said);
        assertEquals(Kind.FLOW, t.reply().kind(), said);
        assertEquals(step, RealConversations.step(t), said);
    }

    /**
     * Cantonese 同 (with) in going off to see the buyer, with thanks (唔該 我去同佢講埋退貨時間): small talk that keeps the
     * step. It had been read as the step's answer (唔該晒 我去同買家講清楚 passed the deadline step) or asked again.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "唔該晒 我去同買家講清楚",
        "多谢 我去同佢讲下时间",
    })
    void cantoneseGoingOffToTheBuyer(String said) {
        Turn t = talk.sayAfter(new String[] {"买家要退货", "地址电话都确认了", "运费我们出 到付"}, said);
        assertEquals(Kind.SMALLTALK, t.reply().kind(), said);
        assertEquals("deadline-condition", RealConversations.step(t), said);
    }

    /**
     * At the 30-day step, an order whose completion has not happened (一直没确认收货, 没签收) is an open order: the walk goes
     * back to the orders. Its 确认收货 had been read as the days step's own word, a date of the last completion.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "哦 还有个买家到现在都没确认收货       | check-orders",
        "等下 刚翻到还有一单买家一直没确认收货 | check-orders",
        // (guards, as at the start: a 'not' of the days themselves is this step's)
        "等下 刚看到有一单客户一直没签收       | check-orders",
        "还有一单还没到30天                    | check-aftersales-window",
    })
    void anOrderNotCompletedAtTheDaysStep(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"保证金怎么退", "子服务都关了", "订单都交易成功了", "没有投诉"}, said), said);
    }

    /**
     * Right after a walk begun beside another ended, an answer to the paused walk's step takes it up there and is read
     * as that step's answer: it had been taken up and asked again.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "订单全都交易成功了",
        "订单那边全部都关闭了",
    })
    void anAnswerToThePausedStepAfterANestedEnd(String said) {
        Turn t = talk.sayAfter(new String[] {"保证金怎么退", "子服务都关了", "我自己找的中通发的 单号填错了一位 咋改"}, said);
        assertEquals("deposit-refund", t.reply().flow().id(), said);
        assertEquals("check-complaints", RealConversations.step(t), said);
    }
}
