package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Intent;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One intent's phrases (handoff, cancel, resume in {@code phrases.yaml}): whole ones in
 * {@link Utterance#bare} form, inside ones as one pattern in {@link Utterance#basic} form, where …
 * stands for up to {@link #GAP} characters (跟…人工 finds 跟你们人工), (a|b) for either, (a|b)? for
 * either or nothing, and (!a|b) for a place followed by neither (叫人来收 is a courier's pick-up).
 * {@code questionsExcluded}: a question holding the phrase is about it, not it
 * (明天再发货可以吗 is no stop). {@code byStart}: for every character an inside phrase can begin with,
 * the pattern of just those phrases, in the same order (null when a phrase can begin with any
 * character): what is tried where a clause holds that character, and nothing is tried elsewhere.
 */
record IntentPhrases(Set<String> whole, Pattern inside, boolean questionsExcluded, Starts byStart) {
    /** (a|b|c) in an inside phrase: any one of them. */
    private static final Pattern ALTERNATIVES = Pattern.compile("[(（]([^)）]+)[)）]");
    /** How many characters … in an inside phrase stands for. */
    private static final int GAP = 5;

    /** A request for a person, whose 的 may name whose person it is (顺丰的客服). */
    boolean forPerson() {
        return !questionsExcluded;
    }

    /**
     * Where {@code carried} (null: none), matching from inside the span {@code start}–{@code end} of {@code text}, ends
     * past it; -1 when it does not.
     */
    static int carriedTo(Pattern carried, String text, int start, int end) {
        if (carried == null) {
            return -1;
        }
        Matcher on = carried.matcher(text);
        return on.find(start) && on.start() < end && on.end() > end ? on.end() : -1;
    }

    /**
     * {@code text} with every phrase found blanked out, and with it, when {@code carried} (null: none) matches from inside
     * a phrase found on past its end, what it matches too (我去问下他哪天能寄: the finding-out verb's object, 他哪天能寄,
     * is what will be asked, not asked of us).
     */
    String blankedOut(String text, Pattern carried) {
        Matcher hit = inside.matcher(text);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (hit.find(kept)) {
            int end = Math.max(hit.end(), carriedTo(carried, text, hit.start(), hit.end()));
            out.append(text, kept, hit.start()).append(' ');
            kept = Math.max(end, hit.start() + 1);
            if (kept >= text.length()) {
                break;
            }
        }
        return out.append(text.substring(Math.min(kept, text.length()))).toString();
    }

    /**
     * The first match of {@link #inside} in {@code clause} that starts at or after {@code from}, the
     * same one {@code inside().matcher(clause).find(from)} finds, or null when there is none. Only the
     * phrases that can begin with a place's character are tried there: a phrase that cannot begin
     * with it cannot match there, and the alternation takes the first phrase listed that matches, so
     * the match is the same. Most places of most clauses begin no phrase at all.
     */
    MatchResult find(String clause, int from) {
        if (byStart == null) {
            Matcher hit = inside.matcher(clause);
            return hit.find(from) ? hit.toMatchResult() : null;
        }
        Matcher hit = null; // kept while the places tried begin the same phrases: region() resets it, bounds kept
        for (int at = from; at < clause.length(); at++) {
            Pattern here = byStart.at(clause.charAt(at));
            if (here != null) {
                if (hit == null || hit.pattern() != here) {
                    hit = here.matcher(clause).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (hit.region(at, clause.length()).lookingAt()) {
                    return hit.toMatchResult();
                }
            }
        }
        return null;
    }

    static IntentPhrases of(Intent intent, TextNormalizer normalizer, boolean questionsExcluded) {
        List<String> inside = new ArrayList<>();
        Map<Character, List<String>> starting = new LinkedHashMap<>();
        boolean anyStart = false;
        for (String phrase : intent.inside()) {
            List<String> parts = new ArrayList<>();
            BitSet starts = new BitSet();
            for (String part : phrase.split("…|\\.\\.\\.")) {
                List<Element> elements = elements(part, normalizer);
                if (parts.isEmpty()) {
                    // a phrase whose first part may match nothing begins with the gap: any character
                    anyStart |= !firstChars(elements, starts);
                }
                parts.add(regex(elements));
            }
            // a gap never holds 过 nor begins with 了 (问过你们客服, 问了客服 are past: what was done, not asked for)
            String alternative = "(?:" + String.join("(?!了)[^ 过]{0," + GAP + "}?", parts) + ")";
            inside.add(alternative);
            starts.stream().forEach(c -> starting.computeIfAbsent((char) c, k -> new ArrayList<>()).add(alternative));
        }
        Map<Character, Pattern> byStart = new HashMap<>();
        starting.forEach((c, alternatives) -> byStart.put(c, Pattern.compile(String.join("|", alternatives))));
        return new IntentPhrases(intent.whole().stream().map(p -> IntentReader.bare(p, normalizer)).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet()),
                Pattern.compile(inside.isEmpty() ? "(?!)" : String.join("|", inside)), questionsExcluded,
                anyStart ? null : Starts.of(byStart));
    }

    /**
     * The patterns by the character they begin with, looked up by a search in the sorted characters:
     * a map keyed by {@code Character} boxed every character of every clause read (docs/benchmarks.md,
     * issue 19, ninth session).
     */
    record Starts(char[] chars, Pattern[] patterns) {
        static Starts of(Map<Character, Pattern> byStart) {
            char[] chars = new char[byStart.size()];
            int i = 0;
            for (char c : byStart.keySet()) {
                chars[i++] = c;
            }
            Arrays.sort(chars);
            Pattern[] patterns = new Pattern[chars.length];
            for (i = 0; i < chars.length; i++) {
                patterns[i] = byStart.get(chars[i]);
            }
            return new Starts(chars, patterns);
        }

        /** The pattern of the phrases that can begin with {@code c}, or null when none can. */
        Pattern at(char c) {
            int i = Arrays.binarySearch(chars, c);
            return i >= 0 ? patterns[i] : null;
        }
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
            out.add(new Element(List.of(normalizer.basic(part.substring(at, group.start()))), false, false, false));
            String inner = group.group(1);
            // (!a|b) : followed by neither
            boolean not = inner.startsWith("!") || inner.startsWith("！");
            List<String> choices = new ArrayList<>();
            for (String choice : (not ? inner.substring(1) : inner).split("\\|")) {
                choices.add(normalizer.basic(choice));
            }
            at = group.end();
            if (not) {
                out.add(new Element(choices, true, false, true));
                continue;
            }
            // (a|b)? : the group may be absent
            boolean optional = at < part.length() && (part.charAt(at) == '?' || part.charAt(at) == '？');
            if (optional) {
                at++;
            }
            out.add(new Element(choices, true, optional, false));
        }
        out.add(new Element(List.of(normalizer.basic(part.substring(at))), false, false, false));
        return out;
    }

    /**
     * What a part of an inside phrase matches at one place: a text, or a group of texts (optional or not), or a
     * group that must not follow ({@code not}: matches no characters).
     */
    private record Element(List<String> texts, boolean group, boolean optional, boolean not) {
        /** Whether it may match nothing. */
        boolean mayBeEmpty() {
            return not || optional || texts.stream().anyMatch(String::isEmpty);
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
            out.append(element.not() ? "(?!" : "(?:").append(String.join("|", element.texts().stream().map(IntentPhrases::quoted).toList()))
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
            if (element.not()) {
                continue;
            }
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
