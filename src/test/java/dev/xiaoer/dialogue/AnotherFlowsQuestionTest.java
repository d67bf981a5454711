package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    /** "Go on with" the paused flow named by its topic (继续申诉的) goes back to it, at its step, and leaves this one. */
    @Test
    void goingOnWithThePausedFlowByItsTopicReturnsToIt() {
        Turn t = talk.say("扣分了想申诉", "对了 先问下 保证金怎么退", "还是继续申诉的吧");
        assertEquals("appeal-check", t.reply().flow().id());
        assertEquals("reason", t.reply().flow().step());
        assertEquals(List.of(), t.reply().flow().suspended(), "the flow left for the paused one is not kept paused");
    }

    /** …also a topic too short for retrieval to answer (继续退货的, 回到申诉): the paused flow its best candidate is of. */
    @Test
    void goingOnWithAPausedFlowByAShortTopicReturnsToIt() {
        Turn ret = talk.say("买家要退货 要确认啥", "保证金怎么退", "那继续退货的吧");
        assertEquals("return-checklist", ret.reply().flow().id());
        Turn appeal = talk.say("扣分了怎么申诉", "买家要退货 要确认啥", "先回到申诉");
        assertEquals("appeal-check", appeal.reply().flow().id());
    }

    @Test
    void aLooselyMatchedQuestionAboutThisStepStaysInTheFlow() {
        Turn t = talk.say("保证金如何退回", "是的，已经全部关闭", "订单这块没问题，都结束了", "投诉结果出来之前能退吗");
        assertEquals("deposit-refund", t.reply().flow().id());
    }
    /** A request (先帮我改一下, 先说说…) asks as a question does: a fact beside it answers no step here. */
    @Test
    void aRequestForAnotherFlowsTaskPausesThisFlow() {
        Turn t = talk.say("保证金怎么退", "都关了", "等下，有一单运单号填错了，先帮我改一下");
        assertEquals("waybill-fix", t.reply().flow().id());
        assertEquals("deposit-refund", t.reply().flow().suspended().get(0).flowId());
        Turn appeal = talk.say("运单号要改怎么弄", "自己联系的快递", "等等，先说说扣分申诉的事");
        assertEquals("appeal-check", appeal.reply().flow().id());
        // (a reviewer's: "go through it with me", 帮我一项项对一下, names no other flow's task; the answer beside it counts)
        Turn orders = talk.say("保证金怎么退", "子服务都关了", "帮我一项项对一下吧，订单都成功了");
        assertEquals("deposit-refund", orders.reply().flow().id());
        assertEquals("check-complaints", orders.reply().flow().step());
    }

    /** What the seller says they are not asking (不是要改运单号) is left out of what is looked up. */
    @Test
    void whatIsNotAskedIsLeftOut() {
        Turn t = talk.say("不是要改运单号，是想问下保证金怎么退回来");
        assertEquals("deposit-refund", t.reply().flow().id());
    }

    /** Another platform's question in a flow is declined as such, and the flow stays where it was. */
    @Test
    void anotherPlatformsQuestionInAFlowIsDeclinedAndTheStepWaits() {
        Turn t = talk.say("保证金怎么退", "都关了", "拼多多那边的保证金也是这样退吗");
        assertEquals(Kind.FALLBACK, t.reply().kind());
        assertEquals("check-orders", t.reply().flow().step());
    }

    /** Declining another platform's question is no failure to understand: the next question is not handed off. */
    @Test
    void aQuestionAfterAnotherPlatformsIsNotHandedOff() {
        Turn t = talk.say("抖音小店的保证金怎么退", "那1688的保证金怎么退");
        assertEquals("deposit-refund", t.reply().flow().id());
    }

    /** A question another flow's first step tells apart (fill in or modify?) pauses this flow, beside a fact. */
    @Test
    void aQuestionAnotherFlowTellsApartPausesThisFlow() {
        Turn t = talk.say("保证金怎么退", "都关了", "还有一单没完结，买家说查不到物流，我一看是运单号填错了，这个单号怎么改？");
        assertEquals("waybill-fix", t.reply().flow().id());
    }

    /** The step's own side question asked beside a fact is that question: answered, the step waits. */
    @Test
    void theStepsOwnQuestionBesideAFactIsAnswered() {
        Turn t = talk.say("保证金怎么退", "别的都关了，官方直送要在哪里关啊？");
        assertEquals(Kind.FAQ, t.reply().kind());
        assertEquals("close-services", t.reply().flow().step());
    }

    /** Another platform's matter told at a step gives no verdict of 1688's: declined, the step waits. */
    @Test
    void anotherPlatformsMatterAtAStepGivesNoVerdict() {
        Turn t = talk.say("被扣分了想申诉", "淘宝那边被扣分了，快递原因");
        assertEquals(Kind.FALLBACK, t.reply().kind());
        assertEquals("reason", t.reply().flow().step());
    }
}
