package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plain statements in sellers' own spelling: 木有 is 没有 (投诉木有 had read as "some still open"), and
 * 没啥问题 says "no problem" rather than asks (地址那些没啥问题 had been answered as a question).
 */
class SaidPlainlyTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退,子服务都关了,订单都完结了 | 投诉木有                        | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了 | 木有投诉 一个都木有              | check-aftersales-window",
        "保证金怎么退,子服务都关了              | 没完结的单子木有了              | check-complaints",
        "保证金怎么退                          | 买家保障下面的服务我一个个都点了关闭 | check-orders",
        "保证金怎么退                          | 一个个都点了关闭 就官方直送还没退    | close-services",
        "买家要退货，要跟他确认什么            | 地址那些没啥问题 都跟他对过了   | shipping-fee",
        // at a choice, a state that is none of its cases yet (the step's `pending`) is asked again
        "运单号填错了怎么改,我自己找的中通      | 还没发货呢，单号没填            | self-situation",
        "运单号填错了怎么改,我自己找的中通      | 发货的时候忘了填单号            | fill-missing",
    })
    void aPlainStatementMovesTheStep(String opening, String reply, String step) {
        assertEquals(step, talk.stepAfterReply(opening.split(","), reply), reply);
    }
}
