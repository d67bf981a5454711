package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a seller did (问了客服, 找过人工) is told, not asked for: a request verb followed by 了 or 过 is
 * a report of the past and hands nothing off, while the same verb asking (问问客服, 找人工) does; so is a
 * person who did or said something (人工客服上次帮我关的, 客服说可以申诉), or the seller's own staff the seller goes to
 * ask (我问下客服妹子) — but 人工 and 帮我问问客服 are asked of us.
 */
class ReportedRequestsTest {
    private static final RealIntents real = RealIntents.load();

    @ParameterizedTest
    @ValueSource(strings = {"我问了客服 地址和电话都发给买家了", "刚联系了客服那边 说已经处理好了", "之前问过你们客服了 没说清楚",
        "人工客服上次帮我关的 都关掉了", "客服说可以申诉 让我来这问", "人工客服之前告诉我要先关服务",
        "刚才人工客服让我来这问的，我是自己联系的快递发的", "客服说要等三天",
        "算了我先去问问客服再说", "我本来想转人工的，后来自己关好了", "上次转人工等了半小时没人理，子服务我都关了",
        "客服让我转人工，我没转，我是自己联系的物流", "要是快递原因的话还用找人工吗", "我上次找人工说了地址的事，地址电话都确认好了",
        "我问了下客服妹子，她说讲过了", "咨询过你们客服小姐姐了 还是不行",
        // the seller going to ask their own staff
        "應該發過了吧 我問下客服妹子", "我问问客服 看地址发了没有", "我先问下客服小姐姐",
        // a change of our own staff just done (仓库刚换负责人): told, not a person asked for
        "收件人跟電話還沒給，因為倉庫剛換負責人", "我们已经找了客服",
        // (a reviewer's) what a person also said, asked about; a person declined for being slow, told straight instead
        "人工客服也说要等30天 是真的吗", "找人工太慢了 你直接告诉我吧 订单都完结了"})
    void aReportOfWhatWasDoneIsNoRequest(String text) {
        assertFalse(real.intents().isHandoff(real.said(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我想问问客服", "帮我找人工", "联系你们客服吧", "人工客服帮我看看", "之前转人工没人理，现在帮我转人工",
        "老板让我找人工客服问下保证金", "让人工客服告诉我怎么关", "我问了下客服，还是想找个人工",
        "帮我问问客服", "我问下人工客服", "能不能换个负责人来处理", "转人工吧 你直接告诉我也行", "帮我重新转人工"})
    void theSameVerbAskingIsARequest(String text) {
        assertTrue(real.intents().isHandoff(real.said(text)), text);
    }
}
