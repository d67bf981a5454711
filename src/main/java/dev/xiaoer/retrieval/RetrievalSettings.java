package dev.xiaoer.retrieval;

/**
 * The knobs of matching and of the answer/clarify/fallback decision. The defaults are calibrated
 * on the evaluation set ({@code eval/cases.yaml}) by {@code Calibrate} (src/test); see
 * docs/retrieval.md for the method and the figures.
 *
 * @param answerThreshold  the confidence from which the bot answers outright
 * @param clarifyThreshold the confidence from which the bot offers its best candidates instead of falling back
 * @param clarifyBand      how close to the best score the further options of a clarify must be
 * @param maxOptions       the most options a clarify offers
 * @param candidates       how many phrasings Lucene hands to re-scoring
 * @param luceneTerms      how many of the message's weightiest features Lucene searches with
 * @param wordWeight       weight of whole-word features
 * @param bigramWeight     weight of character-pair features
 * @param pinyinWeight     weight of sound (pinyin pair) features, which let homophone typos match
 * @param maxQueryChars    only this much of a message is matched
 * @param queryFocus       how much a phrasing's score weighs covering the message (vs covering the
 *                         phrasing): 0.5 is the plain cosine; more forgives phrasings longer than the message
 * @param unseenWeight     the weight of a word no phrasing has, relative to the rarest known word
 * @param entryWeight      the share of an entry's score that comes from how much of the message the
 *                         whole entry (all phrasings and the answer) speaks to, rather than its best phrasing
 * @param contextWeight    the weight of a phrase that gives context (holds no question word) in a message
 *                         where another phrase asks (我们是做服装的小厂，…，之前交的钱能退吗), relative to the asking one
 * @param offTopicFactor   what an entry's score is multiplied by when the message names some topics of
 *                         {@code scope.yaml} but not the entry's (运单号 named: not the Alipay entry)
 * @param optionRatio      a candidate is a plausible option of a clarify from this share of the best score on;
 *                         when only the best is plausible and the confidence reaches the clarify threshold, it answers
 * @param minOptionScore   no candidate scoring less is a plausible option (nor, alone, the answer below the answer threshold)
 * @param twoAsksScore     a message whose phrases name different topics asks two things when each part, scored
 *                         on its own, finds an entry scoring this or more: a clarify names both
 * @param askingLead       in a message where some phrases ask and others give context, a known out-of-scope
 *                         question that beats the entries only with the context's help declines nothing when
 *                         the entries lead it by this much on the asking phrases alone
 * @param unsaidDecline    a message whose best entry scores this or more is declined only by a known out-of-scope
 *                         question whose own words (those no entry has: 好处 of 交保证金有什么好处) it says
 * @param calibration      turns the best candidate's signals into the confidence
 */
public record RetrievalSettings(double answerThreshold, double clarifyThreshold, double clarifyBand, int maxOptions,
                                int candidates, int luceneTerms, double wordWeight, double bigramWeight, double pinyinWeight,
                                int maxQueryChars, double queryFocus, double unseenWeight, double entryWeight,
                                double contextWeight, double offTopicFactor, double optionRatio, double minOptionScore, double twoAsksScore,
                                double askingLead, double unsaidDecline, Calibration calibration) {

    /**
     * A logistic model of "the best candidate is the right answer", fitted on the evaluation set:
     * confidence = 1 / (1 + e^-(bias + Σ weight × signal)).
     *
     * @param score         the best candidate's score
     * @param lead          its lead over the runner-up
     * @param phrasing      its best phrasing's own score
     * @param entryCoverage the share of the message its whole entry speaks to
     * @param queryCoverage the share of the message its best phrasing explains
     * @param unseen        the share of the message that no phrasing of any entry has
     * @param decline       how close a known out-of-scope question comes (its score minus the best score)
     * @param length        how long the message is: ln(1 + its content words). A long message's
     *                      context dilutes every score, so the same score may say more of it (0 in the
     *                      defaults: see docs/retrieval.md, §5)
     */
    public record Calibration(double bias, double score, double lead, double phrasing, double entryCoverage,
                              double queryCoverage, double unseen, double decline, double length) {

        /**
         * The signals' weights, in the order the decision reads the signals: score, lead, phrasing,
         * entryCoverage, queryCoverage, unseen, decline, length.
         */
        public double[] weights() {
            return new double[] {score, lead, phrasing, entryCoverage, queryCoverage, unseen, decline, length};
        }
    }

    public static RetrievalSettings defaults() {
        return new RetrievalSettings(0.700, 0.338, 0.10, 3, 64, 12, 1.0, 0.3, 0.8, 200, 0.5, 0.45, 0.2, 1.0, 0.75, 0.6, 0.25, 0.45, 0.1, 0.5,
                new Calibration(-3.432, 2.470, 2.659, -2.478, 4.481, -3.100, 0.258, -7.285, 0.738));
    }

    /** These settings with another calibration and thresholds (for the calibration tool). */
    public RetrievalSettings withDecision(double answer, double clarify, double band, Calibration c) {
        return new RetrievalSettings(answer, clarify, band, maxOptions, candidates, luceneTerms, wordWeight, bigramWeight,
                pinyinWeight, maxQueryChars, queryFocus, unseenWeight, entryWeight, contextWeight, offTopicFactor, optionRatio, minOptionScore, twoAsksScore, askingLead, unsaidDecline, c);
    }
}
