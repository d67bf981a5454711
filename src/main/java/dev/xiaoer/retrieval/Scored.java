package dev.xiaoer.retrieval;

import java.util.List;

/**
 * What the {@link Scorer} made of a message, before any decision: the ranked candidates, best
 * first; how well it matches a question known to be out of scope; the normalised text that was
 * matched; and the best candidate's signals.
 */
record Scored(List<Candidate> ranked, double declineScore, String normalized, Signals signals) {

    /**
     * What the calibrated confidence is computed from, for the best candidate: its best phrasing's
     * score, the share of the message its whole entry speaks to, the share its best phrasing
     * explains, and the share of the message no phrasing of any entry has.
     */
    record Signals(double phrasingScore, double entryCoverage, double queryCoverage, double unseenShare) {
        static final Signals NONE = new Signals(0, 0, 0, 1);
    }

    /** Nothing matched: no text to match, or no feature in it. */
    static Scored nothing(String normalized) {
        return new Scored(List.of(), 0, normalized, Signals.NONE);
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
