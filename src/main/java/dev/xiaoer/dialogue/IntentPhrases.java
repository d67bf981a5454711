package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Intent;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One intent's phrases (handoff, cancel, resume in {@code phrases.yaml}): whole ones in
 * {@link Utterance#bare} form, inside ones as one pattern in {@link Utterance#basic} form, where …
 * stands for up to {@link #GAP} characters (跟…人工 finds 跟你们人工), (a|b) for either and (a|b)? for
 * either or nothing. {@code questionsExcluded}: a question holding the phrase is about it, not it
 * (明天再发货可以吗 is no stop). {@code starts}: the characters an inside phrase can begin with (null
 * when one can begin with any), so that a clause holding none of them is not searched at all.
 */
record IntentPhrases(Set<String> whole, Pattern inside, boolean questionsExcluded, BitSet starts) {
    /** (a|b|c) in an inside phrase: any one of them. */
    private static final Pattern ALTERNATIVES = Pattern.compile("[(（]([^)）]+)[)）]");
    /** How many characters … in an inside phrase stands for. */
    private static final int GAP = 5;

    /** A request for a person, whose 的 may name whose person it is (顺丰的客服). */
    boolean forPerson() {
        return !questionsExcluded;
    }

    /**
     * The first match of {@link #inside} in {@code clause} starting at or after {@code from}, as
     * {@code hit.find(from)} finds it (the same match), or false when there is none. Places where no
     * phrase can begin are skipped without running the pattern: most clauses hold none.
     */
    boolean find(Matcher hit, String clause, int from) {
        if (starts != null) {
            while (from < clause.length() && !starts.get(clause.charAt(from))) {
                from++;
            }
            if (from >= clause.length()) {
                return false;
            }
        }
        return hit.find(from);
    }

    static IntentPhrases of(Intent intent, TextNormalizer normalizer, boolean questionsExcluded) {
        List<String> inside = new ArrayList<>();
        BitSet starts = new BitSet();
        boolean anyStart = false;
        for (String phrase : intent.inside()) {
            List<String> parts = new ArrayList<>();
            boolean first = true;
            for (String part : phrase.split("…|\\.\\.\\.")) {
                List<Element> elements = elements(part, normalizer);
                parts.add(regex(elements));
                if (first) {
                    // a phrase whose first part may match nothing begins with the gap: any character
                    anyStart |= !firstChars(elements, starts);
                    first = false;
                }
            }
            // a gap never holds 过 (问过你们客服 is past)
            inside.add("(?:" + String.join("[^ 过]{0," + GAP + "}?", parts) + ")");
        }
        return new IntentPhrases(intent.whole().stream().map(p -> IntentReader.bare(p, normalizer)).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet()),
                Pattern.compile(inside.isEmpty() ? "(?!)" : String.join("|", inside)), questionsExcluded,
                anyStart ? null : starts);
    }

    /**
     * One part of an inside phrase as what its pattern matches one after the other, each element the
     * texts any one of which it matches (in {@link Utterance#basic} form): a text on its own is an
     * element of one; (a|b|c) one of a, b, c; (a|b)? one of them or "" (nothing).
     */
    private static List<Element> elements(String part, TextNormalizer normalizer) {
        List<Element> out = new ArrayList<>();
        Matcher group = ALTERNATIVES.matcher(part);
        int at = 0;
        while (group.find()) {
            out.add(new Element(List.of(normalizer.basic(part.substring(at, group.start()))), false, false));
            List<String> choices = new ArrayList<>();
            for (String choice : group.group(1).split("\\|")) {
                choices.add(normalizer.basic(choice));
            }
            at = group.end();
            // (a|b)? : the group may be absent
            boolean optional = at < part.length() && (part.charAt(at) == '?' || part.charAt(at) == '？');
            if (optional) {
                at++;
            }
            out.add(new Element(choices, true, optional));
        }
        out.add(new Element(List.of(normalizer.basic(part.substring(at))), false, false));
        return out;
    }

    /** What a part of an inside phrase matches at one place: a text, or a group of texts (optional or not). */
    private record Element(List<String> texts, boolean group, boolean optional) {
        /** Whether it may match nothing. */
        boolean mayBeEmpty() {
            return optional || texts.stream().anyMatch(String::isEmpty);
        }
    }

    /** The elements as a pattern. */
    private static String regex(List<Element> elements) {
        StringBuilder out = new StringBuilder();
        for (Element element : elements) {
            if (!element.group()) {
                out.append(quoted(element.texts().get(0)));
                continue;
            }
            out.append("(?:").append(String.join("|", element.texts().stream().map(IntentPhrases::quoted).toList()))
                    .append(')');
            if (element.optional()) {
                out.append('?');
            }
        }
        return out.toString();
    }

    /**
     * Adds to {@code starts} the characters a match of the elements can begin with; false when it may
     * match nothing at all (every element may be empty).
     */
    private static boolean firstChars(List<Element> elements, BitSet starts) {
        for (Element element : elements) {
            for (String text : element.texts()) {
                if (!text.isEmpty()) {
                    starts.set(text.charAt(0));
                }
            }
            if (!element.mayBeEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(String basic) {
        return basic.isEmpty() ? "" : Pattern.quote(basic);
    }
}
