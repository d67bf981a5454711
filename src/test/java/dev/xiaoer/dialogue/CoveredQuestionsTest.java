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
}
