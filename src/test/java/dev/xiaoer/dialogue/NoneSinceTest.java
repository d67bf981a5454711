package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * None since a date, said with 再 (11月3号以后再没开过单, 10月20号之后再也没有订单了), dates the last sale at the 30-day step as
 * 以后就没单了 does: its 以后再 had been read as a part put off, and the step asked again (a fresh reader's find of the
 * thirty-fifth session). Clock: 2 December 2026.
 */
class NoneSinceTest {
    private static final RealConversations talk = new RealConversations();
    private static final String[] AT_DAYS = {"保证金怎么退 子服务都关了 订单也全部完结了", "投诉也没有"};

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "11月3号以后再没开过单          | check-aftersales-window",
        "10月20号以后再没接过单         | transfer-out",
        // (guards, as at the start)
        "十月中旬以后再也没有订单了     | transfer-out",
        "10月20号以后就没单了           | transfer-out",
        "11月3号以后就没单了            | check-aftersales-window",
    })
    void noneSinceADate(String said, String step) {
        Turn t = talk.sayAfter(AT_DAYS, said);
        assertEquals(step, RealConversations.step(t), said);
        assertEquals(0, t.session().unreadable(), said);
    }
}
