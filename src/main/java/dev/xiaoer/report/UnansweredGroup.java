package dev.xiaoer.report;

import java.time.Instant;
import java.util.List;

/**
 * Questions the bot missed that read alike, and the existing entry closest to them: a candidate for
 * a new alternate of that entry, or for a new entry.
 *
 * @param question  the most frequent wording, standing for the group
 * @param count     how many times the group's questions were asked
 * @param fallbacks how many of them the bot could not answer at all (fallbacks, handoffs after them)
 * @param variants  every wording with its count, the most frequent first
 * @param closest   the entry retrieval ranks first for {@code question}, or null when none matches
 */
public record UnansweredGroup(String question, int count, int fallbacks, List<Variant> variants,
                              Instant firstAsked, Instant lastAsked, Closest closest) {

    public UnansweredGroup {
        variants = List.copyOf(variants);
    }

    /** One wording of the group, as a seller wrote it, and how often. */
    public record Variant(String text, int count) {
    }

    /** The closest existing entry, its score in [0, 1] and the words it shares with the question. */
    public record Closest(String faqId, String question, double score, List<String> matchedWords) {
        public Closest {
            matchedWords = List.copyOf(matchedWords);
        }
    }
}
