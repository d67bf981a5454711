package dev.xiaoer.testing;

import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import java.util.List;

/** Replies that use every field, for the tests of the forms a reply is written in. */
public final class SampleReplies {
    /** A flow step with quick replies, a related entry, and text that needs escaping. */
    public static final Reply IN_FLOW = new Reply("c-1", "m-7", Kind.FLOW,
            "请先关闭子服务：\n1. 进入[卖家工作台 > 保障服务中心]\n说明 \"引号\" 与 \\ 斜杠", "deposit-refund", 0.8125,
            List.of("是", "还没"), new FlowPosition("deposit-refund", "close-subservices", false),
            List.of(new Related("deposit-unfreeze", "保证金解冻条件是什么")));
    /** A clarify question: its options are entries, no msgId, no FAQ entry, no flow. */
    public static final Reply CLARIFY = new Reply("c-2", null, Kind.CLARIFY, "您想问哪一个？", null, 0.0,
            List.of(new Related("a", "问题一"), new Related("b", "问题二")), null, List.of());

    /** A step of a flow started inside two others, which wait under it. */
    public static final Reply NESTED = new Reply("c-3", "m-9", Kind.FLOW, "您是怎么发货的？", "waybill.fix", 0.9,
            List.of("自己联系快递", "在线下单"), new FlowPosition("waybill-fix", "how-shipped", false,
                    List.of(new FlowFrame("appeal-check", "reason"), new FlowFrame("deposit-refund", "check-orders"))),
            List.of());

    /** {@link #IN_FLOW} as the contract's JSON. */
    public static final String IN_FLOW_JSON = "{\"conversationId\":\"c-1\",\"msgId\":\"m-7\",\"kind\":\"flow\","
            + "\"text\":\"请先关闭子服务：\\n1. 进入[卖家工作台 > 保障服务中心]\\n说明 \\\"引号\\\" 与 \\\\ 斜杠\","
            + "\"faqId\":\"deposit-refund\",\"confidence\":0.8125,\"options\":[\"是\",\"还没\"],"
            + "\"flow\":{\"id\":\"deposit-refund\",\"step\":\"close-subservices\",\"done\":false},"
            + "\"related\":[{\"faqId\":\"deposit-unfreeze\",\"question\":\"保证金解冻条件是什么\"}]}";
    /** {@link #CLARIFY} as the contract's JSON. */
    public static final String CLARIFY_JSON = "{\"conversationId\":\"c-2\",\"msgId\":null,\"kind\":\"clarify\","
            + "\"text\":\"您想问哪一个？\",\"faqId\":null,\"confidence\":0.0,\"options\":[{\"faqId\":\"a\",\"question\":\"问题一\"},"
            + "{\"faqId\":\"b\",\"question\":\"问题二\"}],\"flow\":null,\"related\":[]}";

    /** {@link #NESTED} as the contract's JSON. */
    public static final String NESTED_JSON = "{\"conversationId\":\"c-3\",\"msgId\":\"m-9\",\"kind\":\"flow\","
            + "\"text\":\"您是怎么发货的？\",\"faqId\":\"waybill.fix\",\"confidence\":0.9,\"options\":[\"自己联系快递\",\"在线下单\"],"
            + "\"flow\":{\"id\":\"waybill-fix\",\"step\":\"how-shipped\",\"done\":false,\"suspended\":["
            + "{\"id\":\"appeal-check\",\"step\":\"reason\"},{\"id\":\"deposit-refund\",\"step\":\"check-orders\"}]},"
            + "\"related\":[]}";

    private SampleReplies() {
    }
}
