package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.testing.RealKnowledge;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A calendar date in a reply (最后一单是11月20号确认收货的) is read as days before the message's date,
 * never as a number of months (11月 is November, not eleven months); a month or a part of one counts
 * from its latest day, so a vague date never reads as longer ago than it may be.
 */
class DatesInRepliesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** The real phrases (durations, dates), loaded once. */
    private static AnswerLexicon lexicon;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = RealKnowledge.load();
        lexicon = new AnswerLexicon(kb.phrases(), new TextNormalizer(kb, new ScriptConverter()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "最后一单是11月20号确认收货的, 12",
        "11月中旬, 12",
        "十一月初, 22",
        "8月份, 93",
        "九月初, 83",
        "10月底, 32",
        "12月1日, 1",
        "12月5号, -1",       // soon to come, later this month than today: no past day (was last year's until the twenty-third session)
        "上个月5号, 27",
        "上个月1号, 31",
        "本月1日, 1",
        "3个月前, -1",        // a duration, not a date
        "上个月, -1",
    })
    void readsADateAsDaysAgo(String text, int days) {
        assertEquals(days, AnswerLexicon.daysSinceDate(text, TODAY));
    }

    /**
     * A month named by where it stands, with no day (上个月就没单了), counts from its latest day too: last
     * month may be two days ago, so it never reads as "over 30 days"; a number of days said beside it wins.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "上个月就没单了, 2",
        "上个月初, 22",
        "上上个月就没单了, 32",
        "这个月初, 0",
        "上个月初 算下来有四十多天了, 41",
        "最后一笔交易关闭是国庆前的事了, 63",   // phrases.yaml dates: 国庆前 is 30 September
        "双十一那单, 21",
        "去年双十一那会儿, 365",          // 去年 is a duration, read first
        "618大促那单上周才确认收货, 7",
        // a gap after a day (国庆后两天确认收货): counted from that day, not back from today; with no day known, none
        "国庆后两天确认收货的, 53",
        "双十一后三天买家就确认收货了, 18",
        "中秋节后两天就确认收货了, -1",
        "确认收货后两个月了, 60",
        // a name inside a longer one is the longer one's (十一后 of 双十一后)
        "双十一后确认收货的, 21",
        "最后一单是上个礼拜, 7",
        // a day with no 号 after the month (11月28), and 尾 for the end of a month (the start-against-now probe's)
        "最后一单11月28, 4",
        "最后一单是上个月尾, 2",
        "最后一单3个月前, 90",
    })
    void readsAMonthWithoutADayFromItsLatestDay(String text, int days) {
        assertEquals(days, lexicon.daysIn(text, TODAY));
    }

    /**
     * The seller's own today, told beside the date (今天是3月28号, written when it was), is what the date
     * counts to; it is never read as the date of the last sale.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "最后一笔是3月10号交易关闭的，今天是3月28号, 18",
        "今天12月3号，最后一单是11月3号交易关闭的, 30",
        "今天是12月2号 最后一单10月20号关闭的, 43",
        "今天已经11月30号了 最后一单是10月5号, 56",
        "最后一单是11月3号, 29",
        // of several dates, the most recent: a reply never reads as longer ago than one of them
        "今天是12月2号，最后一单不是10月20号就是11月25号, 7",
        "现在是12月，最后一单是11月28号, 4",
        "最后一单10月5号，还有一单11月25号, 7",
        // …and a sale told as recent in a clause of its own; not 今天 as what is counted to, nor another matter's day
        "超过30天了，只是上周还有一单交易关闭, 7",
        "最后一单3月20号，不过有一单昨天刚交易成功, 1",
        "最后那单交易关闭到今天有一个半月了, 45",
        "最后一单交易成功是上上个月底, 32",
        "最后一单10月12号交易成功的，不过昨天又有个买家新发起了投诉, 51",
        // a date of another shop of the seller's is none of this one's
        "看错店了，11月5号那单是我另一个店的，这个店最后一单10月25号就交易成功了, 38",
        "别的店铺11月20号还有单，这个店最后一单9月30号, 63",
    })
    void readsTheSellersTodayAsTheDayDatesCountTo(String text, int days) {
        assertEquals(days, lexicon.daysIn(text, TODAY));
    }
}
