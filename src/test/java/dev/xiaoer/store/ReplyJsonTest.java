package dev.xiaoer.store;

import static dev.xiaoer.testing.SampleReplies.CLARIFY;
import static dev.xiaoer.testing.SampleReplies.CLARIFY_JSON;
import static dev.xiaoer.testing.SampleReplies.IN_FLOW;
import static dev.xiaoer.testing.SampleReplies.IN_FLOW_JSON;
import static dev.xiaoer.testing.SampleReplies.NESTED;
import static dev.xiaoer.testing.SampleReplies.NESTED_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyJsonTest {

    @Test
    void readsBackWhatItWrote() {
        for (Reply reply : List.of(IN_FLOW, CLARIFY, NESTED)) {
            Reply back = ReplyJson.read(ReplyJson.write(reply));
            assertEquals(reply, back);
            assertEquals(ReplyJson.write(reply), ReplyJson.write(back), "the same bytes again");
        }
    }

    @Test
    void readsTheRowsEarlierVersionsWrote() {
        // schemas 4 and 5 stored the HTTP body as it was then
        assertEquals(IN_FLOW, ReplyJson.read(IN_FLOW_JSON));
        assertEquals(CLARIFY, ReplyJson.read(CLARIFY_JSON));
        assertEquals(NESTED, ReplyJson.read(NESTED_JSON));
        Reply sparse = ReplyJson.read("{\"conversationId\":\"c\",\"kind\":\"faq\",\"text\":\"t\",\"confidence\":0.5}");
        assertEquals(new Reply("c", null, Kind.FAQ, "t", null, 0.5, List.of(), null, List.of()), sparse);
    }
}
