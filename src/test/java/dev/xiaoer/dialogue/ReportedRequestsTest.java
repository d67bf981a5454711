package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a seller did (问了客服, 找过人工) is told, not asked for: a request verb followed by 了 or 过 is
 * a report of the past and hands nothing off, while the same verb asking (问问客服, 找人工) does; so is a
 * person who did or said something (人工客服上次帮我关的, 客服说可以申诉).
 */
class ReportedRequestsTest {
    private static final RealIntents real = RealIntents.load();

    @ParameterizedTest
    @ValueSource(strings = {"我问了客服 地址和电话都发给买家了", "刚联系了客服那边 说已经处理好了", "之前问过你们客服了 没说清楚",
        "人工客服上次帮我关的 都关掉了", "客服说可以申诉 让我来这问", "人工客服之前告诉我要先关服务",
        "刚才人工客服让我来这问的，我是自己联系的快递发的", "客服说要等三天",
        "算了我先去问问客服再说"})
    void aReportOfWhatWasDoneIsNoRequest(String text) {
        assertFalse(real.intents().isHandoff(real.said(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我想问问客服", "帮我找人工", "联系你们客服吧", "人工客服帮我看看"})
    void theSameVerbAskingIsARequest(String text) {
        assertTrue(real.intents().isHandoff(real.said(text)), text);
    }
}
