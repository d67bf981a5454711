package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thanks or goodbye said beside a statement that asks nothing (好的 我去找网点开证明 谢谢) is small
 * talk, not a question for retrieval; beside a question (谢谢 保证金怎么退) the question is answered.
 */
class ThanksBesideTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "好嘞 我这就去后台改 谢谢啦              | SMALLTALK",
        "行 我现在就去后台看看 谢谢啦           | SMALLTALK",
        "谢谢 那保证金怎么退呢                  | FLOW",
    })
    void thanksBesideAStatementIsThanks(String said, Kind kind) {
        assertEquals(kind, talk.say(said).reply().kind(), said);
    }
}
