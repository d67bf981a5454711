package dev.xiaoer.retrieval;

import java.util.List;

/**
 * What retrieval made of one message: the decision, the candidates best first (at most a handful),
 * the options to offer when it is a clarify (or, for some declines, the entries to offer next to
 * it), the confidence in [0, 1] that the best candidate is the right answer, the normalised text,
 * and for a fallback, why: {@link Decline}. {@code detail} names what the decline is about (the
 * other platform, the aspect asked); for an answer, the aspects a second question asks that the
 * answer does not speak of (to be said beside it); or is empty.
 */
public record Retrieval(Decision decision, List<Candidate> candidates, List<Candidate> options,
                        double confidence, String normalized, Decline decline, String detail) {

    /** What the bot should do with the message. */
    public enum Decision {
        /** One entry fits clearly: answer it. */
        ANSWER,
        /** Two or more entries are close: ask which. */
        CLARIFY,
        /** Nothing fits well enough, or the message is out of scope: say so (see {@link Decline}). */
        FALLBACK
    }

    /** Why a message fell back, and so what the reply should say. */
    public enum Decline {
        /** No entry fits well enough: the generic fallback. */
        NO_MATCH,
        /** The message is close to a question known to be out of scope ({@code phrases.yaml: out-of-scope}). */
        KNOWN_OUT_OF_SCOPE,
        /** The message is about another platform ({@code detail}); the bot only knows 1688. */
        OTHER_PLATFORM,
        /**
         * The message asks something of an entry's topic that the entry does not say (its fee, how
         * long it takes…: the aspect is in {@code detail}); {@code options} are the nearest entries,
         * to offer as related, never as the answer.
         */
        UNANSWERED,
        /**
         * The message names no topic (什么时候, 在哪): ask which. {@code options} are the likely
         * entries, or, with {@code detail} {@link #MENU}, the topic menu (each topic's entry, its label as
         * the question).
         */
        VAGUE
    }

    /** The {@code detail} of a {@link Decline#VAGUE} decline whose options are the topic menu. */
    public static final String MENU = "menu";

    /**
     * The {@code detail} of a {@link Decline#VAGUE} decline of a bare topic that no entry answers well enough (申诉, 安心购):
     * its options are the topic's entries, and a flow that walks through all of them may be started instead.
     */
    public static final String UNFOUND_TOPIC = "unfound-topic";

    /** Whether this declines a bare topic no entry answers well enough ({@link #UNFOUND_TOPIC}). */
    public boolean unfoundTopic() {
        return decline == Decline.VAGUE && UNFOUND_TOPIC.equals(detail);
    }

    /** Whether this declines as vague and offers the topic menu, not entries of a topic the message names. */
    public boolean offersTheMenu() {
        return decline == Decline.VAGUE && MENU.equals(detail);
    }

    public Retrieval {
        candidates = List.copyOf(candidates);
        options = List.copyOf(options);
        detail = detail == null ? "" : detail;
        if ((decision == Decision.FALLBACK) != (decline != null)) {
            throw new IllegalArgumentException("a fallback, and only a fallback, has a decline: " + decision + " " + decline);
        }
    }

    /** An answer or a clarify. */
    public Retrieval(Decision decision, List<Candidate> candidates, List<Candidate> options, double confidence,
                     String normalized) {
        this(decision, candidates, options, confidence, normalized,
                decision == Decision.FALLBACK ? Decline.NO_MATCH : null, "");
    }

    /** A fallback for {@code why}. */
    static Retrieval declined(Decline why, List<Candidate> candidates, List<Candidate> options, double confidence,
                              String normalized, String detail) {
        return new Retrieval(Decision.FALLBACK, candidates, options, confidence, normalized, why, detail);
    }

    /** The best candidate, or null when nothing matched at all. */
    public Candidate best() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
