package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement ending in 吧 presumes what it says (都超过30天了吧): the seller has not checked, so the
 * step asks again rather than take it as told. A pick or an impatient 'enough' ending in 吧 (算其他吧,
 * 结案了行了吧) is not a presumption.
 */
class PresumedStatementsTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{1} at {0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退                                                | 都关了吧                   | close-services",
        "保证金怎么退                                                | 子服务应该没有了吧         | close-services",
        "保证金怎么退,子服务都关了                                   | 订单都完成了吧             | check-orders",
        "保证金怎么退,子服务都关了,订单都完结了                      | 投诉都处理完了吧           | check-complaints",
        "保证金怎么退,子服务都关了,订单都完结了,没有投诉             | 最后一单都超过30天了吧     | check-aftersales-window",
        "买家要退货，要跟他确认什么                                  | 地址发给他了吧             | address",
        // not presumptions
        "保证金怎么退,子服务都关了,订单都完结了                      | 判了判了 结案了行了吧      | check-aftersales-window",
        "被扣分了想申诉                                              | 跟上面几种都不一样 算其他吧 | other",
    })
    void aPresumedStatementIsNotTold(String opening, String reply, String step) {
        assertEquals(step, talk.stepAfterReply(opening.split(","), reply), reply);
    }
}
