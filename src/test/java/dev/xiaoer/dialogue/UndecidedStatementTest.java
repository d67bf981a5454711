package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement of what the seller wants (想申诉一个扣分处罚) that retrieval declines because it shares its
 * words with a known out-of-scope question (一个处罚能申诉几次) starts the flow those words are about,
 * when every likely entry is that flow's; the out-of-scope question itself is still declined.
 */
class UndecidedStatementTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "想给一个扣分处罚申诉          | FLOW",
        "一个处罚能申诉几次           | FALLBACK",
    })
    void aStatementStartsTheFlowItsWordsAreAbout(String said, Kind kind) {
        assertEquals(kind, talk.say(said).reply().kind(), said);
    }
}
