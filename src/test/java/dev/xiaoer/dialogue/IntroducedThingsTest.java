package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At a yes/no step, a clause that only brings one of the step's things in (之前有一个投诉,) says
 * nothing by itself: how the thing stands is told by the clause after it, read joined with it.
 */
class IntroducedThingsTest {
    private static final String[] AT_COMPLAINTS = {"保证金怎么退", "子服务都关了", "订单都完结了"};
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "之前有过一个投诉，上上个月就结案了      | check-aftersales-window",
        "有一个投诉，还在等平台判               | check-complaints",
        "有一单投诉 买家前两天又申请了平台介入   | check-complaints",
    })
    void theClauseAfterTellsHowItStands(String reply, String step) {
        assertEquals("check-complaints", talk.stepAfter(AT_COMPLAINTS));
        assertEquals(step, talk.stepAfterReply(AT_COMPLAINTS, reply), reply);
    }
}
