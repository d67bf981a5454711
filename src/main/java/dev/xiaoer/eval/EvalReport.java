package dev.xiaoer.eval;

import java.util.List;

/**
 * The metrics of one evaluation run, each a fraction in [0, 1], and every miss.
 *
 * @param top1            in-scope cases answered outright with the right entry
 * @param top3            in-scope cases whose right entry is among the three best candidates
 * @param top1OrClarify   in-scope cases answered right, or clarified with the right entry among the options
 * @param wrongAnswerRate all cases answered outright with a wrong entry (an out-of-scope case answered counts)
 * @param oosDeclined     out-of-scope cases that fell back
 */
public record EvalReport(int cases, int inScope, int outOfScope, double top1, double top3, double top1OrClarify,
                         double wrongAnswerRate, double oosDeclined, List<Miss> misses) {

    /** A case the bot did not get right: what it did instead. */
    public record Miss(EvalCase evalCase, String decision, String got, double confidence, String candidates) {
    }

    public EvalReport {
        misses = List.copyOf(misses);
    }
}
