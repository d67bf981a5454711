package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A seller who cannot tell the step's answer the third time in a row is handed to a person. */
class UnsureRepliesTest {
    private static final RealConversations talk = new RealConversations();


    @Test
    void twoUnsureRepliesKeepTheStepWithItsHelp() {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "不太确定，没去查", "我也不知道在哪看");
        assertEquals(Kind.FLOW, t.reply().kind());
        assertEquals("check-orders", t.reply().flow().step());
    }

    @Test
    void theThirdHandsOff() {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "不太确定，没去查", "我也不知道在哪看", "这个我也说不好");
        assertEquals(Kind.HANDOFF, t.reply().kind());
    }

    @Test
    void aClearAnswerBetweenThemStartsTheCountAgain() {
        Turn t = talk.say("保证金怎么退", "不太确定", "我也不清楚", "都关好了", "不太确定，没去查");
        assertEquals(Kind.FLOW, t.reply().kind());
        assertEquals("check-orders", t.reply().flow().step());
    }

    @Test
    void sayingOnlyThatTheyDoNotKnowGetsTheHelpNotAnAnswerSharingItsWords() {
        // 不清楚 shares 不清 with 售后方案协商不清 (dispute.prevention): it asks nothing
        Turn t = talk.say("保证金怎么退", "子服务都关了", "不清楚");
        assertEquals(Kind.FLOW, t.reply().kind());
        assertEquals("check-orders", t.reply().flow().step());
        assertEquals(null, t.reply().faqId());
    }
}
