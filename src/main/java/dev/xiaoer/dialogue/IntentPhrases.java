package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Intent;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One intent's phrases (handoff, cancel, resume in {@code phrases.yaml}): whole ones in
 * {@link Utterance#bare} form, inside ones as one pattern in {@link Utterance#basic} form, where …
 * stands for up to {@link #GAP} characters (跟…人工 finds 跟你们人工), (a|b) for either and (a|b)? for
 * either or nothing. {@code questionsExcluded}: a question holding the phrase is about it, not it
 * (明天再发货可以吗 is no stop).
 */
record IntentPhrases(Set<String> whole, Pattern inside, boolean questionsExcluded) {
    /** (a|b|c) in an inside phrase: any one of them. */
    private static final Pattern ALTERNATIVES = Pattern.compile("[(（]([^)）]+)[)）]");
    /** How many characters … in an inside phrase stands for. */
    private static final int GAP = 5;

    /** A request for a person, whose 的 may name whose person it is (顺丰的客服). */
    boolean forPerson() {
        return !questionsExcluded;
    }

    static IntentPhrases of(Intent intent, TextNormalizer normalizer, boolean questionsExcluded) {
        List<String> inside = new ArrayList<>();
        for (String phrase : intent.inside()) {
            List<String> parts = new ArrayList<>();
            for (String part : phrase.split("…|\\.\\.\\.")) {
                parts.add(regex(part, normalizer));
            }
            // a gap never holds 过 (问过你们客服 is past)
            inside.add("(?:" + String.join("[^ 过]{0," + GAP + "}?", parts) + ")");
        }
        return new IntentPhrases(intent.whole().stream().map(p -> IntentReader.bare(p, normalizer)).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet()),
                Pattern.compile(inside.isEmpty() ? "(?!)" : String.join("|", inside)), questionsExcluded);
    }

    /**
     * One part of an inside phrase as a pattern: its text, where (a|b|c) stands for any one of a, b, c,
     * and (a|b)? for one of them or nothing.
     */
    private static String regex(String part, TextNormalizer normalizer) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher group = ALTERNATIVES.matcher(part);
        int at = 0;
        while (group.find()) {
            out.append(quoted(part.substring(at, group.start()), normalizer)).append("(?:");
            List<String> choices = new ArrayList<>();
            for (String choice : group.group(1).split("\\|")) {
                choices.add(quoted(choice, normalizer));
            }
            out.append(String.join("|", choices)).append(')');
            at = group.end();
            // (a|b)? : the group may be absent
            if (at < part.length() && (part.charAt(at) == '?' || part.charAt(at) == '？')) {
                out.append('?');
                at++;
            }
        }
        return out.append(quoted(part.substring(at), normalizer)).toString();
    }

    private static String quoted(String text, TextNormalizer normalizer) {
        String b = normalizer.basic(text);
        return b.isEmpty() ? "" : Pattern.quote(b);
    }
}
