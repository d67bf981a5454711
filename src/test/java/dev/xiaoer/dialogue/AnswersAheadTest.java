package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A reply that answers the step asked and the next ones too moves past all of them, each read on
 * its own clauses; and a question retrieval cannot decide among one flow's entries starts that flow.
 */
class AnswersAheadTest {
    private static final RealConversations talk = new RealConversations();


    @Test
    void aReplyAboutTheOrdersAndTheComplaintsAnswersBoth() {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单全部交易成功，投诉也一个都没有");
        assertEquals("check-aftersales-window", RealConversations.step(t));
    }

    /** The clause that answered the step is not read again ahead: 极速退款都关了 closed services, its 退款 tells no orders. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "7天无理由 极速退款都关了           | check-orders",
        "极速退款 退货包运费 都关了         | check-orders",
        "子服务都关了，订单也都完结了       | check-complaints",
        "都关了 订单都完结了 投诉也没有     | check-aftersales-window",
    })
    void oneClauseAnswersOneStep(String reply, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"保证金怎么退"}, reply), reply);
    }

    /** Other clauses that speak of the step's things answered it, if only in part: the clause ahead is read ahead. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "地址确认了，运费也说好了买家承担   | deadline-condition",
    })
    void clausesOfTheStepsThingsAnswerItApart(String reply, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"买家要退货 我要跟他约定哪些"}, reply), reply);
    }

    @Test
    void theStepAheadIsReadOnItsOwnClausesAndMayNotBeMet() {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单都交易成功了，投诉还有一个没处理完");
        assertEquals("check-complaints", RealConversations.step(t));
        assertTrue(t.reply().text().contains("投诉"), t.reply().text());
    }

    @Test
    void aClauseAboutAnAnsweredStepIsNeverReadAgainFurtherOn() {
        // 交易成功 is also a word of the 30-day step: said of the orders, it says nothing of the 30 days
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单全部交易成功，投诉也一个都没有");
        assertNotEquals("transfer-out", RealConversations.step(t));
        assertFalse(t.reply().flow().done());
    }

    @Test
    void anUnclearClauseAheadLeavesTheNextStepAsked() {
        Turn t = talk.say("保证金怎么退", "子服务都关了，订单挺多的");
        assertEquals("check-orders", RealConversations.step(t));
    }

    @Test
    void oneClauseClearlySayingAnOptionDecidesWhenTheOthersSayNothingEitherWay() {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单都完结了", "投诉昨天判下来了 已经结案");
        assertEquals("check-aftersales-window", RealConversations.step(t));
    }

    @Test
    void aClauseWithAStillBesideItKeepsTheStep() {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单都完结了", "投诉已经结案了 不过还有一个新的");
        assertEquals("check-complaints", RealConversations.step(t));
    }

    @Test
    void aClauseAboutALaterStepDoesNotMuddleThisOne() {
        // 投诉也没有 is no answer about the orders: read without it, the orders are done; read there, so are the complaints
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单都完结了 投诉也没有");
        assertEquals("check-aftersales-window", RealConversations.step(t));
    }

    @Test
    void somethingStillUnderWayBesideAllDoneKeepsTheStep() {
        Turn t = talk.say("保证金怎么退", "官方直送点了退出，但是页面显示还在退出中");
        assertEquals("close-services", RealConversations.step(t));
    }

    @Test
    void aQuestionUndecidedAmongOneFlowsEntriesStartsThatFlow() {
        Turn t = talk.say("申诉怎么弄");
        assertEquals(Kind.FLOW, t.reply().kind());
        assertEquals("appeal-check", t.reply().flow().id());
    }

    @Test
    void aQuestionSharingOneWordWithAFlowDoesNotStartIt() {
        Turn t = talk.say("保证金能用来付货款吗");
        assertNull(t.reply().flow());
    }

    @Test
    void aPenaltyForAParcelTheCourierLostIsAnAppealNotAWaybillFix() {
        // (a reviewer's: 快递丢件 beside 投诉扣分 opened the waybill walk, whose reship answer does not speak of the penalty)
        assertEquals("valid", talk.stepAfter("被投诉扣分了 是快递丢件"));
        assertEquals("valid", talk.stepAfter("1688上被投诉扣分了 淘宝也被投诉过 这次是快递丢件"));
    }

    @Test
    void aReplyTellingHowItWasShippedAndWhatWentWrongAnswersBoth() {
        // a choice's end is the case's answer, not a verdict that all is met: it may be reached at once
        Turn t = talk.say("运单号要改一下", "我们自己约的中通，当时漏填了单号");
        assertEquals("fill-missing", RealConversations.step(t));
        assertTrue(t.reply().flow().done());
        // (a number copied wrong by hand, 抄错, is a wrong number: a blind writer's)
        assertEquals("modify", talk.stepAfter("发货的单号能改吗", "自己找的快递 单号抄错了"));
        // (a label printed in another platform's backend is no 1688 online shipment: never the online answer; a reviewer's)
        org.junit.jupiter.api.Assertions.assertNotEquals("online", talk.stepAfter("运单号怎么改", "我在拼多多后台打的单 发的1688订单"));
    }

    @Test
    void aFirstMessageTellingTheCaseStartsTheFlowThere() {
        Turn online = talk.say("我在物流平台线上下的单，运单号要改");
        assertEquals("online", RealConversations.step(online));
        // (the entry the message asked, that started the flow, is still the reply's)
        assertEquals("waybill", online.reply().faqId().split("\\.")[0]);
        Turn self = talk.say("我自己找的圆通寄的 运单号得改下");
        assertEquals("self-situation", RealConversations.step(self));
    }

    /** A case a first message asks about (要不要补发？) is not told: the flow asks it. */
    @Test
    void aCaseAskedAboutIsNotTaken() {
        Turn t = talk.say("快递是我们自己叫的，要补发吗");
        assertNotEquals("reship", RealConversations.step(t));
        assertFalse(t.reply().flow().done());
    }

    @Test
    void aGuessedCaseIsAskedNotTaken() {
        Turn t = talk.say("运单号要改一下", "自己找的快递，好像是单号填错了吧");
        assertNotEquals("modify", RealConversations.step(t));
        assertFalse(t.reply().flow().done());
    }

    @Test
    void theLastSalesDateToldBesideTheOtherConditionsFinishesTheFlow() {
        // days told of the last sale are no resemblance: all three conditions said at once are met at once
        Turn t = talk.say("保证金怎么退", "都关了", "单子都成功了，投诉从来没有过，最后一单9月中旬就交易成功了");
        assertEquals("transfer-out", RealConversations.step(t));
        assertTrue(t.reply().flow().done());
        // a payment date is no completion: the 30-day step is asked
        Turn paid = talk.say("保证金怎么退", "都关了", "单子都成功了，投诉从来没有过，最后一单是9月中旬付的款");
        assertEquals("check-aftersales-window", RealConversations.step(paid));
        assertFalse(paid.reply().flow().done());
    }
}
