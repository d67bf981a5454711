package dev.xiaoer.dialogue;

import java.util.List;
import java.util.function.UnaryOperator;

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

    public Reply withText(String newText) {
        return new Reply(conversationId, msgId, kind, newText, faqId, confidence, options, flow, related);
    }

    public Reply withFlow(FlowPosition position) {
        return new Reply(conversationId, msgId, kind, text, faqId, confidence, options, position, related);
    }

    /** This reply as the answer to FAQ {@code id} at {@code conf}: a flow started and taken on by the same message. */
    public Reply withFaq(String id, double conf) {
        return new Reply(conversationId, msgId, kind, text, id, conf, options, flow, related);
    }

    /** This reply with every text a seller reads (text, quick replies, options, related questions) converted. */
    public Reply converted(UnaryOperator<String> convert) {
        List<Object> convertedOptions = options.stream()
                .map(o -> o instanceof Related r ? (Object) r.converted(convert) : (Object) convert.apply(String.valueOf(o)))
                .toList();
        return new Reply(conversationId, msgId, kind, convert.apply(text), faqId, confidence, convertedOptions, flow,
                related.stream().map(r -> r.converted(convert)).toList());
    }
}
