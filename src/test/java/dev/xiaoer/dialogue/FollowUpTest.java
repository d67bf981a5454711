package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A follow-up that names no topic of its own (那退出要在哪里操作) is read in the topic of the entry the bot last answered
 * with; alone, or after an entry of another topic, it is not; and an honest decline (another platform) stands.
 */
class FollowUpTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} ({1}), then {2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "安心購退出以後還有在途的訂單怎麼辦 | anxingou.pending-orders | 那退出要在哪裡操作 | anxingou.exit",
        "安心购退出以后还有在途的订单怎么办 | anxingou.pending-orders | 那在哪里退出       | anxingou.exit",
    })
    void isReadInTheTopicOfTheLastAnswer(String first, String answered, String then, String entry) {
        assertEquals(answered, talk.say(first).reply().faqId(), first);
        Reply reply = talk.say(first, then).reply();
        assertEquals(Kind.FAQ, reply.kind(), then);
        assertEquals(entry, reply.faqId(), then);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"那退出要在哪里操作", "那在哪里退出"})
    void aloneItNamesNoTopic(String said) {
        assertEquals(Kind.CLARIFY, talk.say(said).reply().kind(), said);
    }

    @ParameterizedTest(name = "{0}, then {1}")
    @CsvSource(delimiter = '|', value = {
        "支付宝怎么换绑                     | 那退出要在哪里操作 | clarify",
        "安心购退出以后还有在途的订单怎么办 | 京东的在哪里退出   | fallback",
        // (what finds nothing alone, the same answer again, a flow's first question: no follow-up)
        "支付宝怎么换绑                     | 你是谁             | fallback",
        "卖家怎么查看售后进度               | 你是谁             | fallback",
        "安心购怎么退出                     | 怎么退             | clarify",
    })
    void notAfterAnotherTopicNorPastAnHonestDecline(String first, String then, String kind) {
        Reply reply = talk.say(first, then).reply();
        assertEquals(kind, reply.kind().wire(), then);
        assertNotEquals("anxingou.exit", reply.faqId(), then);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 都超过30天了 / 你是谁", "保证金怎么退 / 算了不退了 / 你是谁"})
    void noFlowRestartsAsAFollowUp(String conversation) {
        Reply reply = talk.say(conversation.split(" / ")).reply();
        assertEquals(Kind.FALLBACK, reply.kind(), conversation);
    }

    /**
     * Right after a flow ended on the seller's answers, a question about one of its entries is about the case just walked:
     * answered as it is, not walked again from the first step (the walk asked the case that entry's answer depends on, and
     * the seller has just told it). A question telling another case (还有一单…也要改) is walked again.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 9月       / 那什么时候能到账           | deposit.transfer-out",
        "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 9月       / 转出后钱去哪了             | deposit.transfer-out",
        // (after a walk that chose a case, the entry its end step names: flow files' entry)
        "申诉 / 快递原因                                             / 没有公章怎么办             | appeal.valid",
        "我想申诉 / 我们跟买家协商好了要求撤销处罚                   / 那买家都同意撤销了也不行吗 | appeal.invalid",
        // (the flow's own entry, found less surely than its question asked again, and not asked how to do: what the walk said)
        "运单号怎么改 / 自己联系物流 / 单号错了                       / 找不到修改运单号按钮       | waybill.modify",
        "买家要退货 / 都确认好了 / 约好了 / 说好了                    / 用微信说的可以吗           | dispute.return-details",
    })
    void aQuestionRightAfterAFlowEndedIsAboutTheCaseJustWalked(String conversation, String entry) {
        Reply reply = talk.say(conversation.split(" */ *")).reply();
        assertEquals(Kind.FAQ, reply.kind(), conversation);
        assertEquals(entry, reply.faqId(), conversation);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "运单号填错了怎么改 / 自己联系的快递 / 快递丢了要补发 / 还有一单的运单号也要改 | how-shipped",
        "我想申诉 / 快递原因 / 还有另一个判罚我也不服想申诉                             | reason",
        "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 9月 / 保证金怎么退还          | close-services",
        "申诉 / 快递原因 / 再帮我看一单 这单是价格设错了                                  | invalid",
        "运单号怎么改 / 自己联系物流 / 单号错了 / 运单号怎么改                            | how-shipped",
    })
    void anotherCaseOrLaterIsWalkedAgain(String conversation, String step) {
        assertEquals(step, talk.stepAfter(conversation.split(" */ *")), conversation);
    }

    /**
     * After a walk whose first step chose a case (the appeal's reasons), another case's entry is no answer to the case just
     * walked: 扣分了能申诉吗 right after 申诉无效 is not told "can be appealed" (a reviewer's).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "我想申诉 / 我们跟买家协商好了要求撤销处罚 / 扣分了能申诉吗",
        "申诉 / 其他 / 扣分了能申诉吗",
    })
    void anotherCasesEntryIsNoAnswerAfterAChosenCase(String conversation) {
        assertNotEquals("appeal.valid", talk.say(conversation.split(" */ *")).reply().faqId(), conversation);
    }

    /** Right after the walk ended, a plan with a problem in it is no small talk (a reviewer's). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "运单号填错了怎么改 / 自己联系的快递 / 单号填错了 / 我去改的时候提示超过修改期限",
        "运单号填错了怎么改 / 自己联系的快递 / 单号填错了 / 我自己联系的物流丢件了",
        "怎么更换支付宝账户 / 我把子服务都关了保证金还冻着",
        "怎么更换支付宝账户 / 我自己在拼多多也有店",
    })
    void aProblemToldIsNoSmallTalk(String conversation) {
        assertNotEquals(Kind.SMALLTALK, talk.say(conversation.split(" */ *")).reply().kind(), conversation);
    }

    /**
     * A stage past every step of the walk told at one of them (保证金已经解冻了: the unfreeze only follows every condition
     * met) is answered with the entry of the end it has reached, not read as the step's option its words resemble (已经…了
     * at the services step moved on to the orders; a reviewer's).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 已经解冻了",
        "保证金怎么转出 / 已经解冻了",
        "保证金怎么退 / 都关了 / 保证金已经解冻了",
    })
    void aStagePastEveryStepIsTheEndsEntry(String conversation) {
        Reply reply = talk.say(conversation.split(" */ *")).reply();
        assertEquals("deposit.transfer-out", reply.faqId(), conversation);
        assertNotEquals("check-complaints", reply.flow() == null ? null : reply.flow().step(), conversation);
    }

    /**
     * One of the flow's own entries asked in so many words while it waits (售后受理期是多久啊 at the 30-day step) is answered,
     * the step waiting; a statement that only may read as an or-not question (都超过30天了，只有一单没有) is the step's answer.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 售后受理期是多久啊          | faq",
        "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 超过30天是从付款算还是从确认收货算？ | faq",
        "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 都超过30天了，只有一单没有   | flow",
    })
    void theFlowsOwnEntryAskedWhileItWaits(String conversation, String kind) {
        Reply reply = talk.say(conversation.split(" */ *")).reply();
        assertEquals(kind, reply.kind().wire(), conversation);
        assertEquals("check-aftersales-window", reply.flow().step(), conversation);
    }

    /** A stage still to come (解冻后我再来转出) or an aside that is the step's answer (我另外有个…还没出结果) is no turn (a reviewer's). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 都关了 / 订单都完结了，解冻后我再来转出        | deposit-refund",
        "保证金怎么退 / 都关了 / 都完结了 / 我另外有个扣分的申诉还没出结果 | deposit-refund",
    })
    void neitherAStageToComeNorTheStepsOwnAnswerTurnsAway(String conversation, String flow) {
        Reply reply = talk.say(conversation.split(" */ *")).reply();
        assertNotEquals("deposit.transfer-out", reply.faqId(), conversation);
        assertEquals(flow, reply.flow().id(), conversation);
        assertEquals(0, reply.flow().suspended().size(), conversation);
    }
}
