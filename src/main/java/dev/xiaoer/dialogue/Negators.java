package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.text.TextNormalizer;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code negators} of {@code phrases.yaml} and where one negates an intent phrase found in a clause:
 * right before it (不用帮我|转人工, 不是要|取消), unless the negator is the start of a {@code non-negator}
 * (不行就转人工, 能不能转人工). Part of {@link IntentReader}; immutable and thread-safe.
 */
final class Negators {
    /** How many characters may stand between a negator and the phrase it negates (不用帮我转人工). */
    private static final int NEGATOR_REACH = 2;

    /** The negators, longest first. */
    private final List<String> negators;
    /** Words that begin like a negator but negate nothing (不行, 能不能, 没问题), longest first. */
    private final List<String> nonNegators;

    Negators(Phrases phrases, TextNormalizer normalizer) {
        // in the form clauses are read in, where Latin words keep their spaces (no need for a human)
        this.negators = phrases.negators().stream().map(normalizer::basic).filter(p -> !p.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.nonNegators = IntentReader.longestFirst(phrases.nonNegators(), normalizer);
    }

    /**
     * Whether a negator ends at most {@link #NEGATOR_REACH} characters before {@code at} (不用帮我|转人工), with no
     * 了 or 的 between them, which close what the negator negates (我不改了|下次再说).
     */
    boolean negates(String clause, int at) {
        // the window may reach two characters into the match, where a verb of it can hide a negator's
        // end (没必|要转人工); a negator that starts the match is the phrase's own (不要机器人)
        int end = Math.min(clause.length(), at + 2);
        int from = Math.max(0, at - NEGATOR_REACH - 4 - (negators.isEmpty() ? 0 : negators.get(0).length()));
        String window = clause.substring(from, end);
        for (String n : negators) {
            for (int i = window.indexOf(n); i >= 0; i = window.indexOf(n, i + 1)) {
                int start = from + i;
                int stop = start + n.length();
                if (start >= at) {
                    break;
                }
                // spaces between Latin words are no distance (no need for a human)
                String gap = stop >= at ? "" : clause.substring(stop, at).replace(" ", "");
                if (gap.length() <= NEGATOR_REACH && gap.indexOf('了') < 0 && gap.indexOf('的') < 0
                        && !partOfNonNegator(window, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 不行就转人工, 能不能转人工: the 不 of 不行 or 能不能 negates nothing. */
    private boolean partOfNonNegator(String before, int i) {
        for (String word : nonNegators) {
            for (int at = before.indexOf(word); at >= 0 && at <= i; at = before.indexOf(word, at + 1)) {
                if (i < at + word.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}
