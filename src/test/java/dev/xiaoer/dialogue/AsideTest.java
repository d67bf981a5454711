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
        // its question, when what is told beside it blurs the whole
        "等下先插个事，运单号发出去之后还能改吗？昨天有个单子好像弄错了 | waybill-fix | how-shipped",
        // or what it says is wanted, beside a story naming this flow's things
        "对了还有个事 这单因为单号不对被判了虚假发货扣了分 我想走申诉 | appeal-check | reason",
        // another matter named first, after a 'wait' or an 我 (blind writers' and a reviewer's)
        "先等一下，我另外有個扣分想申訴                  | appeal-check   | reason",
        "等下 先问个运单号填错的事                      | waybill-fix    | how-shipped",
        "我想先问问申诉                                 | appeal-check   | reason",
    })
    void anAsideAboutAnotherFlowStartsIt(String reply, String flow, String step) {
        assertEquals("check-orders", talk.stepAfter(AT_ORDERS));
        Turn turn = talk.say(AT_ORDERS[0], AT_ORDERS[1], reply);
        assertEquals(flow, turn.reply().flow().id(), reply);
        assertEquals(step, turn.reply().flow().step(), reply);
    }

    /**
     * An answer, then a turn to a side question (都关了。对了 支付宝怎么换绑): the side answer, then the next step;
     * when the answer keeps the step (运费还没谈呢。对了 …), the side answer alone, the step waiting.
     */
    @ParameterizedTest(name = "{1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退                                   | 都关了。对了 支付宝怎么换绑                         | alipay.change      | check-orders",
        "保证金怎么退                                   | 都关了 另外问一下 支付宝怎么换绑                    | alipay.change      | check-orders",
        "客户要退一批货 帮我对一下退货前要说清楚的东西,地址电话收件人都旺旺发他了 | 运费还没谈呢。对了 卖家在哪能看到这个售后单走到哪一步了 | aftersales.progress | shipping-fee",
        // (a side question naming this flow's things may say a step is not met: it moves nothing on)
        "保证金怎么退,子服务都关了,订单都完结了,没有投诉   | 超过了。对了 买家刚申请了退款在哪看                | aftersales.progress | check-aftersales-window",
        // (with no turn to it, a question beside the answer that another matter's entry surely answers: a reviewer's)
        "保证金怎么退                                   | 都关了，支付宝怎么换绑                              | alipay.change      | check-orders",
        "保证金怎么退,都关了,订单都完结了               | 有投诉没处理完，怎么避免以后再被投诉                | complaint.avoid    | check-complaints",
    })
    void anAnswerThenASideQuestionGetsBoth(String opening, String reply, String faqId, String step) {
        String[] said = (opening + "," + reply).split(",");
        Turn turn = talk.say(said);
        assertEquals(step, turn.reply().flow().step(), reply);
        org.junit.jupiter.api.Assertions.assertTrue(turn.reply().text().contains(
                dev.xiaoer.testing.RealKnowledge.load().faq(faqId).orElseThrow().answer().strip().split("\n")[0]), reply);
    }
}
