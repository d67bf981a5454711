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

    /**
     * A guessed "none of them" (没有投诉吧 应该, 应该没有订单了吧) is not knowing too: the seller is asked to check, never told
     * as if one were open (the nineteenth session's probe found the complaints step's 'still open' help for it).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "保证金怎么退,都关了,订单都完结了 | 没有投诉吧 应该",
        "保证金怎么退,都关了,订单都完结了 | 应该没投诉",
        "保证金怎么退,都关了,订单都完结了 | 投诉没有吧",
        "保证金怎么退,都关了              | 应该没有订单了吧",
    })
    void aGuessedNoneIsNotKnowing(String opening, String reply) {
        String[] before = opening.split(",");
        String[] said = java.util.Arrays.copyOf(before, before.length + 1);
        said[before.length] = reply;
        Turn t = talk.say(said);
        assertEquals(before.length == 3 ? "check-complaints" : "check-orders", t.reply().flow().step(), reply);
        assertEquals(1, t.session().unreadable(), reply);
        org.junit.jupiter.api.Assertions.assertFalse(t.reply().text().contains("请先"), t.reply().text());
    }

    /** A hedged "all closed" is not knowing, not "not yet": the third such reply hands off. */
    @Test
    void aHedgedYesCountsAsNotKnowing() {
        Turn t = talk.say("我想把保证金退掉", "关了吧应该", "我也记不太清 之前都是运营在弄 他上个月离职了", "差不多都关了吧 大概");
        assertEquals(Kind.HANDOFF, t.reply().kind());
    }

    /** "I don't know" beside a guess at what keeps the step (不太清楚 好像有个买家说要投诉我) is not knowing too. */
    @Test
    void notKnowingBesideAGuessOfNotYetCountsToo() {
        Turn t = talk.say("保证金退回怎么搞", "都关闭了", "订单都结束了", "应该没有吧", "不太清楚 好像有个买家说要投诉我",
                "我也不记得了");
        assertEquals(Kind.HANDOFF, t.reply().kind());
        // a guess alone that something is still open is that answer: the step says what it means
        Turn guessed = talk.say("保证金退回怎么搞", "都关闭了", "订单都结束了", "好像还有一个投诉没处理完");
        assertEquals(Kind.FLOW, guessed.reply().kind());
        assertEquals("check-complaints", guessed.reply().flow().step());
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

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // a guess at a yes/no step, and what the seller cannot tell (是哪种我记不清了, 不知道因为啥): the step's help
        "保证金怎么退,子服务都关了     | 应该都完结了吧，好久没怎么卖了                                   | check-orders",
        "运单号填错了怎么改           | 我们有时候自己叫快递 有时候在平台下单 这单我也不记得是哪种了     | how-shipped",
        "被扣分了想申诉               | 说实话我也说不清算哪种，反正不是我们的错                         | reason",
        "被扣分了想申诉               | 还不知道具体因为啥 通知我还没点开看                              | reason",
        "运单号填错了怎么改           | 仓库发的，我也不知道他们咋发的                                   | how-shipped",
    })
    void whatTheSellerCannotTellIsNoQuestion(String opening, String reply, String step) {
        String[] said = java.util.stream.Stream.concat(java.util.Arrays.stream(opening.split(",")), java.util.stream.Stream.of(reply))
                .toArray(String[]::new);
        Turn t = talk.say(said);
        assertEquals(Kind.FLOW, t.reply().kind(), reply);
        assertEquals(step, t.reply().flow().step(), reply);
        assertEquals(null, t.reply().faqId(), reply);
    }
}
