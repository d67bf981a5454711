package dev.xiaoer.knowledge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The conversation words of {@code knowledge/phrases.yaml}: small talk and acknowledgements,
 * requests for a person, to stop and to go on (with the negators and topic words that tell a request
 * from a negated one or a question about it), to come back later (a deferral, which is no stop), to turn to
 * another matter (对了，还有个事), the bare answers a flow step maps, the cues that carry
 * an answer's polarity, durations, IM filler and function words that carry no meaning for matching,
 * questions known to be out of scope, the bot's own canned messages, and the patterns (regular
 * expressions) for what words say only in a certain order or place.
 */
public record Phrases(List<SmallTalk> smalltalk, List<String> acknowledgements, Intent handoff, Intent cancel,
                      Intent resume, Intent defer, List<String> later, List<String> aside, List<String> negators, List<String> nonNegators, List<String> topics, List<String> thirdParties, List<String> affirmative,
                      List<String> negative, List<String> clauseBreaks, List<String> corrections, Map<String, List<String>> cues,
                      Map<String, Integer> durations, Map<String, java.time.MonthDay> dates,
                      List<String> filler, List<String> stopwords, List<String> outOfScope,
                      Map<String, String> messages, Map<String, Pattern> patterns, Map<String, String> dialect) {

    /** The cue kinds step matching knows. */
    public static final List<String> CUE_KINDS = List.of("negation", "still", "complete", "none-pending", "some", "partial", "others", "ongoing", "guess", "under",
            "over", "unsure", "except", "never-had", "all-items", "none-else",
            "thing-alone", "vague", "afterwards", "last", "wrong", "approximate", "objection", "planned", "inability", "disclaimer", "rest", "also");

    public Phrases {
        smalltalk = List.copyOf(smalltalk);
        acknowledgements = List.copyOf(acknowledgements);
        later = List.copyOf(later);
        aside = List.copyOf(aside);
        negators = List.copyOf(negators);
        nonNegators = List.copyOf(nonNegators);
        thirdParties = List.copyOf(thirdParties);
        topics = List.copyOf(topics);
        affirmative = List.copyOf(affirmative);
        negative = List.copyOf(negative);
        clauseBreaks = List.copyOf(clauseBreaks);
        corrections = List.copyOf(corrections);
        cues = FileOrder.copyOf(cues);
        durations = FileOrder.copyOf(durations);
        dates = FileOrder.copyOf(dates);
        filler = List.copyOf(filler);
        stopwords = List.copyOf(stopwords);
        outOfScope = List.copyOf(outOfScope);
        messages = FileOrder.copyOf(messages);
        patterns = FileOrder.copyOf(patterns);
        dialect = FileOrder.copyOf(dialect);
    }

    /**
     * The pattern {@code key} of the {@code patterns} section. Every key the engine uses is checked when
     * the knowledge loads ({@link #REQUIRED_PATTERNS}), so a missing one is a programming error.
     */
    public Pattern pattern(String key) {
        Pattern pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no pattern '" + key + "' in phrases.yaml");
        }
        return pattern;
    }

    /**
     * The canned message {@code key} with {@code {name}} placeholders filled. Every key the engine
     * uses is checked when the knowledge loads ({@link #REQUIRED_MESSAGES}), so a missing one is a
     * programming error, not a reply.
     */
    public String message(String key, Map<String, String> values) {
        String text = messages.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no canned message '" + key + "' in phrases.yaml");
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }

    public String message(String key) {
        return message(key, Map.of());
    }

    /** A canned message the engine says only when the knowledge has it (older knowledge may not). */
    public java.util.Optional<String> optionalMessage(String key) {
        return java.util.Optional.ofNullable(messages.get(key));
    }

    /** The canned messages the engine says; {@code validate} reports any that is missing. */
    public static final List<String> REQUIRED_MESSAGES = List.of("fallback", "handoff", "handoff-fallbacks",
            "handoff-unreadable", "clarify", "cancel", "cancel-suspended", "flow-suspended", "flow-finished",
            "resume-offer", "resumed", "digression-hint", "reask", "unclear-answer", "flow-gone", "expired",
            "nothing-to-cancel", "nothing-to-resume", "unsure-answer", "deferred", "items-left");

    /** The patterns reading replies uses; {@code validate} reports any that is missing. */
    public static final List<String> REQUIRED_PATTERNS = List.of("no-sale", "since-last-sale", "long-ago",
            "stopped-before", "asked-already", "cases-asked", "sent-by", "all-else-allowed", "another-matter",
            "other-shop");
}
