package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every step's answers are read with, made once per knowledge version: the bare affirmative
 * and negative words, the polarity cues, and the days a seller may state (上周, 才二十天, 两个多月了: read
 * by {@link DaysTold}), and what a reply says once corrected ({@link CorrectedReplies}), all from
 * {@code phrases.yaml} in the form the message is compared in.
 */
final class AnswerLexicon {
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    private final TextNormalizer normalizer;
    private final Set<String> affirmative;
    /** The acknowledgements (好的, 收到, 知道了), in the compact form: said alone, they answer no step. */
    private final Set<String> acknowledgements;
    private final Set<String> negative;
    /** Each cue kind's words, longest first. */
    private final Map<String, List<String>> cues = new HashMap<>();
    private final CueFirsts firsts; // the same kinds in the same order, and which of them a text can hold
    /** By the index of {@link #firsts}' kinds: whether the kind is {@link #READ_APART}; the indexes of "unsure" and "complete" (-1: none). */
    private final boolean[] readApart;
    private final int unsureKind;
    private final int completeKind;
    /** The cue kind of phrases that say nothing is still pending (没有处理中的): read as complete. */
    private static final String NONE_PENDING = "none-pending";
    /** The cue kinds of an exception (除了…) and of what was never had (本来就没开通): read together, not as cues. */
    private static final String EXCEPT = "except";
    private static final String NEVER_HAD = "never-had";
    private static final String ALL_ITEMS = "all-items";
    private static final String NONE_ELSE = "none-else";
    private static final String THING_ALONE = "thing-alone";
    /** The cue kind of nouns that name no particular thing (问题, 原因, 情况): read by {@link #pointsOnly}. */
    private static final String VAGUE = "vague";
    /** The cue kind of words naming the last of something (最后一单, 最近一笔): read by {@link #namesTheLast}. */
    private static final String LAST = "last";
    private static final String REST = "rest";
    /** The cue kind of an "also" (也): a word for the rest of a step's items only in a clause naming one of them. */
    private static final String ALSO = "also";
    private static final String WRONG = "wrong";
    private static final String OBJECTION = "objection";
    private static final String APPROXIMATE = "approximate";
    /** The cue kind of an inability told as a fact (发不出, 做不了): its 不 denies no sign beside it. */
    private static final String INABILITY = "inability";
    private static final String DISCLAIMER = "disclaimer";
    /** The cue kinds read on their own terms, never reported as a reply's polarity cues. */
    private static final Set<String> READ_APART = Set.of(NONE_PENDING, EXCEPT, NEVER_HAD, ALL_ITEMS, NONE_ELSE, THING_ALONE, VAGUE, LAST, WRONG, APPROXIMATE, OBJECTION, INABILITY, REST, ALSO);
    /** The "there is none that is still…" spans and the single states denied ({@link NonePending}). */
    private final NonePending nonePending;
    /** The days a reply states. */
    private final DaysTold days;
    /** Where a clause ends without punctuation: 但是, 不过, 有时候… (from {@code phrases.yaml}). */
    private final ReplyClauses clauses;
    /** What a reply says once the seller's corrections and set turns of phrase are read ({@link CorrectedReplies}). */
    private final CorrectedReplies corrected;
    /** Words that begin with a negation but negate nothing (没问题, 不行), longest first. */
    private final List<String> nonNegators;
    /** Their first characters: a text holding none has none of them. */
    private final String nonNegatorFirsts;
    /** Those of them that are unsure words all the same (不知道, 不清楚). */
    private final Set<String> unsureIdioms;
    /** The patterns of {@code phrases.yaml} ({@link #pattern}). */
    private final Phrases phrases;
    /** A bare "sent by" after a thing's name (快递|发的, 顺丰|寄出去的: {@code sent-by}). */
    private final Pattern sentBy;
    /** A deed under way or about to be done (在关了, 快确认好了): a part ({@code under-way}; null: none). */
    private final Pattern underWay;
    /** The characters one of which every match of {@link #underWay} holds ({@link RequiredChars}; null: not known). */
    private final String underWayChars;
    /** What an exception leaves allowed (除了顺丰|都行: {@code all-else-allowed}): the rest of a permission, a few characters on. */
    private final Pattern allElseAllowed;
    /** A day to come bounding a term ({@code deadline-set}; null: none). */
    private final Pattern deadlineSet;
    /** The stopwords (怎么, 我们, 想…) in the basic form, longest first: words that say nothing by themselves. */
    private final List<String> stopwords;
    /** The stopwords and the acknowledgements together, longest first ({@link #pointsOnly}). */
    private final List<String> saysNothing;

    AnswerLexicon(Phrases phrases, TextNormalizer normalizer) {
        this(phrases, normalizer, List.of());
    }

    /**
     * @param topics what each step of the flows asks about (its {@code about} words), one list a step, by flow: a correction takes back
     *               only what was said before it of the things it speaks of ({@link CorrectedReplies})
     */
    AnswerLexicon(Phrases phrases, TextNormalizer normalizer, List<List<List<String>>> topics) {
        this.normalizer = normalizer;
        this.affirmative = compact(phrases.affirmative(), normalizer);
        this.negative = compact(phrases.negative(), normalizer);
        this.acknowledgements = compact(phrases.acknowledgements(), normalizer);
        phrases.cues().forEach((kind, words) -> cues.put(kind, words.stream().map(normalizer::basic)
                .filter(w -> !w.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed()).toList()));
        this.firsts = new CueFirsts(cues, READ_APART);
        this.readApart = new boolean[firsts.kinds().size()];
        int unsureAt = -1;
        int completeAt = -1;
        for (int i = 0; i < readApart.length; i++) {
            readApart[i] = READ_APART.contains(firsts.kinds().get(i).getKey());
            unsureAt = firsts.kinds().get(i).getKey().equals("unsure") ? i : unsureAt;
            completeAt = firsts.kinds().get(i).getKey().equals("complete") ? i : completeAt;
        }
        this.unsureKind = unsureAt;
        this.completeKind = completeAt;
        this.nonePending = new NonePending(cues);
        this.days = new DaysTold(phrases, normalizer, this::cuesIn);
        List<String> breaks = phrases.clauseBreaks().stream().map(normalizer::basic).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        // (an inability told as a fact, 停产了发不了, is no clause of what the case is not: its 不 is what happened)
        this.clauses = new ReplyClauses(breaks, phrases.patterns().get("not-a-break"), phrases.patterns().get("page-label"),
                c -> cuesIn(withoutInability(c)));
        this.corrected = new CorrectedReplies(phrases, normalizer,
                phrases.cues().getOrDefault(NONE_PENDING, List.of()).stream().findFirst().orElse(""),
                topics.stream().map(steps -> steps.stream().map(words -> words.stream()
                        .map(w -> StepReader.matchText(normalizer.utterance(w))).filter(w -> !w.isEmpty()).toList())
                        .filter(words -> !words.isEmpty()).toList()).toList());
        this.nonNegators = phrases.nonNegators().stream().map(normalizer::basic).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.nonNegatorFirsts = nonNegators.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
        // both lists are in the basic form (normalizer.basic above), so equal words are equal strings
        List<String> unsureWords = cues.getOrDefault("unsure", List.of());
        this.unsureIdioms = nonNegators.stream().filter(unsureWords::contains).collect(Collectors.toUnmodifiableSet());
        this.phrases = phrases;
        this.sentBy = phrases.pattern("sent-by");
        this.underWay = phrases.patterns().get("under-way");
        this.underWayChars = RequiredChars.of(underWay);
        this.allElseAllowed = phrases.pattern("all-else-allowed");
        this.deadlineSet = phrases.patterns().get("deadline-set");
        this.stopwords = phrases.stopwords().stream().map(normalizer::basic).filter(w -> !w.isEmpty() && w.indexOf(' ') < 0)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.saysNothing = java.util.stream.Stream.concat(stopwords.stream(), acknowledgements.stream()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Whether {@code text} is made only of stopwords (我们想, 的了): it says nothing by itself. */
    boolean onlyStopwords(String text) {
        String rest = text;
        for (String word : stopwords) {
            rest = rest.replace(word, "");
        }
        return rest.isBlank();
    }

    /**
     * Whether {@code text} only points at something without naming it (就是那个问题, 是这个原因吧, 那种情况): a
     * {@code vague} noun with nothing beside it but stopwords and acknowledgements. It resembles whichever option
     * happens to hold the noun (快递的问题), and tells none of them.
     */
    boolean pointsOnly(String text) {
        String rest = text;
        for (String word : cues.getOrDefault(VAGUE, List.of())) {
            rest = rest.replace(word, "");
        }
        if (rest.length() == text.length()) {
            return false;
        }
        for (String word : saysNothing) {
            rest = rest.replace(word, "");
        }
        return rest.isBlank();
    }

    TextNormalizer normalizer() {
        return normalizer;
    }

    /** The pattern {@code key} of {@code phrases.yaml}'s {@code patterns} ({@link Phrases#pattern}). */
    Pattern pattern(String key) {
        return phrases.pattern(key);
    }

    /**
     * Whether {@code text} tells a day to come as the limit of something ({@code deadline-set}: 下周一前寄出, 月底之前): a time
     * agreed, not a plan, so its words of a day to come are no 'planned' cue against the part told.
     */
    boolean setsADeadline(String text) {
        return deadlineSet != null && deadlineSet.matcher(text).find();
    }

    /** An optional pattern of phrases.yaml, or null when the knowledge has none. */
    Pattern optionalPattern(String key) {
        return phrases.patterns().get(key);
    }

    /** The parts of a reply to read on their own ({@link ReplyClauses#of}). */
    List<String> answerClauses(Utterance u) {
        return clauses.of(u);
    }

    /** Whether {@code u} takes back what it said before (刚才说错了, ^不对 …): {@link CorrectedReplies#hasCorrection}. */
    boolean hasCorrection(Utterance u) {
        return corrected.hasCorrection(u);
    }

    /** What a reply says once corrected and its set turns are read plainly: {@link CorrectedReplies#of}. */
    Utterance corrected(Utterance u) {
        return corrected.of(u);
    }

    /** {@code words} in the compact form a whole reply is compared in, the empty left out. */
    private static Set<String> compact(List<String> words, TextNormalizer normalizer) {
        return words.stream().map(p -> normalizer.utterance(p).compact()).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean isAffirmative(String compact) {
        return affirmative.contains(compact);
    }

    boolean isNegative(String compact) {
        return negative.contains(compact);
    }

    /** Whether {@code compact} is a bare yes that is an acknowledgement too (行, ok, 嗯, 👌): it may only agree. */
    boolean isAssent(String compact) {
        return acknowledgements.contains(compact) && affirmative.contains(compact);
    }

    /** Whether {@code compact} is an acknowledgement alone (好的, 收到, 知道了), not a bare yes or no. */
    boolean isAcknowledgement(String compact) {
        return acknowledgements.contains(compact) && !affirmative.contains(compact) && !negative.contains(compact);
    }

    /** Where the first exception word (除了, 除开) of {@code text} stands, or -1. */
    int exceptionAt(String text) {
        int first = -1;
        for (String except : cues.getOrDefault(EXCEPT, List.of())) {
            int at = text.indexOf(except);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        return first;
    }

    /**
     * The cue kinds present in {@code text} (compact form); 没问题, 不错, 一人一半 and the like are no cue,
     * but an unsure one is still read as unsure (不知道开没开过).
     */
    List<String> cuesIn(String text) {
        List<String> found = new ArrayList<>(2);
        // (an asking 不 closing a clause, 这个能申诉不, is no 'not')
        text = QuestionWords.withoutAskingNot(text);
        // "there is none that is still…" (没有处理中的) is complete, and its 没 and 中 say nothing more
        String rest = nonePending.without(text);
        boolean nonePendingTold = !rest.equals(text);
        if (nonePendingTold) {
            found.add("complete");
            text = rest;
        }
        // and "none in this one state" (没在途的, 没有在途订单) is neither a 'not' nor a 'still', nor an "all"
        text = nonePending.withoutDeniedStates(text);
        // an exception told as never had (除了官方直送我们本来就没开通) leaves nothing out, nor one in a
        // permission (除了顺丰都行: a term agreed, not a part of what was asked)
        for (String except : cues.getOrDefault(EXCEPT, List.of())) {
            int at = text.indexOf(except);
            if (at >= 0 && (has(text.substring(at + except.length()), NEVER_HAD)
                    || allElseAllowed.matcher(text).region(at + except.length(), text.length()).lookingAt())) {
                text = text.substring(0, at) + text.substring(at + except.length());
            }
        }
        String unsure = text;
        List<String> idioms = RequiredChars.mayMatch(nonNegatorFirsts, text) ? nonNegators : List.of();
        for (String idiom : idioms) {
            if (text.contains(idiom)) {
                text = text.replace(idiom, "");
                // an idiom that is itself unsure (不知道) stays for that reading; one that is not (我去查了) goes
                unsure = unsureIdioms.contains(idiom) ? unsure : unsure.replace(idiom, "");
            }
        }
        long inText = firsts.heldIn(text);
        long inUnsure = unsure == text ? inText : firsts.heldIn(unsure);
        for (int i = 0; i < firsts.kinds().size(); i++) {
            boolean isUnsure = i == unsureKind;
            // (each kind comes once: the only one found before is "complete", when none-pending was told)
            if (!readApart[i] && !(i == completeKind && nonePendingTold)
                    && firsts.holds(isUnsure ? inUnsure : inText, i, isUnsure ? unsure : text)) {
                found.add(firsts.kinds().get(i).getKey());
            }
        }
        // fewer of a count told than the count (3单里成功了2单, 两个投诉，处理完一个): a part
        if (!found.contains("partial") && (CountsTold.fewerOfACount(text) || underWay != null && RequiredChars.find(underWay, underWayChars, text))) {
            found.add("partial");
        }
        // a guess is a partial answer too (应该都关了吧)
        if (found.contains("guess") && !found.contains("partial")) {
            found.add("partial");
        }
        return found;
    }

    /**
     * Whether {@code text} (compared form) says only that there is none: a none-pending head (没有, 一个都没有, 木有), with
     * at most a particle or 的 after it (没有的, 没有啦) — not "not yet" (没呢, 没有完), nor a guess (没有的吧).
     */
    boolean saysNone(String text) {
        String bare = text.replace(" ", "");
        int end = bare.length();
        while (end > 0 && (NonePending.ANSWER_NO.indexOf(bare.charAt(end - 1)) >= 0 || bare.charAt(end - 1) == '的' || bare.charAt(end - 1) == '了')) {
            end--;
        }
        String head = bare.substring(0, end);
        return !head.isEmpty() && cues.getOrDefault(NONE_PENDING, List.of()).contains(head)
                && bare.indexOf('呢', end) < 0 && bare.indexOf('吧', end) < 0;
    }

    /** Whether {@code text} says {@code word} without a 'not' right before it (到付, but not 不走到付). */
    boolean asserts(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            String before = text.substring(Math.max(0, at - 3), at);
            if (!has(before, "negation")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} is only the name of a thing, which answers no step (快递, 圆通: 物流), or the name
     * and a bare "sent by" (快递发的, 顺丰寄的: how it was arranged is not told).
     */
    boolean namesAThingOnly(String text) {
        String thing = sentBy.matcher(text).replaceFirst("");
        return cues.getOrDefault(THING_ALONE, List.of()).contains(text)
                || thing.length() < text.length() && cues.getOrDefault(THING_ALONE, List.of()).contains(thing);
    }

    /**
     * Whether {@code clause} only says there is nothing else (其他没有, 现在没有别的) or nothing still pending
     * (现在没有进行中的了): it ends with a {@code none-else} phrase, or reads as "none pending".
     */
    boolean saysNoneElse(String clause) {
        return endsNoneElse(clause, List.of()) || !nonePending.without(clause).equals(clause);
    }

    /**
     * Whether {@code clause} ends with a {@code none-else} phrase (其他没有, 别的都没有了), or with one then one of
     * {@code things}, what "nothing else" is of (其他没有投诉, 别的都没有投诉了).
     */
    boolean endsNoneElse(String clause, List<String> things) {
        List<String> noneElse = cues.getOrDefault(NONE_ELSE, List.of());
        String end = ENDING_PARTICLES.matcher(clause).replaceAll("");
        if (noneElse.stream().anyMatch(end::endsWith)) {
            return true;
        }
        for (String thing : things) {
            if (end.length() > thing.length() && end.endsWith(thing)) {
                String before = ENDING_PARTICLES.matcher(end.substring(0, end.length() - thing.length())).replaceAll("");
                if (noneElse.stream().anyMatch(before::endsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The particles a "nothing else" may end with (其他没有了, 别的没有啦). */
    private static final Pattern ENDING_PARTICLES = Pattern.compile("[了啦的呢哦]+$");

    /** Whether {@code text} has a word for all of a step's items (都, 也, 什么的): no part then. */
    boolean saysAllItems(String text) {
        return has(text, ALL_ITEMS) || has(text, ALSO);
    }

    /**
     * The same of one clause, its 'also' ({@code also}: 也) counted only when {@code namesAnItem}: 电话也发了 tells the
     * rest, while in a clause naming none (快递要求用顺丰 他也同意了) it says who else agreed, not to what.
     */
    boolean saysAllItems(String clause, boolean namesAnItem) {
        return has(clause, ALL_ITEMS) || namesAnItem && has(clause, ALSO);
    }

    /**
     * Whether {@code text} tells an objection or a doubt still open ({@code objection}: 他不同意, 待定, 再考虑), the
     * words that say there is none (没问题, 没意见) left out.
     */
    boolean objects(String text) {
        String rest = text;
        for (String none : NO_OBJECTION) {
            rest = rest.replace(none, " ");
        }
        return has(rest, OBJECTION);
    }

    /** "No problem", "no objection": what holds an objection's words and says there is none. */
    private static final List<String> NO_OBJECTION = List.of("没有问题", "没问题", "没啥问题", "没什么问题", "没有意见", "没意见",
            "没有异议", "没异议", "不是不同意", "没说不同意", "没有不同意", "没什么大问题", "没多大问题", "没大问题");

    /** Whether {@code text} says something was done wrong ({@code wrong}: 发错了, 不对): told, but not as asked. */
    boolean saysWrong(String text) {
        return has(text, WRONG);
    }

    /**
     * {@code text} without the words that make a date an estimate ({@code approximate}: 大概, 左右, 前后), or
     * {@code text} itself when it has none.
     */
    String withoutApproximation(String text) {
        return without(text, APPROXIMATE);
    }

    /**
     * {@code text} without the words that tell an inability as a fact ({@code inability}: 发不出, 做不了), whose
     * 不 is what happened, not a denial of what stands beside it (快递停运了发不出去).
     */
    String withoutInability(String text) {
        return without(text, INABILITY);
    }

    /**
     * {@code text} without the words that disclaim the seller's own intent ({@code disclaimer}: 不是故意), whose 不是 denies no
     * option beside it (我们仓库发错货了 不是故意的).
     */
    String withoutDisclaimer(String text) {
        return without(text, DISCLAIMER);
    }

    /** {@code text} without any word of the cue {@code kind}. */
    private String without(String text, String kind) {
        String rest = text;
        for (String word : cues.getOrDefault(kind, List.of())) {
            rest = rest.replace(word, "");
        }
        return rest;
    }

    /** Whether {@code text} names the rest of something ({@code rest}: 别的, 剩下的, 其他), its idioms not aside. */
    boolean namesTheRest(String text) {
        return has(text, REST);
    }

    /** Whether {@code clause} names the last of something (最后一单, 最近一笔, 最晚那单): what a date of it is the date of. */
    boolean namesTheLast(String clause) {
        return has(clause, LAST);
    }

    private boolean has(String text, String kind) {
        return cues.getOrDefault(kind, List.of()).stream().anyMatch(text::contains);
    }

    /** Whether {@code clause} is about another shop or account of the seller's (另一个店11月25号还有一笔): {@link DaysTold}. */
    boolean ofAnotherShop(String clause) {
        return days.ofAnotherShop(clause);
    }

    /** The number of days a reply states (上周 → 7, 二十天 → 20, 两个月 → 60), or -1 when it states none: {@link DaysTold}. */
    int daysIn(String text, LocalDate today) {
        return days.in(text, today);
    }

    /** The same, with the reply's {@code clauses} as read (at spaces and words like 不过, too). */
    int daysIn(String text, List<String> clauses, LocalDate today) {
        return days.in(text, clauses, today);
    }

    /** The days read with every month told without a day taken at its first day: {@link DaysTold#earliestIn}. */
    int earliestDaysIn(String text, List<String> clauses, LocalDate today) {
        return days.earliestIn(text, clauses, today);
    }

    /** Days from the most recent past date {@code text} names to {@code today}, or -1: {@link DaysTold#sinceDate}. */
    static int daysSinceDate(String text, LocalDate today) {
        return DaysTold.sinceDate(text, today);
    }

    /** A reply that is only a number, as a choice: 2, 第二个, 选3, 二, 那就第四个, 是5. */
    private static final Pattern CHOICE_NUMBER = Pattern.compile(
            "^(?:那就|就|那|算|是)?(?:我?(?:选(?:择)?|拣|挑))?(?:第)?([0-9]{1,2}|[一二两三四五六七八九十])(?:个|项|种|条|号|种情况|个选项)?(?:吧)?$");
    private static final String CHOICE_NUMBER_CHARS = RequiredChars.of(CHOICE_NUMBER);

    /** The number a reply is (2, 第二个, 选3, 二; Cantonese 揀3), or -1 when it is not a bare number. */
    static int numberIn(String compact) {
        if (!RequiredChars.mayMatch(CHOICE_NUMBER_CHARS, compact)) {
            return -1; // no digit: no number
        }
        Matcher m = CHOICE_NUMBER.matcher(compact);
        return m.matches() ? number(m.group(1)) : -1;
    }

    /** 20, 二十, 十五, 三十五, 两 → the number; -1 when it is not one. */
    static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int value = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            if (c == '十') {
                value += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            } else if (c == '两') {
                digit = 2;
            } else {
                int d = CHINESE_DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                digit = d;
            }
        }
        return value + Math.max(digit, 0);
    }
}
