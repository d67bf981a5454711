package dev.xiaoer.knowledge;

import java.util.List;
import java.util.stream.Stream;

/**
 * One question the knowledge base answers: its canonical question, the other ways sellers ask it,
 * the answer, and optionally the guided flow it starts and the entries related to it.
 */
public record FaqEntry(String id, String question, List<String> alternates, String answer,
                       String flow, List<String> related, Source source) {

    public FaqEntry {
        alternates = List.copyOf(alternates);
        related = List.copyOf(related);
    }

    /** The question followed by every alternate: all the phrasings that retrieval matches against. */
    public List<String> phrasings() {
        return Stream.concat(Stream.of(question), alternates.stream()).toList();
    }
}
