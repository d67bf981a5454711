package dev.xiaoer.dialogue;

import java.util.List;

/** Builds one turn: the reply's fields, then the session it leaves; kind and text first, the rest optional. */
final class TurnBuilder {
    private final Kind kind;
    private final String text;
    private String faqId;
    private double confidence = 1.0;
    private List<?> options = List.of();
    private FlowPosition flow;
    private List<Related> related = List.of();

    private TurnBuilder(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    static TurnBuilder reply(Kind kind, String text) {
        return new TurnBuilder(kind, text);
    }

    TurnBuilder faq(String id) {
        this.faqId = id;
        return this;
    }

    TurnBuilder confidence(double value) {
        this.confidence = Math.max(0, Math.min(1, value));
        return this;
    }

    TurnBuilder options(List<?> values) {
        this.options = values;
        return this;
    }

    TurnBuilder at(FlowPosition position) {
        this.flow = position;
        return this;
    }

    TurnBuilder related(List<Related> entries) {
        this.related = entries;
        return this;
    }

    /** The turn that leaves {@code session}. */
    Turn leaving(Session session) {
        return new Turn(session, new Reply(session.conversationId(), null, kind, text, faqId, confidence,
                List.copyOf(options), flow, related));
    }
}
