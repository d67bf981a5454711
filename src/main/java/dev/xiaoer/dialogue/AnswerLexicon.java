package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * and negative words, the polarity cues, and the durations a seller may state (上周, 才二十天,
 * 两个多月了), all from {@code phrases.yaml} in the form the message is compared in.
 */
final class AnswerLexicon {
    private static final Pattern NUMBERED_DURATION = Pattern.compile(
            "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:多)?(天|日|周|个星期|星期|礼拜|个礼拜|个月|个多月|月)");
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    /** Where a clause of a reply ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。.;；！!？?\\s]+");
    /** A sale told (一单交易关闭, 确认收货了, 最后那单). */
    private static final Pattern SALE = Pattern.compile("交易|订单|[一那这]单|确认收货|成交");

    /** "Either … or …" inside one clause (不是交易成功就是交易关闭, 不是成功就是关闭了). */
    private static final Pattern EITHER = Pattern.compile("不是([^，。,.!！?？;；\\s]{1,12}?)就是");

    /** The seller telling their own today before a calendar date (今天是3月28号, 今天12月3号). */
    private static final Pattern TODAY_SAID = Pattern.compile(
            "(?:今天|今日|今儿|现在)(?:是|已经是|已经|都)?(?=(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九十])月)");

    /** A day of this month or the last ones (上个月5号, 本月1日). */
    private static final Pattern RELATIVE_DATE = Pattern.compile(
            "(上上个月|上个月|上月|这个月|这月|本月)([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)");
    /** A month named by where it stands (上个月, 这个月初), with no day: the day is read by RELATIVE_DATE. */
    private static final Pattern RELATIVE_MONTH = Pattern.compile(
            "(上上个月|上个月|上月|这个月|这月|本月)(初|上旬|中旬|下旬|中|底|末)?(?![0-9一二三四五六七八九十])");
    /**
     * A calendar date (11月20号, 九月初, 10月中旬, 8月份): a month not counted (3个月 is a duration), with a day
     * or a part of the month.
     */
    private static final Pattern DATE = Pattern.compile(
            "(?<![个0-9])([0-9]{1,2}|十[一二]?|[一二三四五六七八九十])月(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)|(份|初|上旬|中旬|下旬|中|底|末))?");

    private final TextNormalizer normalizer;
    private final Set<String> affirmative;
    private final Set<String> negative;
    /** Each cue kind's words, longest first. */
    private final Map<String, List<String>> cues = new HashMap<>();
    private final CueFirsts firsts; // the same kinds in the same order, and which of them a text can hold
    /** Days named by what falls on them (国庆前, 双十一), longest name first. */
    private final List<Map.Entry<String, java.time.MonthDay>> dates;
    /** The cue kind of phrases that say nothing is still pending (没有处理中的): read as complete. */
    private static final String NONE_PENDING = "none-pending";
    /** The cue kinds of an exception (除了…) and of what was never had (本来就没开通): read together, not as cues. */
    private static final String EXCEPT = "except";
    private static final String NEVER_HAD = "never-had";
    private static final String ALL_ITEMS = "all-items";
    private static final String NONE_ELSE = "none-else";
    private static final String THING_ALONE = "thing-alone";
    /** The cue kinds read on their own terms, never reported as a reply's polarity cues. */
    private static final Set<String> READ_APART = Set.of(NONE_PENDING, EXCEPT, NEVER_HAD, ALL_ITEMS, NONE_ELSE, THING_ALONE);
    /** How far from its head the 的 of "there is none that is still…" may stand. */
    private static final int NONE_PENDING_REACH = 20;
    /** How many days before a named holiday's last day it may already be under way. */
    private static final int HOLIDAY_DAYS = 7;
    /** What right after a none-pending head makes it the answer "no" (没有啦, 没有呢). */
    private static final String ANSWER_NO = "啦呢吧呀啊哦喔嘛 ";
    /** Duration words, longest first, with their days. */
    private final List<Map.Entry<String, Integer>> durations;
    /** Where a clause ends without punctuation: 但是, 不过, 有时候… (from {@code phrases.yaml}). */
    private final ReplyClauses clauses;
    /** Words with which a seller takes back what they just said (哦不对, 说错了). */
    private final List<String> corrections;
    /** Words that begin with a negation but negate nothing (没问题, 不行), longest first. */
    private final List<String> nonNegators;
    /** Those of them that are unsure words all the same (不知道, 不清楚). */
    private final Set<String> unsureIdioms;

    AnswerLexicon(Phrases phrases, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.affirmative = phrases.affirmative().stream().map(p -> normalizer.utterance(p).compact())
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.negative = phrases.negative().stream().map(p -> normalizer.utterance(p).compact())
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        phrases.cues().forEach((kind, words) -> cues.put(kind, words.stream().map(normalizer::basic)
                .filter(w -> !w.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed()).toList()));
        this.firsts = new CueFirsts(cues);
        List<Map.Entry<String, java.time.MonthDay>> named = new ArrayList<>();
        phrases.dates().forEach((word, day) -> named.add(Map.entry(normalizer.basic(word), day)));
        named.sort(Comparator.comparingInt((Map.Entry<String, java.time.MonthDay> e) -> e.getKey().length()).reversed()
                .thenComparing(Map.Entry::getKey));
        this.dates = List.copyOf(named);
        List<Map.Entry<String, Integer>> d = new ArrayList<>();
        phrases.durations().forEach((word, days) -> d.add(Map.entry(normalizer.basic(word), days)));
        d.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed()
                .thenComparing(Map.Entry::getKey));
        this.durations = List.copyOf(d);
        List<String> breaks = phrases.clauseBreaks().stream().map(normalizer::basic).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        this.clauses = new ReplyClauses(Pattern.compile(breaks.isEmpty() ? "(?!)" : "(?=" + String.join("|", breaks) + ")"),
                this::cuesIn);
        this.corrections = phrases.corrections().stream().map(normalizer::basic).filter(w -> !w.isEmpty()).toList();
        this.nonNegators = phrases.nonNegators().stream().map(normalizer::basic).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        // both lists are in the basic form (normalizer.basic above), so equal words are equal strings
        List<String> unsureWords = cues.getOrDefault("unsure", List.of());
        this.unsureIdioms = nonNegators.stream().filter(unsureWords::contains).collect(Collectors.toUnmodifiableSet());
    }

    TextNormalizer normalizer() {
        return normalizer;
    }

    /** The parts of a reply to read on their own ({@link ReplyClauses#of}). */
    List<String> answerClauses(Utterance u) {
        return clauses.of(u);
    }

    /**
     * What a reply says once the seller has corrected themselves (超过30天了吧…哦不对，上个礼拜还有一单
     * 才关闭): only what follows the last correction; the reply itself when there is none.
     */
    Utterance corrected(Utterance u) {
        String basic = u.basic();
        int after = -1;
        for (String marker : corrections) {
            int at = basic.lastIndexOf(marker);
            if (at >= 0 && at + marker.length() > after) {
                after = at + marker.length();
            }
        }
        String rest = after < 0 || after >= basic.length() ? basic : basic.substring(after).strip();
        // "either … or …" (不是交易成功就是交易关闭) names the states all of them are in, and denies none
        Matcher either = EITHER.matcher(rest);
        if (either.find()) {
            rest = either.replaceAll("$1或");
        }
        return rest.isEmpty() || rest.equals(basic) ? u : normalizer.utterance(rest);
    }

    boolean isAffirmative(String compact) {
        return affirmative.contains(compact);
    }

    boolean isNegative(String compact) {
        return negative.contains(compact);
    }

    /**
     * The cue kinds present in {@code text} (compact form); 没问题, 不错, 一人一半 and the like are no cue,
     * but an unsure one is still read as unsure (不知道开没开过).
     */
    List<String> cuesIn(String text) {
        List<String> found = new ArrayList<>(2);
        // "there is none that is still…" (没有处理中的) is complete, and its 没 and 中 say nothing more
        String rest = withoutNonePending(text);
        if (!rest.equals(text)) {
            found.add("complete");
            text = rest;
        }
        // an exception told as never had (除了官方直送我们本来就没开通) leaves nothing out
        for (String except : cues.getOrDefault(EXCEPT, List.of())) {
            int at = text.indexOf(except);
            if (at >= 0 && has(text.substring(at + except.length()), NEVER_HAD)) {
                text = text.substring(0, at) + text.substring(at + except.length());
            }
        }
        String unsure = text;
        for (String idiom : nonNegators) {
            if (text.contains(idiom)) {
                text = text.replace(idiom, "");
                // an idiom that is itself unsure (不知道) stays for that reading; one that is not (我去查了) goes
                unsure = unsureIdioms.contains(idiom) ? unsure : unsure.replace(idiom, "");
            }
        }
        long inText = firsts.possibleIn(text);
        long inUnsure = unsure == text ? inText : firsts.possibleIn(unsure);
        for (int i = 0; i < firsts.kinds().size(); i++) {
            Map.Entry<String, List<String>> e = firsts.kinds().get(i);
            boolean isUnsure = e.getKey().equals("unsure");
            if (!CueFirsts.mayHold(isUnsure ? inUnsure : inText, i) || READ_APART.contains(e.getKey())
                    || found.contains(e.getKey())) {
                continue; // no word of the kind can be in the text: none of them begins with a character of it
            }
            String read = isUnsure ? unsure : text;
            for (String word : e.getValue()) {
                if (read.contains(word)) {
                    found.add(e.getKey());
                    break;
                }
            }
        }
        // a guess is a partial answer too (应该都关了吧)
        if (found.contains("guess") && !found.contains("partial")) {
            found.add("partial");
        }
        return found;
    }

    /**
     * {@code text} without its "there is none that is still…" spans: a none-pending head (没有, 不存在),
     * then up to the next 的, in the same clause, a 'still' or a 'not' (没有还在进行中的, 不存在没处理完的), or a
     * second 'not' right after the head (没有未完成订单). A head that is the answer "no" is none: one
     * followed by a particle or another head (没有啦, 没有没有), or a span that says more than a state —
     * a number of days, fewer or more, a 有 of its own (没有还有两单在途的: "no, two still are"), a 我
     * (没有我还在查的), a part or a guess.
     */
    private String withoutNonePending(String text) {
        for (String head : cues.getOrDefault(NONE_PENDING, List.of())) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int from = at + head.length();
                if (from >= text.length() || ANSWER_NO.indexOf(text.charAt(from)) >= 0 || text.charAt(from) == '了') {
                    // the same said the other way round: what is still pending, then "none" (没完结的单子没有了)
                    int of = text.lastIndexOf('的', at);
                    int start = text.lastIndexOf(' ', at) + 1;
                    if (of > start && pendingOnly(text.substring(start, of))) {
                        return withoutNonePending(text.substring(0, start) + " " + text.substring(from));
                    }
                    continue;
                }
                if (text.startsWith(head, from)) {
                    continue;
                }
                int end = text.indexOf('的', from);
                String span = end < 0 ? "" : text.substring(from, end);
                if (end < 0 || end - at > NONE_PENDING_REACH || span.indexOf(' ') >= 0) {
                    if (has(text.substring(from, from + 1), "negation") && !text.startsWith("有", from + 1)) {
                        return withoutNonePending(text.substring(0, at) + " " + text.substring(from + 1));
                    }
                    continue;
                }
                if (pendingOnly(span)) {
                    return withoutNonePending(text.substring(0, at) + " " + text.substring(end + 1));
                }
            }
        }
        return text;
    }

    /** Whether {@code span} names only a state still pending (处理中, 没完结, 还在退款): no number, part or guess. */
    private boolean pendingOnly(String span) {
        boolean state = has(span, "still") || has(span, "negation");
        boolean more = span.chars().anyMatch(Character::isDigit) || span.indexOf('有') >= 0
                || span.indexOf('我') >= 0 || has(span, "under") || has(span, "over") || has(span, "partial") || has(span, "others")
                || has(span, "unsure") || has(span, "guess");
        return state && !more;
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

    /** Whether {@code text} is only the name of a thing, which answers no step (快递, 圆通: 物流). */
    boolean namesAThingOnly(String text) {
        return cues.getOrDefault(THING_ALONE, List.of()).contains(text);
    }

    /**
     * Whether {@code clause} only says there is nothing else (其他没有, 现在没有别的) or nothing still pending
     * (现在没有进行中的了): it ends with a {@code none-else} phrase, or reads as "none pending".
     */
    boolean saysNoneElse(String clause) {
        String end = clause.replaceAll("[了啦的呢哦]+$", "");
        return cues.getOrDefault(NONE_ELSE, List.of()).stream().anyMatch(end::endsWith)
                || !withoutNonePending(clause).equals(clause);
    }

    /** Whether {@code text} has a word for all of a step's items (都, 也, 什么的): no part then. */
    boolean saysAllItems(String text) {
        return has(text, ALL_ITEMS);
    }

    private boolean has(String text, String kind) {
        return cues.getOrDefault(kind, List.of()).stream().anyMatch(text::contains);
    }

    /** The number of days a reply states (上周 → 7, 二十天 → 20, 两个月 → 60), or -1 when it states none. */
    int daysIn(String text, LocalDate today) {
        return daysIn(text, List.of(CLAUSE_END.split(text)), today);
    }

    /** The same, with the reply's {@code clauses} as read (at spaces and words like 不过, too). */
    int daysIn(String text, List<String> clauses, LocalDate today) {
        // the seller's own today (今天是3月28号, 今天12月3号) is what the date beside it counts to, and no date of a sale
        Matcher said = TODAY_SAID.matcher(text);
        if (said.find()) {
            Matcher d = DATE.matcher(text).region(said.end(), text.length());
            if (d.lookingAt() && d.group(2) != null) {
                int month = number(d.group(1));
                int day = number(d.group(2));
                if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(today.getYear(), month).lengthOfMonth()) {
                    LocalDate theirs = LocalDate.of(today.getYear(), month, day);
                    // (a today well after ours is last year's: the message was written before the new year)
                    today = theirs.isAfter(today.plusDays(1)) ? theirs.minusYears(1) : theirs;
                    text = text.substring(0, said.start()) + text.substring(d.end());
                }
            }
        }
        int told = daysSaid(text, today);
        // of several calendar dates told (不是10月20号就是11月25号; 现在是12月，最后一单是11月28号), the most recent
        // counts: a reply never reads as longer ago than one of its dates
        int recent = mostRecentDate(text, today);
        told = recent >= 0 && (told < 0 || recent < told) ? recent : told;
        // …and a sale told in a clause of its own as recent (超过30天了，只是上周还有一单交易关闭; 不过有一单昨天刚交易成功)
        int sold = recentSale(clauses);
        return sold >= 0 && told >= 0 && sold < told ? sold : told;
    }

    /**
     * The fewest days of a recent duration (昨天, 上周, 这几天; 今天 unless it is what is counted to: 到今天, 今天是)
     * named in a clause that tells a sale (交易, 一单, 确认收货), or -1.
     */
    private int recentSale(List<String> clauses) {
        int least = -1;
        for (String said : clauses) {
            if (!SALE.matcher(said).find()) {
                continue;
            }
            // (a month named by where it stands is read whole elsewhere: 上上个月底 holds 上个月底)
            String clause = RELATIVE_MONTH.matcher(RELATIVE_DATE.matcher(said).replaceAll(" ")).replaceAll(" ");
            for (Map.Entry<String, Integer> d : durations) {
                int at = clause.indexOf(d.getKey());
                if (at < 0 || d.getValue() >= 30 || d.getValue() == 0 && (clause.contains("到今天") || clause.contains("今天是"))) {
                    continue;
                }
                least = least < 0 || d.getValue() < least ? d.getValue() : least;
            }
        }
        return least;
    }

    /** The most recent of the calendar dates named in {@code text}, in days before {@code today}, or -1. */
    private static int mostRecentDate(String text, LocalDate today) {
        int least = -1;
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int days = daysSinceDate(m.group(), today);
            least = days >= 0 && (least < 0 || days < least) ? days : least;
        }
        return least;
    }

    private int daysSaid(String text, LocalDate today) {
        int dated = daysSinceDate(text, today);
        if (dated >= 0) {
            return dated;
        }
        Matcher m = NUMBERED_DURATION.matcher(text);
        if (m.find()) {
            int n = number(m.group(1));
            if (n >= 0) {
                int days = switch (m.group(2)) {
                    case "天", "日" -> n;
                    case "周", "个星期", "星期", "礼拜", "个礼拜" -> n * 7;
                    default -> n * 30 + (m.group(2).contains("多") ? 10 : 0);
                };
                // 不到30天 is fewer than 30; 超过30天 / 30多天 more
                List<String> around = cuesIn(text);
                if (around.contains("under")) {
                    return Math.max(0, days - 1);
                }
                return around.contains("over") || m.group(0).contains("多") ? days + 1 : days;
            }
        }
        // a month with no day, after any number of days said beside it (上个月初，算下来四十多天了)
        Matcher named = RELATIVE_MONTH.matcher(text);
        if (named.find()) {
            // 上个月就没单了: last month, counted from its latest day (or the latest of the part named)
            YearMonth ym = YearMonth.from(today).minusMonths(named.group(1).startsWith("上上") ? 2
                    : named.group(1).startsWith("上") ? 1 : 0);
            String part = named.group(2) == null ? "" : named.group(2);
            int day = switch (part) {
                case "初", "上旬" -> 10;
                case "中", "中旬" -> 20;
                default -> ym.lengthOfMonth();
            };
            LocalDate date = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            return date.isAfter(today) ? 0 : (int) ChronoUnit.DAYS.between(date, today);
        }
        for (Map.Entry<String, Integer> d : durations) {
            if (text.contains(d.getKey())) {
                return d.getValue();
            }
        }
        // after any duration said (618那单上周才确认收货: 上周), the day named last (双十一那单是别的店的，我们最后一单是国庆前), whatever order the names are listed in
        Map.Entry<String, java.time.MonthDay> lastNamed = null;
        int at = -1;
        for (Map.Entry<String, java.time.MonthDay> d : dates) {
            int i = text.lastIndexOf(d.getKey());
            if (i > at) {
                at = i;
                lastNamed = d;
            }
        }
        if (lastNamed != null) {
            // the most recent such day, this year's or, when still to come or said of last year (去年双十一), last year's
            LocalDate day = lastNamed.getValue().atYear(today.getYear());
            if (day.isAfter(today) && !day.minusDays(HOLIDAY_DAYS).isAfter(today)) {
                return 0; // a holiday under way (国庆 on 3 October)
            }
            boolean lastYear = day.isAfter(today) || text.contains("去年" + lastNamed.getKey());
            return (int) ChronoUnit.DAYS.between(lastYear ? lastNamed.getValue().atYear(today.getYear() - 1) : day, today);
        }
        return -1;
    }

    /**
     * Days from the most recent past date {@code text} names (11月20号, 九月初) to {@code today}, or -1.
     * A month or a part of one counts from its latest day (8月份: 31 August), so that a vague date never
     * reads as longer ago than it may be.
     */
    static int daysSinceDate(String text, LocalDate today) {
        Matcher r = RELATIVE_DATE.matcher(text);
        if (r.find()) {
            int day = number(r.group(2));
            YearMonth ym = YearMonth.from(today).minusMonths(r.group(1).startsWith("上上") ? 2
                    : r.group(1).startsWith("上") ? 1 : 0);
            if (day >= 1 && day <= ym.lengthOfMonth() && !ym.atDay(day).isAfter(today)) {
                return (int) ChronoUnit.DAYS.between(ym.atDay(day), today);
            }
            return -1;
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return -1;
        }
        int month = number(m.group(1));
        if (month < 1 || month > 12) {
            return -1;
        }
        YearMonth ym = YearMonth.of(today.getYear(), month);
        int day;
        if (m.group(2) != null) {
            day = number(m.group(2));
            if (day < 1 || day > 31) {
                return -1;
            }
        } else {
            String part = m.group(3) == null ? "" : m.group(3);
            day = switch (part) {
                case "初", "上旬" -> 10;
                case "中", "中旬" -> 20;
                default -> 31;
            };
        }
        LocalDate date = ym.atDay(Math.min(day, ym.lengthOfMonth()));
        if (date.isAfter(today)) {
            // a month not yet reached this year, or later this month than today: last year's
            YearMonth last = ym.minusYears(1);
            date = last.atDay(Math.min(day, last.lengthOfMonth()));
        }
        return (int) ChronoUnit.DAYS.between(date, today);
    }

    /** A reply that is only a number, as a choice: 2, 第二个, 选3, 二, 那就第四个. */
    private static final Pattern CHOICE_NUMBER = Pattern.compile(
            "^(?:那就|就|那|算)?(?:我?选(?:择)?)?(?:第)?([0-9]{1,2}|[一二两三四五六七八九十])(?:个|项|种|条|号|种情况|个选项)?(?:吧)?$");

    /** The number a reply is (2, 第二个, 选3, 二), or -1 when it is not a bare number. */
    static int numberIn(String compact) {
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
