package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a flow, a message that turns to another matter (对了，还有个事, 等下 先问个急事) and is about another flow starts
 * that flow and pauses this one, whatever this step's words it names (还有一单 at the orders step);
 * one that turns aside to this step's own business is read as its answer.
 */
class AsideTest {
    private static final String[] AT_ORDERS = {"保证金怎么退", "子服务都关了"};
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}/{2}")
    @CsvSource(delimiter = '|', value = {
        "哦对了 还有个事 有个订单的运单号填错了 得改一下 | waybill-fix    | how-shipped",
        "对了 还有一单运单号要改                        | waybill-fix    | how-shipped",
        "顺便问下 被扣分了想申诉 这个怎么弄              | appeal-check   | reason",
        "等下 还有个事 有一单运单号要改 买家在催          | waybill-fix    | how-shipped",
        "先问个急事 有一单的运单号要改一下 怎么弄        | waybill-fix    | how-shipped",
        "对了 订单我刚看了 全都交易成功了                | deposit-refund | check-complaints",
        "等下 我刚看了 订单全都交易成功了                | deposit-refund | check-complaints",
    })
    void anAsideAboutAnotherFlowStartsIt(String reply, String flow, String step) {
        assertEquals("check-orders", talk.stepAfter(AT_ORDERS));
        Turn turn = talk.say(AT_ORDERS[0], AT_ORDERS[1], reply);
        assertEquals(flow, turn.reply().flow().id(), reply);
        assertEquals(step, turn.reply().flow().step(), reply);
    }
}
