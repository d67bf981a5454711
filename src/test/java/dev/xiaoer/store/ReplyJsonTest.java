package dev.xiaoer.store;

import static dev.xiaoer.testing.SampleReplies.CLARIFY;
import static dev.xiaoer.testing.SampleReplies.CLARIFY_JSON;
import static dev.xiaoer.testing.SampleReplies.IN_FLOW;
import static dev.xiaoer.testing.SampleReplies.IN_FLOW_JSON;
import static dev.xiaoer.testing.SampleReplies.NESTED;
import static dev.xiaoer.testing.SampleReplies.NESTED_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void besideItsLineTheReplyHoldsOnlyWhatTheColumnsDoNotAndReadsBackTheSame() {
        for (Reply sample : List.of(IN_FLOW, CLARIFY, NESTED)) {
            Reply reply = sample.msgId() == null ? sample.withMsgId("m-9") : sample; // a bot line has a msgId
            String beside = ReplyJson.writeBeside(reply, reply.conversationId(), reply.msgId());
            assertFalse(beside.contains("\"text\"") || beside.contains("\"kind\"") || beside.contains("\"msgId\""), beside);
            assertTrue(beside.length() < ReplyJson.write(reply).length());
            Reply back = ReplyJson.read(beside, reply.conversationId(), reply.msgId(), reply.kind().wire(), reply.text(),
                    reply.faqId(), reply.confidence());
            assertEquals(reply, back);
            assertEquals(ReplyJson.write(reply), ReplyJson.write(back), "the same bytes again");
            // a whole reply (lines before schema 10) is read as it is, whatever the columns say
            assertEquals(reply, ReplyJson.read(ReplyJson.write(reply), "other", "m-other", "faq", "other text", null, 0.1));
        }
    }

    @Test
    void aReplyTheColumnsWouldNotGiveBackIsStoredWhole() {
        Reply r = IN_FLOW;
        String whole = ReplyJson.write(r);
        assertEquals(whole, ReplyJson.writeBeside(r, "another-conversation", r.msgId()));
        assertEquals(whole, ReplyJson.writeBeside(r, r.conversationId(), "another-msg"));
        assertEquals(whole, ReplyJson.writeBeside(r, r.conversationId(), null));
        for (double c : new double[] {Double.NaN, -0.0, Double.POSITIVE_INFINITY}) { // SQLite: NULL, 0, kept but not JSON
            Reply odd = new Reply(r.conversationId(), r.msgId(), r.kind(), r.text(), r.faqId(), c, r.options(), r.flow(),
                    r.related());
            assertEquals(ReplyJson.write(odd), ReplyJson.writeBeside(odd, r.conversationId(), r.msgId()));
        }
        Reply noText = new Reply(r.conversationId(), r.msgId(), r.kind(), null, r.faqId(), r.confidence(), r.options(),
                r.flow(), r.related());
        assertEquals(ReplyJson.write(noText), ReplyJson.writeBeside(noText, r.conversationId(), r.msgId()));
    }
}
