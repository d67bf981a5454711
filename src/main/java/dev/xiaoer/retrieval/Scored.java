package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.Scope;
import java.util.BitSet;
import java.util.List;

/**
 * What retrieval made of a message, before any decision: the ranked candidates, best first; how
 * well it matches a question known to be out of scope; the normalised text that was matched; the
 * best candidate's signals; what the scope reads in the message ({@link Reading}); and how well it
 * matches a known out-of-scope question that does not ask an aspect the message does not ask
 * ({@code askedDecline}, at most the decline score): what declines the message, while the decline
 * score is what the confidence reads.
 */
record Scored(List<Candidate> ranked, double declineScore, String normalized, Signals signals, Reading reading,
              double askedDecline) {

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
     * names no topic at all, the aspects its asking part asks, how many content words it has, and
     * the topics it names by a word that names no other topic (保证金, 运单号; not 投诉), and, when
     * its parts ask about two or more of them, the entry each part asks for, in the order asked; and
     * the aspects a second question asks when the first asks none (怎么转出？转出要收手续费吗: the fee), which
     * the answer to the first may not speak of; and, for a message of nothing but topic words that each
     * name several topics (售后, 投诉), those topics: it is vague, and gets their menu; and, for a message of nothing
     * but one topic's words and words that ask nothing (支付宝, 退货的事), that topic; and, for a long message whose context
     * dilutes every score below a plausible option's floor, the entry its asking part finds alone when that is the best
     * ({@code askingFinds}, null otherwise: {@link Decider}'s options).
     */
    record Reading(String otherPlatform, boolean vague, List<Scope.Aspect> asked, int words, BitSet topics,
                   List<Candidate> asks, List<Scope.Aspect> besides, BitSet menuTopics, BitSet bareTopic, String askingFinds) {
        static final Reading PLAIN = new Reading(null, false, List.of(), 0, new BitSet(), List.of(), List.of(), new BitSet(),
                new BitSet(), null);

        Reading {
            bareTopic = (BitSet) bareTopic.clone();
            menuTopics = (BitSet) menuTopics.clone();
            asked = List.copyOf(asked);
            besides = List.copyOf(besides);
            topics = (BitSet) topics.clone();
            asks = List.copyOf(asks);
        }

        /** The topics a vague message names by words each naming several (售后), whose menu it gets; a copy. */
        @Override
        public BitSet menuTopics() {
            return (BitSet) menuTopics.clone();
        }

        /** The one topic a bare message names (支付宝, 退货的事), or none; a copy. */
        @Override
        public BitSet bareTopic() {
            return (BitSet) bareTopic.clone();
        }

        /** The topics named, a copy. */
        @Override
        public BitSet topics() {
            return (BitSet) topics.clone();
        }

        boolean names(int topic) {
            return topic >= 0 && topics.get(topic);
        }

        int topicCount() {
            return topics.cardinality();
        }
    }

    Scored(List<Candidate> ranked, double declineScore, String normalized, Signals signals) {
        this(ranked, declineScore, normalized, signals, Reading.PLAIN, declineScore);
    }

    Scored(List<Candidate> ranked, double declineScore, String normalized, Signals signals, double askedDecline) {
        this(ranked, declineScore, normalized, signals, Reading.PLAIN, askedDecline);
    }

    /** Nothing matched: no text to match, or no feature in it. */
    static Scored nothing(String normalized) {
        return new Scored(List.of(), 0, normalized, Signals.NONE);
    }

    /** The same, with what the scope reads in the message. */
    Scored read(Reading r) {
        return new Scored(ranked, declineScore, normalized, signals, r, askedDecline);
    }

    /** The same, with the known out-of-scope questions coming only as close as {@code declineScore}. */
    Scored declining(double declineScore) {
        return new Scored(ranked, declineScore, normalized, signals, reading, Math.min(askedDecline, declineScore));
    }

    /** The same, with the asked decline under {@code score}: no known out-of-scope question declines it at that score. */
    Scored askedDeclineUnder(double score) {
        return askedDecline < score ? this
                : new Scored(ranked, declineScore, normalized, signals, reading, Math.nextDown(score));
    }

    /** The same with the runner-up first and the best second (the rest as they were); the signals stay. */
    Scored runnerUpFirst() {
        return first(1);
    }

    /** The same with candidate {@code k} first and the others after it in their order; the signals stay. */
    Scored first(int k) {
        List<Candidate> moved = new java.util.ArrayList<>(ranked);
        moved.add(0, moved.remove(k));
        return new Scored(List.copyOf(moved), declineScore, normalized, signals, reading, askedDecline);
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
