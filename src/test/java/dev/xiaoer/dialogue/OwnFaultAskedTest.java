package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "It is our own fault, what now?" (都是我们自己的问题 怎么办, Cantonese 都是我們自己嘅問題 點算) names no topic: alone it is asked
 * which, and at the appeal's reason it is that reason told ("another reason"). It had been answered with the waybill walk
 * by the one word 问题 (运单号有问题怎么办 is a phrasing of it) — also at the appeal's reason, which it left for that walk.
 * A fresh reader's find of the thirty-fifth session.
 */
class OwnFaultAskedTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "都是我们自己的问题 怎么办",
        "是我自己的问题 咋办",
    })
    void aloneItIsAskedWhich(String said) {
        assertEquals(Kind.CLARIFY, talk.say(said).reply().kind(), said);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "都是我們自己嘅問題 點算     | other",
        "都是我们自己的问题 怎么办   | other",
        // (guards, as at the start)
        "是我们自己的问题 还能申诉吗 | other",
        "我要申诉                    | reason",
    })
    void atTheReasonItIsAnotherReason(String said, String step) {
        Turn t = talk.say("判罚我不服", said);
        RealConversations.assertAt(t, "appeal-check", step, said);
    }

    /** (a guard, as at the start: the waybill's own matter told with it is that walk) */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "运单号是我自己填错的 怎么办",
    })
    void theWaybillsOwnMatterIsThatWalk(String said) {
        assertEquals("waybill-fix", talk.say(said).reply().flow().id(), said);
    }
}
