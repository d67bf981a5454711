package dev.xiaoer.eval;

import java.util.List;
import java.util.Map;

/**
 * The metrics of one evaluation run, each a fraction in [0, 1], every miss, the figures per tag,
 * and the confidence calibration.
 *
 * @param top1            in-scope cases answered outright with the right entry
 * @param top3            in-scope cases whose right entry is among the three best candidates
 * @param top1OrClarify   in-scope cases answered right, or clarified with the right entry among the options
 * @param wrongAnswerRate all cases answered outright with a wrong entry (an out-of-scope case answered counts)
 * @param oosDeclined     out-of-scope cases that fell back
 * @param rankedFirst     in-scope cases whose right entry is the best candidate, whatever the decision:
 *                        what the ranking alone gets right, the ceiling of top-1
 * @param byTag           the same figures on the cases of each tag, by tag (no misses, no bands)
 * @param bands           the confidence calibration: per band of confidence, what it predicted and
 *                        how often the best candidate was in fact the right answer
 */
public record EvalReport(int cases, int inScope, int outOfScope, double top1, double top3, double top1OrClarify,
                         double wrongAnswerRate, double oosDeclined, double rankedFirst, List<Miss> misses,
                         Map<String, EvalReport> byTag, List<Band> bands) {

    /** A case the bot did not get right: what it did instead. */
    public record Miss(EvalCase evalCase, String decision, String got, double confidence, String candidates) {
    }

    /**
     * The cases whose confidence fell in [from, to): how many, the mean confidence (the predicted
     * precision), the share whose best candidate was the right answer (the observed precision; an
     * out-of-scope case never has one), and how many of them the bot answered.
     */
    public record Band(double from, double to, int cases, double predicted, double observed, int answered) {
    }

    public EvalReport {
        misses = List.copyOf(misses);
        byTag = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byTag));
        bands = List.copyOf(bands);
    }
}
