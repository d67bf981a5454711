package dev.xiaoer.dialogue;

import java.util.List;

/**
 * The bot's reply to one message, shaped as the contract's {@code POST /v1/messages} response.
 *
 * @param options quick replies: {@link String}s, or {@link Related} options when {@code kind} is clarify
 * @param flow    the flow position while a flow is active and on the turn that ends it, else null
 */
public record Reply(String conversationId, String msgId, Kind kind, String text, String faqId,
                    double confidence, List<Object> options, FlowPosition flow, List<Related> related) {

    public Reply {
        options = List.copyOf(options);
        related = List.copyOf(related);
    }

    public Reply withMsgId(String id) {
        return new Reply(conversationId, id, kind, text, faqId, confidence, options, flow, related);
    }
}
