package dev.xiaoer.dialogue;

import java.util.function.UnaryOperator;

/** An FAQ entry offered next to an answer, or as a clarify option. */
public record Related(String faqId, String question) {

    /** The same entry with its question converted (into the seller's script). */
    public Related converted(UnaryOperator<String> convert) {
        return new Related(faqId, convert.apply(question));
    }
}
