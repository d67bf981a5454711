package dev.xiaoer.knowledge;

import java.util.List;

/**
 * One step of a guided flow: what the bot says, the kind of answer it expects and where each
 * answer leads. An end step expects nothing and finishes the flow.
 */
public record FlowStep(String id, String say, Expect expect, Branch yes, Branch no,
                       List<Choice> choices, List<String> quickReplies, String help, Source source) {

    /** The kind of answer a step reads. */
    public enum Expect { YES_NO, CHOICE, END }

    public FlowStep {
        choices = List.copyOf(choices);
        quickReplies = List.copyOf(quickReplies);
    }

    public boolean isEnd() {
        return expect == Expect.END;
    }
}
