package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question retrieval cannot tell apart among the entries a flow `covers` starts that flow: the return
 * checklist covers the checklist and the prevention of disputes, whose answer is the same checklist; a
 * question only about preventing disputes is still answered as one.
 */
class CoveredQuestionsTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "跟买家谈退货 运费谁出这些要先说好吧 帮我过一遍 | FLOW",
        "退货的话要注意啥 怕后面扯皮                  | FLOW",
        "怎么避免售后纠纷                            | FAQ",
        "售后纠纷一般是怎么产生的                    | FAQ",
    })
    void aQuestionAmongAFlowsEntriesStartsIt(String said, Kind kind) {
        assertEquals(kind, talk.say(said).reply().kind(), said);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // undecided, every candidate sharing a word with the best is an appeal entry: the flow asks the reason
        "我想申訴一個扣分                  | FLOW",
        "投诉扣了我6分 想申诉              | FLOW",
        "想申诉一个发货的处罚 怎么弄       | FLOW",
        // a known out-of-scope topic sharing words with an entry stays declined
        "我要买退货运费险                  | FALLBACK",
        "我想把扣的分花钱消掉              | FALLBACK",
        "抖音小店被扣分了想申诉            | FALLBACK",
    })
    void anUndecidedMessageNamingOneFlowsEntriesStartsIt(String said, Kind kind) {
        assertEquals(kind, talk.say(said).reply().kind(), said);
    }
}
