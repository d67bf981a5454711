package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyJsonTest {
    private static final Reply IN_FLOW = new Reply("c-1", "m-7", Kind.FLOW,
            "请先关闭子服务：\n1. 进入[卖家工作台 > 保障服务中心]\n说明 \"引号\" 与 \\ 斜杠", "deposit-refund", 0.8125,
            List.of("是", "还没"), new FlowPosition("deposit-refund", "close-subservices", false),
            List.of(new Related("deposit-unfreeze", "保证金解冻条件是什么")));
    private static final Reply CLARIFY = new Reply("c-2", null, Kind.CLARIFY, "您想问哪一个？", null, 0.0,
            List.of(new Related("a", "问题一"), new Related("b", "问题二")), null, List.of());

    @Test
    void writesTheContractFieldsInOrder() {
        assertEquals("{\"conversationId\":\"c-1\",\"msgId\":\"m-7\",\"kind\":\"flow\","
                + "\"text\":\"请先关闭子服务：\\n1. 进入[卖家工作台 > 保障服务中心]\\n说明 \\\"引号\\\" 与 \\\\ 斜杠\","
                + "\"faqId\":\"deposit-refund\",\"confidence\":0.8125,\"options\":[\"是\",\"还没\"],"
                + "\"flow\":{\"id\":\"deposit-refund\",\"step\":\"close-subservices\",\"done\":false},"
                + "\"related\":[{\"faqId\":\"deposit-unfreeze\",\"question\":\"保证金解冻条件是什么\"}]}",
                ReplyJson.write(IN_FLOW));
        assertEquals("{\"conversationId\":\"c-2\",\"msgId\":null,\"kind\":\"clarify\",\"text\":\"您想问哪一个？\","
                + "\"faqId\":null,\"confidence\":0.0,\"options\":[{\"faqId\":\"a\",\"question\":\"问题一\"},"
                + "{\"faqId\":\"b\",\"question\":\"问题二\"}],\"flow\":null,\"related\":[]}",
                ReplyJson.write(CLARIFY));
    }

    @Test
    void readsBackWhatItWrote() {
        for (Reply reply : List.of(IN_FLOW, CLARIFY)) {
            Reply back = ReplyJson.read(ReplyJson.write(reply));
            assertEquals(reply, back);
            assertEquals(ReplyJson.write(reply), ReplyJson.write(back), "the same bytes again");
        }
    }
}
