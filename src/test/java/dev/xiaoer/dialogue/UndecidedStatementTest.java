package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement of what the seller wants (想申诉一个扣分处罚) that retrieval declines because it shares its
 * words with a known out-of-scope question (一个处罚能申诉几次) starts the flow those words are about,
 * when every likely entry is that flow's; so does one retrieval finds too weak to answer, when every
 * likely entry is one flow's (its first step asks which case it is). The out-of-scope question itself
 * is still declined.
 */
class UndecidedStatementTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "想给一个扣分处罚申诉          | FLOW",
        "一个处罚能申诉几次           | FALLBACK",
        // under retrieval's threshold, but every likely entry is the appeal flow's: its first step asks which case
        "被判了发货违规 我要申诉       | FLOW",
        // one word, said as wanted, when every candidate is the flow's
        "想申诉看看                   | FLOW",
        // what a long message asks, looked up alone when the whole finds nothing
        "客户说物流信息对不上，我得改下运单号 | FLOW",
        // a flow's task wanted beside context an entry of no flow answers (the complaint entry by 描述不符)
        "被一个买家投诉描述不符扣了分，想申诉看看 | FLOW",
        // what the flow does not cover stays declined
        "申诉要写多少字               | FALLBACK",
        "我要申诉一个差评             | FALLBACK",
        "淘宝的处罚怎么申诉           | FALLBACK",
        "保证金能用来付货款吗          | FALLBACK",
        // asking only how to go about it, of one flow's word: that flow
        "申诉 扣了6分 怎么弄            | FLOW",
    })
    void aStatementStartsTheFlowItsWordsAreAbout(String said, Kind kind) {
        assertEquals(kind, talk.say(said).reply().kind(), said);
    }
}
