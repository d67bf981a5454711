package dev.xiaoer.retrieval;

import java.util.List;

/**
 * What retrieval made of one message: the decision, the candidates best first (at most a handful),
 * the options to offer when it is a clarify, and the confidence in [0, 1] of the best candidate.
 */
public record Retrieval(Decision decision, List<Candidate> candidates, List<Candidate> options,
                        double confidence, String normalized) {

    /** What the bot should do with the message. */
    public enum Decision {
        /** One entry fits clearly: answer it. */
        ANSWER,
        /** Two or more entries are close: ask which. */
        CLARIFY,
        /** Nothing fits well enough: say so and offer a person. */
        FALLBACK
    }

    public Retrieval {
        candidates = List.copyOf(candidates);
        options = List.copyOf(options);
    }

    /** The best candidate, or null when nothing matched at all. */
    public Candidate best() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
