package dev.xiaoer.retrieval;

/**
 * The knobs of matching and of the answer/clarify/fallback decision. The defaults are calibrated
 * on the evaluation set ({@code eval/cases.yaml}); see docs/retrieval.md.
 *
 * @param answerThreshold  the best entry's score from which the bot answers outright
 * @param answerMargin     how far ahead of the runner-up the best entry must be to answer outright
 * @param clarifyThreshold the score from which an entry is offered as a clarify option
 * @param clarifyBand      how close to the best score the other options must be
 * @param maxOptions       the most options a clarify offers
 * @param candidates       how many phrasings Lucene hands to re-scoring
 * @param wordWeight       weight of whole-word features
 * @param bigramWeight     weight of character-pair features
 * @param pinyinWeight     weight of sound (pinyin pair) features, which let homophone typos match
 * @param maxQueryChars    only this much of a message is matched
 * @param queryFocus       how much the score weighs covering the message (vs covering the phrasing):
 *                         0.5 is the plain cosine; more forgives phrasings longer than the message
 * @param unseenWeight     the weight of a word no phrasing has, relative to the rarest known word
 * @param entryWeight      the share of the score that comes from how much of the message the whole
 *                         entry (all phrasings and the answer) speaks to, rather than the best phrasing
 */
public record RetrievalSettings(double answerThreshold, double answerMargin, double clarifyThreshold,
                                double clarifyBand, int maxOptions, int candidates, double wordWeight,
                                double bigramWeight, double pinyinWeight, int maxQueryChars,
                                double queryFocus, double unseenWeight, double entryWeight) {

    public static RetrievalSettings defaults() {
        return new RetrievalSettings(0.46, 0.03, 0.31, 0.10, 3, 64, 1.0, 0.3, 0.8, 200, 0.5, 0.45, 0.2);
    }
}
