package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.testing.RealKnowledge;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A seller who cannot tell the step's answer the third time in a row is handed to a person. */
class UnsureRepliesTest {
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static Dialogue dialogue;

    @BeforeAll
    static void load() {
        dialogue = DialogueEngine.create(RealKnowledge.load(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
    }

    private static Turn say(String... said) {
        Turn turn = null;
        for (String text : said) {
            turn = dialogue.handle(turn == null ? null : turn.session(), "c-unsure", text, NOW);
        }
        return turn;
    }

    @Test
    void twoUnsureRepliesKeepTheStepWithItsHelp() {
        Turn t = say("保证金怎么退", "子服务都关了", "不太确定，没去查", "我也不知道在哪看");
        assertEquals(Kind.FLOW, t.reply().kind());
        assertEquals("check-orders", t.reply().flow().step());
    }

    @Test
    void theThirdHandsOff() {
        Turn t = say("保证金怎么退", "子服务都关了", "不太确定，没去查", "我也不知道在哪看", "这个我也说不好");
        assertEquals(Kind.HANDOFF, t.reply().kind());
    }

    @Test
    void aClearAnswerBetweenThemStartsTheCountAgain() {
        Turn t = say("保证金怎么退", "不太确定", "我也不清楚", "都关好了", "不太确定，没去查");
        assertEquals(Kind.FLOW, t.reply().kind());
        assertEquals("check-orders", t.reply().flow().step());
    }
}
