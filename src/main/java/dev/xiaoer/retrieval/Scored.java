package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.Scope;
import java.util.List;

/**
 * What retrieval made of a message, before any decision: the ranked candidates, best first; how
 * well it matches a question known to be out of scope; the normalised text that was matched; the
 * best candidate's signals; and what the scope reads in the message ({@link Reading}).
 */
record Scored(List<Candidate> ranked, double declineScore, String normalized, Signals signals, Reading reading) {

    /**
     * What the calibrated confidence is computed from, for the best candidate: its best phrasing's
     * score, the share of the message its whole entry speaks to, the share its best phrasing
     * explains, and the share of the message no phrasing of any entry has.
     */
    record Signals(double phrasingScore, double entryCoverage, double queryCoverage, double unseenShare) {
        static final Signals NONE = new Signals(0, 0, 0, 1);
    }

    /**
     * What the scope reads in a message: the other platform it is about (null when none), whether it
     * names no topic at all, the aspects its asking part asks, and how many content words it has.
     */
    record Reading(String otherPlatform, boolean vague, List<Scope.Aspect> asked, int words) {
        static final Reading PLAIN = new Reading(null, false, List.of(), 0);

        Reading {
            asked = List.copyOf(asked);
        }
    }

    Scored(List<Candidate> ranked, double declineScore, String normalized, Signals signals) {
        this(ranked, declineScore, normalized, signals, Reading.PLAIN);
    }

    /** Nothing matched: no text to match, or no feature in it. */
    static Scored nothing(String normalized) {
        return new Scored(List.of(), 0, normalized, Signals.NONE);
    }

    /** The same, with what the scope reads in the message. */
    Scored read(Reading r) {
        return new Scored(ranked, declineScore, normalized, signals, r);
    }

    /** The best candidate's score; 0 when there is none. */
    double best() {
        return ranked.isEmpty() ? 0 : ranked.get(0).score();
    }

    /** The runner-up's score; 0 when there is none. */
    double second() {
        return ranked.size() > 1 ? ranked.get(1).score() : 0;
    }
}
