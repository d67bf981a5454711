package dev.xiaoer.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a step's "all met" may leave out ({@code exempt}: the 24h/48h… shipping services, which cannot
 * be closed), and whether a reply leaves only that out (其他都关了，就剩48小时发货那个关不掉). Built once per
 * step by {@link StepReader}; read-only afterwards, so thread-safe.
 */
final class ExemptRemainder {
    /** A second thing left, beside an exempt one (就剩48小时和另一个没关); 那几个 is the exempt ones themselves. */
    private static final Pattern SECOND_THING = Pattern.compile("和|跟|还有|另|以及|两个|(?<![那这])几个");
    /** Exempt things named together (48h和72h的, 48h、72h): one remainder, not a second thing beside it. */
    private static final Pattern EXEMPT_PAIR = Pattern.compile("§[、，,和跟及与]*(?:以及|还有)?§");

    /** The exempt things, in the form replies are compared in. */
    private final List<String> exempt;
    /** The step's {@code about} words, in the same form. */
    private final List<String> about;
    private final AnswerLexicon lexicon;

    ExemptRemainder(List<String> exempt, List<String> about, AnswerLexicon lexicon) {
        this.exempt = List.copyOf(exempt);
        this.about = List.copyOf(about);
        this.lexicon = lexicon;
    }

    /** What may stand between an exempt thing and what is said of the rest (的, 那几个, 之外). */
    private static final Pattern EXEMPT_TAIL = Pattern.compile("[的个那这几些之以外服务]*");
    /** What the rest's clause starts with after an exception (都关了, 其他的都关了, 别的全关了). */
    private static final Pattern REST_HEAD = Pattern.compile("都|其他|其它|别的|剩下|其余|全|也");

    /**
     * {@code clauses} with a clause that excepts an exempt thing and says what holds of the rest in one breath
     * (除了48小时发货都关了, 除了发货时效那几个都关了, 48小时发货以外的子服务都关了) told as two: the exception, then the rest, as a comma would have.
     */
    List<String> apart(List<String> clauses) {
        if (exempt.isEmpty()) {
            return clauses;
        }
        List<String> out = new ArrayList<>(clauses.size() + 1);
        for (String clause : clauses) {
            int cut = restAt(clause);
            if (cut > 0) {
                out.add(clause.substring(0, cut));
                out.add(clause.substring(cut));
            } else {
                out.add(clause);
            }
        }
        return out.size() == clauses.size() ? clauses : out;
    }

    /** Where what a clause says of the rest begins after an exempt thing excepted (除了48小时发货|都关了), or -1. */
    private int restAt(String clause) {
        int at = lexicon.exceptionAt(clause);
        int end = -1;
        for (String e : exempt) {
            int found = clause.indexOf(e, Math.max(at, 0));
            end = found >= 0 ? Math.max(end, found + e.length()) : end;
        }
        if (end < 0) {
            return -1;
        }
        Matcher tail = EXEMPT_TAIL.matcher(clause).region(end, clause.length());
        int cut = tail.lookingAt() ? tail.end() : end;
        if (cut >= clause.length()) {
            return -1;
        }
        // (an exception after the thing, 48小时发货以外的子服务都关了, says what the rest is in its own words)
        boolean after = clause.substring(end, cut).contains("外");
        return at >= 0 && REST_HEAD.matcher(clause).region(cut, clause.length()).lookingAt() || after ? cut : -1;
    }

    /** Whether the step exempts anything. */
    boolean any() {
        return !exempt.isEmpty();
    }

    /** Whether {@code clause} names one of the exempt things. */
    boolean names(String clause) {
        return exempt.stream().anyMatch(clause::contains);
    }

    /**
     * Whether the part a reply leaves out is only what the step exempts: it names an exempt thing, and
     * no clause names another thing of the step (官方直送, 子服务), a second thing (和/还有/另), or a
     * guess. A clause without an exempt thing may name the step's things only as done (别的子服务都关了),
     * never as left (官方直送没退出, 还有官方直送).
     */
    boolean onlyExemptLeft(List<String> clauses) {
        if (exempt.isEmpty() || clauses.stream().noneMatch(this::names)) {
            return false;
        }
        for (String clause : StepReader.ownClauses(clauses)) {
            if (!names(clause)) {
                List<String> cues = lexicon.cuesIn(clause);
                // (a thing told as never had, 官方直送我们从来没开过, is not left)
                if (about.stream().anyMatch(clause::contains) && (cues.contains("negation") || cues.contains("still"))
                        && !cues.contains("never-had")) {
                    return false;
                }
                continue;
            }
            // (the step's thing named as the topic before an exception is not a second thing: 子服务除了48小时的关不掉)
            String rest = afterException(clause);
            for (String e : exempt) {
                rest = rest.replace(e, "§");
            }
            for (String joined = EXEMPT_PAIR.matcher(rest).replaceAll("§"); !joined.equals(rest);
                 joined = EXEMPT_PAIR.matcher(rest).replaceAll("§")) {
                rest = joined;
            }
            rest = rest.replace('§', ' ');
            // (nor one telling the rest still open: 子服务除了48小时的都开着)
            List<String> restCues = lexicon.cuesIn(rest);
            if (about.stream().anyMatch(rest::contains) || SECOND_THING.matcher(rest).find()
                    || restCues.contains("still") || restCues.contains("ongoing")) {
                return false;
            }
        }
        List<String> cues = lexicon.cuesIn(String.join("", clauses));
        return !cues.contains("unsure") && !cues.contains("guess");
    }

    /**
     * Whether {@code clauses} speak only of exempt things left (24h发货那个一直关不掉 点了没反应): every clause names one or
     * speaks of the one before, and nothing else is left.
     */
    boolean onlyOfExempt(List<String> clauses) {
        if (!onlyExemptLeft(clauses)) {
            return false;
        }
        boolean after = false;
        for (String clause : StepReader.ownClauses(clauses)) {
            if (!speaksOfExempt(clause, after)) {
                return false;
            }
            after = true;
        }
        return true;
    }

    /** What follows the first exception word (除了) of a clause naming an exempt thing, or the whole clause. */
    private String afterException(String clause) {
        int at = lexicon.exceptionAt(clause);
        return at < 0 ? clause : clause.substring(at);
    }

    /**
     * Whether a clause of a reply that leaves only exempt things out speaks of them: it names one, or,
     * right {@code afterExempt}, names nothing of the step and only says 'not' (关不掉, 说是关不了) or
     * carries no cue at all (一直是灰的).
     */
    boolean speaksOfExempt(String clause, boolean afterExempt) {
        if (names(clause)) {
            return true;
        }
        if (!afterExempt || about.stream().anyMatch(clause::contains)) {
            return false;
        }
        List<String> cues = lexicon.cuesIn(clause);
        return cues.isEmpty() || cues.contains("negation") && !cues.contains("complete");
    }
}
