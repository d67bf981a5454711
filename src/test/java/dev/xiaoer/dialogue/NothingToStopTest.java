package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stop said with no flow to stop: beside a request (不想做买家保障了，保证金退一下) "no longer doing it" is why the
 * seller asks, and the request is answered; alone, or beside a negated one (不退保证金了, 算了 不申诉了), there is
 * nothing to stop and nothing asked.
 */
class NothingToStopTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "不想做买家保障了，保证金退一下 | deposit-refund",
        "不想做1688了，押金退给我      | deposit-refund",
        "不做了，帮我看看保证金        | deposit-refund",
    })
    void aRequestBesideAStopIsAnswered(String said, String flow) {
        Turn turn = talk.say(said);
        assertEquals(Kind.FLOW, turn.reply().kind(), said);
        assertEquals(flow, turn.reply().flow().id(), said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"不退保证金了", "算了 不申诉了", "算了，不改了", "不想做了",
        // (a clause beside the stop that asks nothing retrieval answers: the stop clause is never looked up)
        "保证金不退了，店还要继续开", "不退保证金了，可以吧", "算了不申诉了，我得忙别的了", "不想退了，想再做一段时间",
        "算了 不用了 谢谢你帮忙", "算了，等一下再说"})
    void aStopWithNoRequestStartsNothing(String said) {
        Turn turn = talk.say(said);
        assertEquals(Kind.SMALLTALK, turn.reply().kind(), said);
        assertEquals(null, turn.reply().flow(), said);
    }
}
