package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At the 30-day step, a last sale's date told as an estimate (大概国庆前后吧, 两个月前左右) decides when it is far from
 * the line — off by half either way, it would meet the same option — and is asked again near it (大概一个月前吧);
 * "one" and "a part" (最后一笔, 大概) and a sale said not to have been (后来就没做了) are no 'not yet' there.
 * On the scripts' clock, 2 December 2026.
 */
class EstimatedDatesTest {
    private static final String[] AT_THE_WINDOW = {"保证金怎么退", "都关了", "订单都完结了", "没有投诉"};
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "最後一筆大概國慶前後吧，後來就沒做了    | transfer-out",
        "最后一笔大概国庆前后吧                  | transfer-out",
        "两个月前左右                            | transfer-out",
        "差不多是九月中旬吧                      | transfer-out",
        // a day told with 左右 is the day give or take a few (a reviewer's: 左右 made every date unclear); the days
        // themselves with 左右 stay unclear
        "最后一单10月20号左右                    | transfer-out",
        "上个月就没有订单了 最后一单是10月20号左右 | transfer-out",
        "超过30天左右                            | check-aftersales-window",
        // near the line, or nothing dated: asked again
        "大概一个月前吧                          | check-aftersales-window",
        "应该是11月初吧                          | check-aftersales-window",
        "最后一笔之后就没单了                    | check-aftersales-window",
        "后来就没做了                            | check-aftersales-window",
        // an estimate inside the window is inside it
        "大概上周吧                              | check-aftersales-window",
    })
    void estimatesDecideFarFromTheLine(String reply, String step) {
        assertEquals("check-aftersales-window", talk.stepAfter(AT_THE_WINDOW));
        assertEquals(step, talk.stepAfterReply(AT_THE_WINDOW, reply), reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "最后一笔之后就没单了",
        "最后一笔大概一个月前吧",
    })
    void aLastSaleUndatedIsNotTheWindowStillRunning(String reply) {
        String text = talk.say(concat(reply)).reply().text();
        assertEquals(-1, text.indexOf("暂时不能解冻"), text);
    }

    private static String[] concat(String reply) {
        String[] said = java.util.Arrays.copyOf(AT_THE_WINDOW, AT_THE_WINDOW.length + 1);
        said[AT_THE_WINDOW.length] = reply;
        return said;
    }

    /** 11月5号左右 is inside the window whichever few days it means: told so, not asked again until handed off. */
    @org.junit.jupiter.api.Test
    void aDayGiveOrTakeInsideTheWindowIsInsideIt() {
        Reply reply = talk.say("保证金怎么退", "都关了", "订单都完结了", "没有投诉", "最近一笔是11月5号左右").reply();
        assertEquals("check-aftersales-window", reply.flow().step());
        org.junit.jupiter.api.Assertions.assertTrue(reply.text().contains("暂时不能解冻"), reply.text());
    }
}
