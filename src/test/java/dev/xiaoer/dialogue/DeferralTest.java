package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A seller going off to do the step (我先去把服务关了，等会再来) keeps the flow; a stop ends it. */
class DeferralTest {
    private static final RealIntents real = RealIntents.load();

    @ParameterizedTest
    @ValueSource(strings = {"好的谢谢 我先去把服务关了 等会再来", "我先去旺旺上问下他 回头再说", "我先去翻下聊天記錄 晚點再說",
            "行 我这就去后台看看", "等我去后台看看再说吧", "那我过几天再来", "好的 那我过阵子再来",
            "等我问问买家再说", "我先确认一下再来", "好的谢谢，等这两单收货了我再来", "等投诉结案了再找你",
            "行 我去关一下", "好嘞谢谢 我去弄下"})
    void goingOffToDoTheStepIsADeferralNotAStop(String text) {
        assertTrue(real.intents().isDefer(real.said(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"算了 我先去忙了", "先不弄了 我先去忙别的 回头再说", "下次再说吧", "我不办了，下次再说", "取消",
            "算了我先去问问快递那边再说", "算了今天弄不了 等我换个电脑月底再来退吧", "算數啦，等佢哋收咗貨先算"})
    void aStopIsNoDeferral(String text) {
        assertFalse(real.intents().isDefer(real.said(text)), text);
    }

    /** The Cantonese 算数啦 (forget it) is 算了: a stop. */
    @ParameterizedTest
    @ValueSource(strings = {"算數啦，等佢哋收咗貨先算", "算数啦"})
    void cantoneseForgetItIsAStop(String text) {
        assertTrue(real.intents().isCancel(real.said(text)), text);
    }

    /** An answer to the step said in going off (还有一单没完结，我过几天再来) is that answer: the flow is not ended. */
    @ParameterizedTest
    @ValueSource(strings = {"谢谢啊，还有一单没完结，我过几天再来", "还有两单在路上 我过几天再来"})
    void anAnswerSaidInGoingOffIsTheAnswer(String text) {
        Turn turn = new RealConversations().say("保证金怎么退", "都关了", text);
        assertEquals(Kind.FLOW, turn.reply().kind(), text);
        assertEquals("check-orders", RealConversations.step(turn), text);
    }

    /** Going to look (我去查一下投诉再来) answers nothing, whatever option its words are like: the step waits. */
    @ParameterizedTest
    @ValueSource(strings = {"我去查一下投诉再来", "好的谢谢 我去查一下投诉再来"})
    void goingToLookIsNoAnswer(String text) {
        Turn turn = new RealConversations().say("保证金怎么退", "都关了", "都完结了", text);
        assertEquals("check-complaints", RealConversations.step(turn), text);
        assertFalse(turn.reply().text().contains("不能解冻"), turn.reply().text());
    }

    /** 算了 with a time later on, a few words apart (算了保证金下个月再弄), is a stop, not going off to do the step. */
    @ParameterizedTest
    @ValueSource(strings = {"算了保证金下个月再弄", "算了这个单号过几天再说"})
    void aStopWithATimeIsACancel(String text) {
        assertTrue(real.intents().isCancel(real.said(text)), text);
        assertFalse(real.intents().isDefer(real.said(text)), text);
    }

    @Test
    void aLaterPhraseAloneStaysAStop() {
        assertTrue(real.intents().isCancel(real.said("等一下再说吧")));
        assertFalse(real.intents().isDefer(real.said("等一下再说吧")));
    }

    /** Thanks said in going off (那我过段时间再来弄，谢了) is answered as thanks, and the step is kept for later. */
    @ParameterizedTest
    @ValueSource(strings = {"行吧，那我过段时间再来弄，谢了", "好的 那我过阵子再来 谢谢"})
    void thanksInGoingOffIsSmallTalkThatKeepsTheStep(String text) {
        RealConversations talk = new RealConversations();
        Turn turn = talk.say("保证金怎么退", "都关了", "都完结了", "没有投诉", "上周刚有一单确认收货", text);
        assertEquals(Kind.SMALLTALK, turn.reply().kind(), text);
        assertEquals("check-aftersales-window", RealConversations.step(turn), text);
    }
}
