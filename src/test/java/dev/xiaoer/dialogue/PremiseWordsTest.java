package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At a choice, what the whole question is about ({@code premise} in the flow file: the penalty, when the
 * appeal flow asks for its reason) tells none of the options: 被扣了好多分 and 平台判了我们的责任 are said of every
 * reason. Before, they read like "revoke the executed penalty" and took the seller to the invalid verdict, or
 * kept a story that told its reason from standing.
 */
class PremiseWordsTest {
    private static final String APPEAL = "被扣分了想申诉";
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "结果平台还是判了我们的责任 扣了分                             | reason",
        "被扣了好多分                                                  | reason",
        // (a reviewer's: the penalty's kind and wanting to appeal tell no reason either)
        "判定超时发货                                                  | reason",
        "平台判我们责任，想申诉                                        | reason",
        "扣了好几分，平台判定我们延迟发货                               | reason",
        // a custom product alone is no reason: its link set wrong is (不小心, carelessly, is no 'not')
        "被扣分的那单是定制款                                           | reason",
        "是定制的货，但链接没设置错                                     | reason",
        "是定制的货 链接上不小心勾了48小时发货 做不出来就超时了          | invalid",
        "上架的时候那个链接不小心勾了48小时发货 所以全部超时 被扣了好多分 | invalid",
        "买家说收到的货少了两件 我们每单都有打包视频 数量一件不少 结果平台还是判了我们的责任 扣了分 | other",
        "快递揽收晚了两天 平台判我们超时 扣了分                         | valid",
        "跟买家协商好了 撤销扣分                                       | invalid",
        // wanting the penalty revoked is every appeal's wish; the revoke case is told by the agreement
        "想让平台把扣的分撤了                                           | reason",
        "投诉早就处理完分也扣了，现在买家跟我说好了愿意一起去把处罚撤掉 | invalid",
    })
    void thePenaltyToldIsNoReason(String reply, String step) {
        assertEquals(step, talk.stepAfter(APPEAL, reply), reply);
    }
}
