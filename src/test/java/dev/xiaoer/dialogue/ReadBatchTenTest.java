package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the twenty-eighth session was handed (each a sentence of the evaluation), in the dialogue: each row is
 * another phrasing of the class than that sentence. Every row failed at b7d3d5c3. Turns before the last are separated by /.
 */
class ReadBatchTenTest {
    private static final RealConversations talk = new RealConversations();

    /** A waybill (运单, no 号) to change, no case told, starts the waybill walk at how it was shipped. */
    @ParameterizedTest(name = "{0} → {1}/{2}")
    @CsvSource(delimiter = '|', value = {
        "运单在哪里改   | waybill-fix | how-shipped",
        "运单能改吗     | waybill-fix | how-shipped",
    })
    void aWaybillToChangeStartsTheWalk(String said, String flow, String step) {
        Turn turn = talk.sayAfter(new String[0], said);
        assertEquals(flow, turn.reply().flow().id(), said);
        assertEquals(step, RealConversations.step(turn), said);
    }
}
