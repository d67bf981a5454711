package dev.xiaoer.retrieval;

/**
 * How a message is read: its phrases' weights (the phrases that ask weigh over the context, at
 * {@code contextWeight}) and the text of the part that asks. A phrase asks when it holds a question
 * word ({@link ScopeRules#asks}); when none asks, or all do, the whole message is the asking part and
 * has no weights.
 *
 * @param normalized the message's normalised text, phrases separated by spaces
 * @param weights    each phrase's weight, in order; null when all weigh the same
 * @param asking     the asking phrases, separated by spaces (the whole text when all weigh the same)
 */
record AskingParts(String normalized, double[] weights, String asking) {

    /**
     * Which phrases of a message ask: those holding a question word. When some do and others do
     * not, the others are context, weighed at {@code contextWeight}; the asking text is what the
     * asking phrases say (the whole message when none asks, or all do).
     */
    static AskingParts read(String normalized, ScopeRules scope, double contextWeight) {
        String[] phrases = normalized.split(" ");
        if (phrases.length < 2 || !scope.hasQuestionWords()) {
            return new AskingParts(normalized, null, normalized);
        }
        boolean[] asks = new boolean[phrases.length];
        int asking = 0;
        for (int i = 0; i < phrases.length; i++) {
            asks[i] = scope.asks(phrases[i]);
            asking += asks[i] ? 1 : 0;
        }
        if (asking == 0 || asking == phrases.length) {
            return new AskingParts(normalized, null, normalized);
        }
        double[] weights = new double[phrases.length];
        StringBuilder askingText = new StringBuilder();
        for (int i = 0; i < phrases.length; i++) {
            weights[i] = asks[i] ? 1 : contextWeight;
            if (asks[i]) {
                askingText.append(askingText.length() > 0 ? " " : "").append(phrases[i]);
            }
        }
        return new AskingParts(normalized, weights, askingText.toString());
    }

    /** Whether some phrases ask and others are context. */
    boolean hasContext() {
        return weights != null;
    }
}
