package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At the after-sales window step a clause stating days beside one saying nothing came after (那单10月22号
 * 确认收货的 | 之后就没单了), or beside another stating days that meet the same options, is one answer read
 * by its days, not two answers because of what the clauses resemble; 刚过一个月 is over a month, and a
 * 'not' of 'under' (不是不到30天) is over; a date beside the seller's own hedged reckoning that agrees with it (这都超了吧)
 * is read by the date. On the scripts' clock: 2 December 2026.
 */
class DatedRepliesTest {
    private static final String[] AT_WINDOW = {"保证金怎么退", "子服务都关了", "订单都完结了", "没有投诉"};
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "我看了下，那单买家是10月22号确认收货的，之后就没单了 | transfer-out",
        "最后一单11月22号确认收货的，之后就没单了             | check-aftersales-window",
        "最后一笔11月1号交易成功，到今天刚过一个月            | transfer-out",
        "不是不到30天，早就过了                              | transfer-out",
        "最后一单10月22号确认收货的，不过上周还有一单交易关闭 | check-aftersales-window",
        // (a reviewer's: days beside, or in, a clause saying something is not done, still going or unknown)
        "10月22号交易成功，之后没单了，不过还有一单退款没处理完 | check-aftersales-window",
        "10月22號交易成功，之後沒單，但有個售後還沒處理完       | check-aftersales-window",
        "最后一单10月22号完成，有一单买家申请售后中             | check-aftersales-window",
        "10月22号确认收货，之后的单子都没完结                   | check-aftersales-window",
        "10月22号的单买家一直没签收，之后就没单了               | check-aftersales-window",
        "10月22号确认收货，11月1号那单买家没签收                | check-aftersales-window",
        "10月1号交易成功，10月10号买家发起售后到现在没处理      | check-aftersales-window",
        "10月22号那单确认收货了，后面的单子没仔细看             | check-aftersales-window",
        "最后一单10月22号确认收货的，后来没注意有没有新单       | check-aftersales-window",
        "我们三月份就不接单了，最后一单交易成功到现在都一个多月了 | transfer-out",
        // "no sale after" with no date says nothing of how long ago; a length of time said does
        "之后就没单了                                          | check-aftersales-window",
        "早就没单了                                            | transfer-out",
        "好几个月没交易了                                      | transfer-out",
        "最后一单9月20号就交易成功了 后面没新单                 | transfer-out",
        // a date told as a fact beside the seller's own hedged reckoning of it: the date, when they agree
        "最后一单是10月20号交易成功的，这都超了吧               | transfer-out",
        "最后一单是11月20号交易成功的，这都超了吧               | check-aftersales-window",
        "最后一单大概是10月20号吧，都超了                       | check-aftersales-window",
        // (a reviewer's: the date of one sale, or of a refund, beside a guess about the rest is not the last sale's)
        "10月20号交易成功的，其他的应该也超了吧                 | check-aftersales-window",
        "有一单10月20号交易成功的，都超了吧                     | check-aftersales-window",
        "10月20号申请的退款，这都超了吧                         | check-aftersales-window",
        "最后一单是10月20号交易成功的，这都超了吧，还有一单退款没处理完 | check-orders",
        // dates typed with a slash or in English
        "不对不对我算错了，那笔是10/28交易成功的                | transfer-out",
        "那笔是11/28交易成功的                                  | check-aftersales-window",
        "last order closed on Oct 15, so like 7 weeks ago        | transfer-out",
        // a pending state dated before the end another clause dates was over by then (shipped before National Day,
        // received on 8 October); one dated after it, or alone, is not
        "最后一笔是国庆放假前发的货，买家10月8号点的确认收货     | transfer-out",
        "10月8号确认收货，10月20号又申请了退款                  | check-aftersales-window",
        "最后一笔是9月底发的货                                  | check-aftersales-window",
        // (a reviewer's: the last sale dated is the days step's, never an order left open — 还有未完结的交易 was false)
        "还没到30天 最后一单是9月                               | check-aftersales-window",
        "我看了下最后一单是今年十月份 具体几号忘了              | check-aftersales-window",
        "人工说我还在售后期 但是最后一单是九月的                | check-aftersales-window",
        "最后一单10月8号，还有一单没完结                        | check-orders",
        // (a fresh reader's: a pending state told as still not done is not over for being dated earlier; a last sale still
        // going in a clause of its own goes back to the orders)
        "9月20号有一单还没发货，最后一单10月8号确认收货         | check-aftersales-window",
        "最后一单9月20号的，买家到现在还没收到货                | check-orders",
    })
    void daysDecide(String reply, String step) {
        assertEquals("check-aftersales-window", talk.stepAfter(AT_WINDOW));
        assertEquals(step, talk.stepAfterReply(AT_WINDOW, reply), reply);
    }

    /**
     * Staying at the days step by resemblance alone needs something said of how recent: the last sale named with
     * nothing of when (最后一单) is asked again, not told the 30 days are not over.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "最后一单          | 1",
        "中秋那单是最后一单 | 1",
        "最后一单是这周的   | 0",
        "刚确认收货的       | 0",
        // (the start-against-now probe's: 上个礼拜, Cantonese 係, had stayed by resemblance; it is a duration of its own)
        "最後一單係上個禮拜 | 0",
        "最后一单是上个星期 | 0",
        // a month without a day that may fall either side of the line says neither (it was "still within" from its last
        // day); the 'not' of no sale since is no "not yet"
        "从上个月开始就没单了 | 1",
        "上个月就没单了       | 1",
        "最后一单是11月份     | 1",
        // (上个月就没有订单了 最后一单是10月20号左右 was here, asked again; since the twenty-second session a day with 左右 is
        // read, and it ends the walk: EstimatedDatesTest)
        "最后一单是11月中旬   | 0",
        // (a fresh reader's: a span with none of it after a date is no gap to take off it; 几个星期 is not recent)
        "最后一单9月20号确认收货，之后两个月交易都没有 | 1",
        "最后一单是几个星期之前了 | 1",
    })
    void stayingNeedsSomethingOfWhen(String reply, int unclear) {
        String[] said = java.util.Arrays.copyOf(AT_WINDOW, AT_WINDOW.length + 1);
        said[AT_WINDOW.length] = reply;
        Turn turn = talk.say(said);
        assertEquals("check-aftersales-window", RealConversations.step(turn), reply);
        assertEquals(unclear, turn.session().unreadable(), reply);
    }
}
