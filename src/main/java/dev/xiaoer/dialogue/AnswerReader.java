package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Choice;
import dev.xiaoer.knowledge.FlowStep;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a seller's answer to a flow step: yes or no to a yes/no step, one of the options of a
 * choice step. Yes and no come from {@code phrases.yaml} and a few patterns of how sellers answer
 * (已经…了, 都…了, 还没…, 没…); negation wins over yes-words inside it. Options are picked by
 * number (2, 第二个, ②, 二) or by their own words, exactly or by character overlap.
 */
final class AnswerReader {

    /** What an answer said. */
    enum Meaning { YES, NO, CHOICE, UNREAD }

    /**
     * The reading of one answer; {@code choice} is set when {@code meaning} is CHOICE. {@code certain}
     * when it was an exact answer phrase, a number or an option's own words, not a pattern or overlap.
     */
    record Reading(Meaning meaning, Choice choice, int index, boolean certain) {
        static final Reading YES = new Reading(Meaning.YES, null, -1, true);
        static final Reading NO = new Reading(Meaning.NO, null, -1, true);
        static final Reading LIKELY_YES = new Reading(Meaning.YES, null, -1, false);
        static final Reading LIKELY_NO = new Reading(Meaning.NO, null, -1, false);
        static final Reading UNREAD = new Reading(Meaning.UNREAD, null, -1, false);

        boolean read() {
            return meaning != Meaning.UNREAD;
        }
    }

    /** Characters that turn a statement negative. */
    private static final String NEGATIONS = "不没未别无否";
    /** Words that make a message a question rather than an answer. */
    private static final Pattern QUESTION = Pattern.compile("[?？]|吗|怎么|怎样|如何|哪|什么|啥|为什么|为啥|咋|几|多少|多久|是否|能不能|可不可以|要不要|是不是|有没有");
    private static final Pattern DONE = Pattern.compile("^(?:已经|已|都|全都|全部|早就|刚).+了$|^.{1,6}了$|.*(?:好了|完了|过了|妥了)$");
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:我?选(?:择)?)?(?:第)?([0-9]{1,2}|[一二两三四五六七八九十])(?:个|项|种|条|号|种情况|个选项)?(?:吧)?$");
    private static final String CHINESE_DIGITS = "零一二三四五六七八九十";
    /** Characters too common to count as overlap between a message and an option. */
    private static final String TRIVIAL = "的了是我我们你吗呢啊吧呀哦在有就都也还要这那个一";

    private final PhraseMatcher phrases;

    AnswerReader(PhraseMatcher phrases) {
        this.phrases = phrases;
    }

    Reading read(FlowStep step, String text) {
        return switch (step.expect()) {
            case YES_NO -> readYesNo(text);
            case CHOICE -> readChoice(step.choices(), text);
            case END -> Reading.UNREAD;
        };
    }

    /** Yes, no, or unread. */
    Reading readYesNo(String text) {
        String raw = phrases.bare(text);
        String c = phrases.compact(text);
        if (c.isEmpty()) {
            return Reading.UNREAD;
        }
        if (phrases.isYes(text)) {
            return Reading.YES;
        }
        if (phrases.isNo(text)) {
            return Reading.NO;
        }
        if (QUESTION.matcher(text).find() || QUESTION.matcher(raw).find()) {
            return Reading.UNREAD;
        }
        // yes-words that carry a negation character (没错, 没问题) are not negations
        String rest = c;
        for (String y : phrases.yesPhrases()) {
            if (y.length() >= 2 && containsNegation(y)) {
                rest = rest.replace(y, "");
            }
        }
        if (containsNegation(rest)) {
            return Reading.LIKELY_NO;
        }
        if (rest.isEmpty()) {
            return Reading.LIKELY_YES;
        }
        for (String y : phrases.yesPhrases()) {
            if ((y.length() >= 2 && rest.contains(y)) || rest.startsWith(y)) {
                return Reading.LIKELY_YES;
            }
        }
        if (c.length() <= 16 && DONE.matcher(c).matches()) {
            return Reading.LIKELY_YES;
        }
        return Reading.UNREAD;
    }

    /** True when the message asks something rather than answers. */
    static boolean isQuestion(String text) {
        return QUESTION.matcher(text).find();
    }

    private static boolean containsNegation(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (NEGATIONS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One of the choices, by number or by its words; unread when none or more than one fits. */
    Reading readChoice(List<Choice> choices, String text) {
        String c = phrases.compact(text);
        if (c.isEmpty()) {
            return Reading.UNREAD;
        }
        Matcher m = NUMBER.matcher(c);
        if (m.matches()) {
            int n = number(m.group(1));
            return n >= 1 && n <= choices.size() ? pick(choices, n - 1, true) : Reading.UNREAD;
        }
        // exact: the message is, or contains, an option's label or one of its words; the longest wins
        int best = -1;
        int bestLength = 0;
        boolean tie = false;
        for (int i = 0; i < choices.size(); i++) {
            for (String word : texts(choices.get(i))) {
                if (word.length() >= 2 && c.contains(word) || word.equals(c)) {
                    if (word.length() > bestLength) {
                        best = i;
                        bestLength = word.length();
                        tie = false;
                    } else if (word.length() == bestLength && best != i) {
                        tie = true;
                    }
                }
            }
        }
        if (best >= 0 && !tie) {
            return pick(choices, best, true);
        }
        // fuzzy: the share of the message's meaningful characters found in an option's words
        double top = 0;
        double second = 0;
        int topIndex = -1;
        for (int i = 0; i < choices.size(); i++) {
            double score = 0;
            for (String word : texts(choices.get(i))) {
                score = Math.max(score, overlap(c, word));
            }
            if (score > top) {
                second = top;
                top = score;
                topIndex = i;
            } else if (score > second) {
                second = score;
            }
        }
        if (topIndex >= 0 && top >= 0.6 && top - second >= 0.2) {
            return pick(choices, topIndex, false);
        }
        return Reading.UNREAD;
    }

    private List<String> texts(Choice choice) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(choice.label()), choice.words().stream())
                .map(phrases::bare).filter(s -> !s.isEmpty()).toList();
    }

    /** Shared meaningful characters over the smaller side's; 0 unless at least two are shared. */
    static double overlap(String message, String word) {
        Set<Character> a = meaningful(message);
        Set<Character> b = meaningful(word);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Character> common = new HashSet<>(a);
        common.retainAll(b);
        if (common.size() < 2) {
            return 0;
        }
        return (double) common.size() / Math.min(a.size(), b.size());
    }

    private static Set<Character> meaningful(String s) {
        Set<Character> chars = new HashSet<>();
        for (char ch : s.toCharArray()) {
            if (TRIVIAL.indexOf(ch) < 0) {
                chars.add(ch);
            }
        }
        return chars;
    }

    private static Reading pick(List<Choice> choices, int index, boolean certain) {
        return new Reading(Meaning.CHOICE, choices.get(index), index, certain);
    }

    /** 1-based number from digits or a Chinese numeral (一…十, 两). */
    static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        if (s.equals("两")) {
            return 2;
        }
        return CHINESE_DIGITS.indexOf(s.charAt(0));
    }

    /** A bare number (digits, 第N个, circled, Chinese numeral) in the message, or -1. */
    int numberIn(String text) {
        Matcher m = NUMBER.matcher(phrases.compact(text));
        return m.matches() ? number(m.group(1)) : -1;
    }
}
