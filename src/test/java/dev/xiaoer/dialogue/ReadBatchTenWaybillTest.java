package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the twenty-eighth session was handed (each a sentence of the evaluation), in the dialogue: each row is
 * another phrasing of the class than that sentence. Every row failed at b7d3d5c3. Turns before the last are separated by /.
 */
class ReadBatchTenWaybillTest {
    private static final RealConversations talk = new RealConversations();

    /**
     * A waybill (运单, no 号) to change, no case told, starts the waybill walk at how it was shipped: it was answered with the
     * online entry. (运单在哪里改, which fell back in retrieval, already started the walk.)
     */
    @ParameterizedTest(name = "{0} → {1}/{2}")
    @CsvSource(delimiter = '|', value = {
        "运单怎么更改     | waybill-fix | how-shipped",
        "运单想修改一下   | waybill-fix | how-shipped",
        "运单需要变更     | waybill-fix | how-shipped",
    })
    void aWaybillToChangeStartsTheWalk(String said, String flow, String step) {
        Turn turn = talk.sayAfter(new String[0], said);
        RealConversations.assertAt(turn, flow, step, said);
    }

    /**
     * After another platform's question is declined, 1688 named by another of its names (阿里巴巴, 阿里1688), alone, asks the
     * same of 1688: it was answered with alipay.change (阿里 met the seed's menu 我的阿里) or fell back.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "淘宝的保证金怎么退 / 那在阿里1688上呢          | deposit-refund",
        "拼多多的运单号填错了怎么改 / 那阿里巴巴的呢    | waybill-fix",
        "抖店的保证金怎么退 / 阿里巴巴上的呢            | deposit-refund",
        "京东的保证金怎么退回来 / 那阿里巴巴这边呢      | deposit-refund",
    })
    void oursNamedByAnotherNameAsksTheSame(String said, String flow) {
        Turn turn = talk.say(said.split(" / "));
        assertEquals(flow, turn.reply().flow() == null ? null : turn.reply().flow().id(), said);
    }

    /** A bare topic that asks nothing (安心购这块) is asked which of its entries, not told it cannot be answered. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"安心购这块", "安心购的事情"})
    void aBareTopicIsAskedWhich(String said) {
        assertEquals(Kind.CLARIFY, talk.say(said).reply().kind(), said);
    }
}
