package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reply run on without punctuation (voice input: 子服务关了订单完结了也没投诉) is read clause by clause, split right
 * after a 了 before another step's thing ({@code run-on-break} in phrases.yaml) — not after 除了, nor before a thing
 * that is the verb's own object (新发起了投诉 还没处理).
 */
class RunOnRepliesTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退？子服务关了订单完结了也没投诉                         | check-aftersales-window",
        "除了官方直送 别的子服务都关了 保证金怎么退                         | close-services",
        // (the return's things run on: address, then the fee, a blind writer's voice message)
        "帮我核对一下退货方案 / 地址收货人电话都发给买家了运费说好了我们承担他先付我们收到货再退给他快递没要求 | deadline-condition",
        // (a 'none' run on into the last sale: a blind writer's voice message)
        "保证金怎么退 / 都关了 / 订单都完结了 / 投诉没有过最后一单是九月初的早就过了三十天了 | transfer-out",
        "保证金怎么退 / 都关了 / 订单都完结了 / 投诉没有过最后一单是上周五的                   | check-aftersales-window",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 / 最后一单10月12号交易成功的 早过30天了 不过昨天又有个买家新发起了投诉 还没处理 | check-complaints",
    })
    void aRunOnReplyIsReadClauseByClause(String said, String step) {
        assertEquals(step, talk.stepAfter(said.split(" / ")), said);
    }
}
