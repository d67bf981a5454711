package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A question that starts another flow pauses this one even when it names this step's things (有个单子
 * 运单号填错了 at the orders step), when retrieval is likely sure of it; a loosely matched one stays.
 */
class AnotherFlowsQuestionTest {
    private static final RealConversations talk = new RealConversations();


    @Test
    void anotherFlowsQuestionNamingThisStepsThingsPausesThisFlow() {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "等下 有个单子运单号填错了 怎么改");
        assertEquals("waybill-fix", t.reply().flow().id());
        assertEquals("deposit-refund", t.reply().flow().suspended().get(0).flowId());
    }

    @Test
    void aLooselyMatchedQuestionAboutThisStepStaysInTheFlow() {
        Turn t = talk.say("保证金如何退回", "是的，已经全部关闭", "订单这块没问题，都结束了", "投诉结果出来之前能退吗");
        assertEquals("deposit-refund", t.reply().flow().id());
    }
}
