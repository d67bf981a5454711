package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 还有 before a state the step declares {@code settled} adds to "all met" rather than tells what is left
 * (全是交易成功，还有两单是交易关闭的: every trade is finished); before anything else — a pending state, a
 * 'not', something under way — it is still what keeps the step.
 */
class SettledStatesTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{1} at {0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退,子服务都关了                      | 订单我看了 全是交易成功的 还有几单是关闭           | check-complaints",
        // the state named by its word on the page (成功状态)
        "保证金怎么退,子服务都关了                      | 都是成功状态                                       | check-complaints",
        "保证金怎么退,子服务都关了                      | 有两个还不是成功状态                               | check-orders",
        "保证金怎么退,子服务都关了                      | 全是交易成功，还有两个是交易关闭的。你们这后台真卡 | check-complaints",
        // what is left is not finished: the step stays
        "保证金怎么退,子服务都关了                      | 全是交易成功 还有一单是待发货                      | check-orders",
        "保证金怎么退,子服务都关了                      | 都成功了 还有一单是退款中的                        | check-orders",
        "保证金怎么退,子服务都关了                      | 全部交易成功了 还有一单在路上                      | check-orders",
        "保证金怎么退,子服务都关了                      | 都交易成功了 还有一单没关闭                        | check-orders",
        "保证金怎么退,子服务都关了                      | 还有一单在退款                                     | check-orders",
        // 'also' with no 'all' says nothing of the rest
        "保证金怎么退,子服务都关了                      | 还有几单是买家取消的                               | check-orders",
        // the states told one by one, all settled: "most" and "two" are then the whole
        "保证金怎么退,子服务都关了                      | 訂單大部分是交易成功，有兩單是退款成功後關閉的     | check-complaints",
        "保证金怎么退,子服务都关了                      | 3单成功 2单关闭                                    | check-complaints",
        "保证金怎么退,子服务都关了                      | 大部分是交易成功，有两单还在路上                   | check-orders",
        "保证金怎么退,子服务都关了                      | 大部分交易成功了 有两单是关闭的 还有一单我不确定   | check-orders",
        // one settled beside 'nothing else'
        "保证金怎么退,子服务都关了,订单都完结了          | 有一個投訴上個月已經結案了，其他沒有               | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了          | 有过一个投诉，后来买家自己撤了，现在没有别的       | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了          | 有一个投诉上周刚结案 现在没有进行中的了            | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了          | 有一个投诉结案了 还有一个在处理                    | check-complaints",
        "保证金怎么退,子服务都关了,订单都完结了          | 有一个投诉结案了 其他的还没出结果                  | check-complaints",
        // one order's history told, then how it stands now (1单申请退款，退款成功后关闭了): settled
        "保证金怎么退,子服务都关了                      | 3单成功，1单买家申请退款，退款成功后关闭了         | check-complaints",
        "保证金怎么退,子服务都关了                      | 那单退款完成，交易已经关闭了，其他都是成功的       | check-complaints",
        "保证金怎么退,子服务都关了                      | 3单成功，有一单还在退款，已经关闭了一单            | check-orders",
        "保证金怎么退,子服务都关了                      | 有一单在退款，其他都关闭了                         | check-orders",
        // (a reviewer's: orders of the next clause's own, or one still under way, are no history of the first)
        "保证金怎么退,子服务都关了                      | 有一单在退款，后来又有一单交易关闭了               | check-orders",
        "保证金怎么退,子服务都关了                      | 一单还在退款中，然后交易关闭了两单                 | check-orders",
        "保证金怎么退,子服务都关了                      | 那单发货了，然后交易关闭了一单                     | check-orders",
        // "either … or …" names the states all are in (不是A就是B), and denies none of them
        "保证金怎么退,子服务都关了                      | 订单我翻了一遍，不是交易成功就是交易关闭           | check-complaints",
        "保证金怎么退,子服务都关了                      | 不是交易成功就是退款中                             | check-orders",
        "保证金怎么退,子服务都关了                      | 不是都成功了，还有两单在路上                       | check-orders",
        "保证金怎么退,子服务都关了                      | 訂單不是交易成功就是關閉的，我剛剛去後台一筆一筆看過 | check-complaints",
        // an order closed for want of payment is closed; one not paid yet is not finished
        "保证金怎么退,子服务都关了                      | 开通期间一共18单，16单交易成功，还有2单买家拍了没付款自动关闭了 | check-complaints",
        "保证金怎么退,子服务都关了                      | 16单交易成功，还有一单买家没付款                   | check-orders",
        // 还是 before a time past is 'and that was', no 'still'
        "保证金怎么退,子服务都关了,订单都完结了          | 看了 就一个投诉还是去年的 早就结案了               | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了          | 就一个投诉，还是没结案                             | check-complaints",
        // handed to the platform's staff is with them, not ended (已经 is of the hand-over)
        "保证金怎么退,子服务都关了,订单都完结了          | 投诉已经转交小二了                                 | check-complaints",
    })
    void anAdditionOfSettledStatesIsNoRemainder(String opening, String reply, String step) {
        assertEquals(step, talk.stepAfterReply(opening.split(","), reply), reply);
    }
}
