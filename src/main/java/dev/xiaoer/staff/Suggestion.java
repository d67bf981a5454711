package dev.xiaoer.staff;

import dev.xiaoer.dialogue.FlowPosition;
import java.util.List;

/**
 * One reply staff may send: an FAQ entry's answer, or (first, in a conversation inside a flow) the
 * current step's message.
 *
 * @param source       {@code "faq"} or {@code "flow-step"}
 * @param faqId        the FAQ entry; for a flow step the entry that starts the flow, or null
 * @param question     the entry's question; for a flow step the flow's title
 * @param answer       the text to send
 * @param confidence   retrieval's score in [0, 1]; 1 for the current flow step
 * @param matchedWords the words the message and the entry share, for highlighting
 * @param flow         the flow position of a flow step, else null
 */
public record Suggestion(String source, String faqId, String question, String answer, double confidence,
                         List<String> matchedWords, FlowPosition flow) {
    public static final String FAQ = "faq";
    public static final String FLOW_STEP = "flow-step";

    public Suggestion {
        matchedWords = List.copyOf(matchedWords);
    }
}
