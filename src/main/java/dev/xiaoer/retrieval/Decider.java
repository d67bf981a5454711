package dev.xiaoer.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides what the bot does with a scored message, and holds its calibration: fall back when a
 * known out-of-scope question matches at least as well as the best entry; otherwise a logistic
 * model ({@link RetrievalSettings.Calibration}) turns the best candidate's signals into the
 * confidence, the estimated probability that it is the right answer, and the thresholds decide:
 * answer, offer the best candidates (clarify), or fall back. Immutable and thread-safe.
 */
final class Decider {
    private final RetrievalSettings settings;

    Decider(RetrievalSettings settings) {
        this.settings = settings;
    }

    Retrieval decide(Scored scored) {
        List<Candidate> ranked = scored.ranked();
        if (ranked.isEmpty()) {
            return Retrieval.declined(Retrieval.Decline.NO_MATCH, ranked, List.of(), 0, scored.normalized(), "");
        }
        if (scored.declineScore() >= ranked.get(0).score()) {
            return Retrieval.declined(Retrieval.Decline.KNOWN_OUT_OF_SCOPE, ranked, List.of(), 0, scored.normalized(), "");
        }
        double confidence = confidence(scored);
        if (confidence >= settings.answerThreshold()) {
            return new Retrieval(Retrieval.Decision.ANSWER, ranked, List.of(), confidence, scored.normalized());
        }
        if (confidence >= settings.clarifyThreshold() && ranked.size() >= 2) {
            return new Retrieval(Retrieval.Decision.CLARIFY, ranked, options(ranked), confidence, scored.normalized());
        }
        return new Retrieval(Retrieval.Decision.FALLBACK, ranked, List.of(), confidence, scored.normalized());
    }

    /** The calibrated probability that the best candidate is the right answer: 1 / (1 + e^-(bias + Σ weight × input)). */
    double confidence(Scored scored) {
        RetrievalSettings.Calibration calibration = settings.calibration();
        double[] weights = calibration.weights();
        double[] inputs = inputs(scored);
        double z = calibration.bias();
        for (int i = 0; i < inputs.length; i++) {
            z += weights[i] * inputs[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The model's inputs, in the order of {@link RetrievalSettings.Calibration#weights}: the best
     * score, its lead over the runner-up, its best phrasing's score, its entry coverage, the share
     * of the message its phrasing explains, the share no phrasing has, and how close the decline
     * score comes (decline minus best). What {@code Calibrate} fits the weights on.
     */
    static double[] inputs(Scored scored) {
        double best = scored.best();
        Scored.Signals s = scored.signals();
        return new double[] {best, best - scored.second(), s.phrasingScore(), s.entryCoverage(), s.queryCoverage(),
            s.unseenShare(), scored.declineScore() - best};
    }

    /** The best two, plus further candidates within the clarify band of the best, up to the most options. */
    private List<Candidate> options(List<Candidate> ranked) {
        double best = ranked.get(0).score();
        List<Candidate> options = new ArrayList<>(ranked.subList(0, 2));
        ranked.stream().skip(2).limit(Math.max(0, settings.maxOptions() - 2))
                .filter(c -> best - c.score() <= settings.clarifyBand())
                .forEach(options::add);
        return options;
    }
}
