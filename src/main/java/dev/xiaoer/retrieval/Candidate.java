package dev.xiaoer.retrieval;

import java.util.List;

/**
 * An FAQ entry that matched a message: its score in [0, 1], the phrasing that matched best, and
 * the words the two share (for highlighting).
 */
public record Candidate(String faqId, String question, double score, String matchedPhrasing,
                        List<String> matchedWords) {
    public Candidate {
        matchedWords = List.copyOf(matchedWords);
    }

    /** How many of the shared words are words of two characters or more (not a lone 没 or 了). */
    public long wordsMatched() {
        return matchedWords.stream().filter(w -> w.length() > 1).count();
    }
}
