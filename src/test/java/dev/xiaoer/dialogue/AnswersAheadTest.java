package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.testing.RealKnowledge;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reply that answers the step asked and the next ones too moves past all of them, each read on
 * its own clauses; and a question retrieval cannot decide among one flow's entries starts that flow.
 */
class AnswersAheadTest {
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static Dialogue dialogue;

    @BeforeAll
    static void load() {
        dialogue = DialogueEngine.create(RealKnowledge.load(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
    }

    /** The conversation after saying each of {@code said} in turn; the last turn. */
    private static Turn say(String... said) {
        Turn turn = null;
        for (String text : said) {
            turn = dialogue.handle(turn == null ? null : turn.session(), "c-ahead", text, NOW);
        }
        return turn;
    }

    private static String step(Turn turn) {
        return turn.reply().flow() == null ? null : turn.reply().flow().step();
    }

    @Test
    void aReplyAboutTheOrdersAndTheComplaintsAnswersBoth() {
        Turn t = say("保证金怎么退", "子服务都关了", "订单全部交易成功，投诉也一个都没有");
        assertEquals("check-aftersales-window", step(t));
    }

    @Test
    void theStepAheadIsReadOnItsOwnClausesAndMayNotBeMet() {
        Turn t = say("保证金怎么退", "子服务都关了", "订单都交易成功了，投诉还有一个没处理完");
        assertEquals("check-complaints", step(t));
        assertTrue(t.reply().text().contains("投诉"), t.reply().text());
    }

    @Test
    void aClauseAboutAnAnsweredStepIsNeverReadAgainFurtherOn() {
        // 交易成功 is also a word of the 30-day step: said of the orders, it says nothing of the 30 days
        Turn t = say("保证金怎么退", "子服务都关了", "订单全部交易成功，投诉也一个都没有");
        assertNotEquals("transfer-out", step(t));
        assertFalse(t.reply().flow().done());
    }

    @Test
    void anUnclearClauseAheadLeavesTheNextStepAsked() {
        Turn t = say("保证金怎么退", "子服务都关了，订单挺多的");
        assertEquals("check-orders", step(t));
    }

    @Test
    void oneClauseClearlySayingAnOptionDecidesWhenTheOthersSayNothingEitherWay() {
        Turn t = say("保证金怎么退", "子服务都关了", "订单都完结了", "投诉昨天判下来了 已经结案");
        assertEquals("check-aftersales-window", step(t));
    }

    @Test
    void aClauseWithAStillBesideItKeepsTheStep() {
        Turn t = say("保证金怎么退", "子服务都关了", "订单都完结了", "投诉已经结案了 不过还有一个新的");
        assertEquals("check-complaints", step(t));
    }

    @Test
    void aClauseAboutALaterStepDoesNotMuddleThisOne() {
        // 投诉也没有 is no answer about the orders: read without it, the orders are done; read there, so are the complaints
        Turn t = say("保证金怎么退", "子服务都关了", "订单都完结了 投诉也没有");
        assertEquals("check-aftersales-window", step(t));
    }

    @Test
    void somethingStillUnderWayBesideAllDoneKeepsTheStep() {
        Turn t = say("保证金怎么退", "官方直送点了退出，但是页面显示还在退出中");
        assertEquals("close-services", step(t));
    }

    @Test
    void aQuestionUndecidedAmongOneFlowsEntriesStartsThatFlow() {
        Turn t = say("申诉怎么弄");
        assertEquals(Kind.FLOW, t.reply().kind());
        assertEquals("appeal-check", t.reply().flow().id());
    }

    @Test
    void aQuestionSharingOneWordWithAFlowDoesNotStartIt() {
        Turn t = say("保证金能用来付货款吗");
        assertNull(t.reply().flow());
    }
}
