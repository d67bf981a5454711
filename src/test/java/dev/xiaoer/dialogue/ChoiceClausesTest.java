package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At a choice, a clause made only of words every option shares (圆通 — a courier carries both ways;
 * tracking number — every case has one) says nothing, so the clause that does decides; a courier's
 * pickup, which both ways have, decides nothing.
 */
class ChoiceClausesTest {
    private static final RealConversations talk = new RealConversations();


    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "圆通，我自己叫的                  | self-situation",
        "德邦物流，我们自己打电话约的车    | self-situation",
        "快递员上门取的件                  | how-shipped",
        "快递小哥上门取件的                | how-shipped",
    })
    void howItWasShipped(String reply, String step) {
        assertEquals(step, talk.stepAfter("运单号填错了怎么改", reply), reply);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "tracking number 多打了一位              | modify",
        "包裹已经 sent out 了，但是 tracking number 当时没填 | fill-missing",
        // 别 of 别人/别家 is no 'not'
        "单号填成别人家的了                      | modify",
        "填成别家的单号了                        | modify",
    })
    void whatHappenedToTheNumber(String reply, String step) {
        assertEquals(step, talk.stepAfter("运单号填错了怎么改", "自己联系的中通", reply), reply);
    }

    /**
     * A clause only faintly like another case (买家查不到: what the buyer sees) beside one telling a case's
     * facts (最后两位数字打反了) leaves the facts to decide; a clause clearly like another case, in words no
     * sign lists (快递那边也延误了), is still a second cause and the step asks again.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "录单号的时候最后两位数字打反了 买家查不到 | modify",
    })
    void aFaintLikenessBesideFacts(String reply, String step) {
        assertEquals(step, talk.stepAfter("运单号填错了怎么改", "自己联系的中通", reply), reply);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "行。我这单是快递揽收晚了，货我们早就备好交出去了，不是我们的原因 | valid",
        "一是活动价设低了，二是快递那边也延误了                         | reason",
    })
    void atTheAppealReason(String reply, String step) {
        assertEquals(step, talk.stepAfter("发货类纠纷扣分可以申诉吗", reply), reply);
    }
}
