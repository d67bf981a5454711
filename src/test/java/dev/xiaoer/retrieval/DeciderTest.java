package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer / clarify / fallback decision at the edges of its calibration. */
class DeciderTest {
    private static final RetrievalSettings DEFAULTS = RetrievalSettings.defaults();
    private static final Scored.Signals SIGNALS = new Scored.Signals(0.7, 0.6, 0.5, 0.1);

    private static Candidate candidate(String id, double score) {
        return new Candidate(id, id + "?", score, id, List.of());
    }

    private static Scored scored(double decline, Candidate... ranked) {
        return new Scored(List.of(ranked), decline, "text", SIGNALS);
    }

    private static Scored twoClose() {
        return scored(0.1, candidate("a", 0.75), candidate("b", 0.625), candidate("c", 0.5), candidate("d", 0.25));
    }

    /** Settings whose thresholds are the given ones, with the default calibration. */
    private static Decider decider(double answer, double clarify, double band) {
        return new Decider(DEFAULTS.withDecision(answer, clarify, band, DEFAULTS.calibration()));
    }

    @Test
    void answersFromTheAnswerThresholdOnItself() {
        Scored s = twoClose();
        double confidence = new Decider(DEFAULTS).confidence(s);
        Retrieval at = decider(confidence, 0.0, 0.1).decide(s);
        assertEquals(Retrieval.Decision.ANSWER, at.decision());
        assertEquals(confidence, at.confidence());
        assertEquals("a", at.best().faqId());
        assertTrue(at.options().isEmpty());
        Retrieval below = decider(Math.nextUp(confidence), 0.0, 0.1).decide(s);
        assertEquals(Retrieval.Decision.CLARIFY, below.decision());
    }

    @Test
    void clarifiesFromTheClarifyThresholdOnAndFallsBackBelowIt() {
        Scored s = twoClose();
        double confidence = new Decider(DEFAULTS).confidence(s);
        assertEquals(Retrieval.Decision.CLARIFY, decider(1.0, confidence, 0.1).decide(s).decision());
        Retrieval below = decider(1.0, Math.nextUp(confidence), 0.1).decide(s);
        assertEquals(Retrieval.Decision.FALLBACK, below.decision());
        assertEquals(confidence, below.confidence(), "a fallback still says how confident the best candidate was");
        assertEquals(4, below.candidates().size());
    }

    @Test
    void aClarifyOffersTheBestTwoAndOthersWithinTheBand() {
        Scored s = twoClose(); // a 0.75, b 0.625, c 0.5, d 0.25
        assertEquals(List.of("a", "b", "c"), ids(decider(1.0, 0.0, 0.25).decide(s).options()), "0.75 - 0.5 is the band itself");
        assertEquals(List.of("a", "b"), ids(decider(1.0, 0.0, Math.nextDown(0.25)).decide(s).options()));
        assertEquals(List.of("a", "b", "c"), ids(decider(1.0, 0.0, 1.0).decide(s).options()),
                "never more than maxOptions (" + DEFAULTS.maxOptions() + ")");
    }

    @Test
    void aSoleCandidateIsNeverAClarifyButFromTheClarifyThresholdTheAnswer() {
        Scored s = scored(0, candidate("a", 0.5));
        double confidence = new Decider(DEFAULTS).confidence(s);
        assertEquals(Retrieval.Decision.ANSWER, decider(1.0, confidence, 0.1).decide(s).decision());
        assertEquals(Retrieval.Decision.FALLBACK, decider(1.0, Math.nextUp(confidence), 0.1).decide(s).decision());
    }

    @Test
    void anImplausibleRunnerUpIsNoOptionSoTheBestIsTheAnswer() {
        double ratio = DEFAULTS.optionRatio();
        Scored far = scored(0, candidate("a", 0.5), candidate("b", Math.nextDown(0.5 * ratio)));
        Retrieval r = decider(1.0, 0.0, 0.1).decide(far);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), "no unrelated entry fills a clarify");
        Scored near = scored(0, candidate("a", 0.5), candidate("b", 0.5 * ratio));
        assertEquals(List.of("a", "b"), ids(decider(1.0, 0.0, 0.1).decide(near).options()));
    }

    @Test
    void aKnownOutOfScopeQuestionMatchingAsWellAsTheBestEntryFallsBack() {
        Scored tie = scored(0.75, candidate("a", 0.75), candidate("b", 0.25));
        Retrieval r = decider(0.0, 0.0, 0.1).decide(tie);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), "even at any confidence");
        assertEquals(0.0, r.confidence());
        Scored justBelow = scored(Math.nextDown(0.75), candidate("a", 0.75), candidate("b", 0.25));
        assertEquals(Retrieval.Decision.ANSWER, decider(0.0, 0.0, 0.1).decide(justBelow).decision());
    }

    /**
     * What declines is the asked decline (the out-of-scope questions that ask nothing the message does
     * not ask); the whole decline score still lowers the confidence.
     */
    @Test
    void onlyTheAskedDeclineDeclinesAndTheWholeOneStillLowersTheConfidence() {
        Candidate a = candidate("a", 0.75);
        Candidate b = candidate("b", 0.3);
        Scored close = new Scored(List.of(a, b), 0.8, "text", SIGNALS, 0.8);
        assertEquals(Retrieval.Decline.KNOWN_OUT_OF_SCOPE, new Decider(DEFAULTS).decide(close).decline());
        Scored unasked = new Scored(List.of(a, b), 0.8, "text", SIGNALS, 0.2);
        assertTrue(new Decider(DEFAULTS).decide(unasked).decline() != Retrieval.Decline.KNOWN_OUT_OF_SCOPE);
        assertTrue(new Decider(DEFAULTS).confidence(unasked) < new Decider(DEFAULTS).confidence(
                new Scored(List.of(a, b), 0.2, "text", SIGNALS, 0.2)));
    }

    @Test
    void nothingMatchedFallsBack() {
        Retrieval r = new Decider(DEFAULTS).decide(Scored.nothing(""));
        assertEquals(Retrieval.Decision.FALLBACK, r.decision());
        assertEquals(0.0, r.confidence());
        assertTrue(r.candidates().isEmpty());
    }

    @Test
    void eachWeightOfTheCalibrationReadsItsOwnSignal() {
        Scored s = scored(0.5, candidate("a", 0.75), candidate("b", 0.625));
        double[] expected = {0.75, 0.125, 0.7, 0.6, 0.5, 0.1, -0.25, 0};
        assertEquals(expected.length, DEFAULTS.calibration().weights().length);
        for (int i = 0; i < expected.length; i++) {
            double[] w = new double[expected.length];
            w[i] = 1;
            RetrievalSettings.Calibration only = new RetrievalSettings.Calibration(-0.5, w[0], w[1], w[2], w[3], w[4],
                    w[5], w[6], w[7]);
            double confidence = new Decider(DEFAULTS.withDecision(0.6, 0.3, 0.1, only)).confidence(s);
            assertEquals(1 / (1 + Math.exp(-(-0.5 + expected[i]))), confidence, 1e-12, "signal " + i);
        }
        assertEquals(0.5, new Decider(DEFAULTS.withDecision(0.6, 0.3, 0.1,
                new RetrievalSettings.Calibration(0, 0, 0, 0, 0, 0, 0, 0, 0))).confidence(s), "z = 0 is even odds");
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::faqId).toList();
    }
}
