package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.text.TextNormalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a reply states, counted back from the message's date: calendar dates (11月20号, 九月初), days of
 * this month or the last ones (上个月5号), numbered durations (二十天, 两个多月), duration words and named days
 * from {@code phrases.yaml} (上周, 国庆前), the seller's own today (今天是3月28号); of several, the most recent.
 * Made once per knowledge version by {@link AnswerLexicon}; read-only afterwards, so thread-safe.
 */
final class DaysTold {
    /** How far ahead a day named without a year is still to come, not last year's (12月10号 on 2 December). */
    private static final int SOON = 62;

    private static final Pattern NUMBERED_DURATION = Pattern.compile(
            "([0-9]{1,3}|[一二两三]?十几|[一二两三四五六七八九十]{1,3})(?:多)?(天|日|周|个多星期|个星期|星期|礼拜|个多礼拜|个礼拜|个月|个多月|月)");
    /** Months then days (一个月零三天, 1个月又10天, 一个月加五天). */
    private static final Pattern MONTHS_AND_DAYS = Pattern.compile(
            "([0-9]{1,2}|[一二两三四五六七八九十]{1,3})个月(?:零|又|加|另)([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:天|日)");
    /** Where a clause of a reply ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。.;；！!？?\\s]+");
    /**
     * A sale told (一单交易关闭, 确认收货了, 最后那单), or its ending in the seed's words said alone (上周才关闭, 前几天才完结, 退款
     * 上周才退完): at the 30-day step, the transaction's.
     */
    private static final Pattern SALE = Pattern.compile("交易|订单|[一那这]单|确认收货|成交|关闭|完结|退款|退完");
    /** The seller telling their own today before a calendar date (今天是3月28号, 今天12月3号). */
    private static final Pattern TODAY_SAID = Pattern.compile(
            "(?:今天|今日|今儿|现在)(?:是|已经是|已经|都)?(?=(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九十])月)");

    /**
     * A year told right before a month (2026年11月, 26年11月): the year that month is of. Two digits only as this decade's
     * and right against the month, so that years counted (老店15年 11月20号最后一单, 做了10年11月才停) are no year.
     */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:(20[0-9]{2})\\s*年\\s*|(2[0-9])年)$");
    /** A day of this month or the last ones (上个月5号, 本月1日). */
    private static final Pattern RELATIVE_DATE = Pattern.compile(
            "(上上个月|上个月|上月|这个月|这月|本月)([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)");
    /** A month named by where it stands (上个月, 这个月初), with no day: the day is read by RELATIVE_DATE. */
    private static final Pattern RELATIVE_MONTH = Pattern.compile(
            "(上上个月|上个月|上月|这个月|这月|本月)(初|上旬|中旬|下旬|中|底|末|尾)?(?![0-9一二三四五六七八九十])");
    /**
     * A calendar date (11月20号, 九月初, 10月中旬, 8月份): a month not counted (3个月 is a duration), with a day
     * or a part of the month.
     */
    private static final Pattern DATE = Pattern.compile(
            "(?<![个0-9])([0-9]{1,2}|十[一二]?|[一二三四五六七八九十])月(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日|(?![0-9个天单笔件元块万%]))|(份|初|上旬|中旬|下旬|中|底|末|尾))?");

    /**
     * A duration right after 后 and right before another happening (节后两天就确认收货了, 发货后三天买家签收): the gap between
     * the two, in group 1.
     */
    private static final Pattern GAP_AFTER = Pattern.compile(
            "(?:之后|以后|过后|后)(?:大概|大约|差不多)?(([0-9]{1,3}|[一二两三四五六七八九十]{1,3})多?(?:天|日|周|个星期|星期|礼拜|个礼拜|个月))"
            + "(?:左右)?(?:买家|客户|对方|他)?(?:就|才|又|再|也)?(?:点了?|点的)?(?:确认|收货|收到|签收|交易|成功|关闭|完结|完成|结束|发货|付款|下单)"
            // (not a span with none of it, 之后两个月交易都没有: no sale since, counted from the day before it)
            + "(?![^，,。；;\\s]{0,4}[没不无])");

    /** How many days before a named holiday's last day it may already be under way. */
    private static final int HOLIDAY_DAYS = 7;

    /** Days named by what falls on them (国庆前, 双十一), longest name first. */
    private final List<Map.Entry<String, MonthDay>> dates;
    /** Duration words, longest first, with their days. */
    private final List<Map.Entry<String, Integer>> durations;
    /** The cue kinds a text carries ({@link AnswerLexicon#cuesIn}): 不到 and 超过 around a number of days. */
    private final Function<String, List<String>> cues;
    /** Another shop or account of the seller's (我另一个店的, 别的店铺: {@code other-shop}): its dates are not this deposit's. */
    private final Pattern otherShop;
    /** How far off a date said before was (记错了一天): no days of a sale ({@code off-by}, optional). */
    private final Pattern offBy;

    DaysTold(Phrases phrases, TextNormalizer normalizer, Function<String, List<String>> cues) {
        List<Map.Entry<String, MonthDay>> named = new ArrayList<>();
        phrases.dates().forEach((word, day) -> named.add(Map.entry(normalizer.basic(word), day)));
        named.sort(Comparator.comparingInt((Map.Entry<String, MonthDay> e) -> e.getKey().length()).reversed()
                .thenComparing(Map.Entry::getKey));
        this.dates = List.copyOf(named);
        List<Map.Entry<String, Integer>> d = new ArrayList<>();
        phrases.durations().forEach((word, days) -> d.add(Map.entry(normalizer.basic(word), days)));
        d.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed()
                .thenComparing(Map.Entry::getKey));
        this.durations = List.copyOf(d);
        this.cues = cues;
        this.otherShop = phrases.pattern("other-shop");
        this.offBy = phrases.patterns().get("off-by");
    }

    /**
     * The days {@link #in} reads with every month told without a day taken at its first day (上个月就没单了: 1 November, not
     * its last day; 十月份: 1 October; 上个月底: the 21st): how long ago a vague date may be at most, where {@link #in}
     * says how recent it may be. A reply whose two readings fall on either side of a step's line says neither.
     */
    int earliestIn(String text, List<String> clauses, LocalDate today) {
        String early = firstDays(text);
        return in(early, early.equals(text) ? clauses : clauses.stream().map(DaysTold::firstDays).toList(), today);
    }

    /** {@code text} with each month named without a day given its first day (上个月 → 上个月1号, 十月份 → 十月1号). */
    private static String firstDays(String text) {
        Matcher r = RELATIVE_MONTH.matcher(text);
        StringBuilder out = new StringBuilder();
        while (r.find()) {
            r.appendReplacement(out, Matcher.quoteReplacement(r.group(1) + firstDayOf(r.group(2)) + "号"));
        }
        r.appendTail(out);
        Matcher d = DATE.matcher(out.toString());
        StringBuilder dated = new StringBuilder();
        while (d.find()) {
            String replaced = d.group(2) != null ? d.group() : d.group(1) + "月" + firstDayOf(d.group(3)) + "号";
            d.appendReplacement(dated, Matcher.quoteReplacement(replaced));
        }
        d.appendTail(dated);
        return dated.toString();
    }

    /** The first day of a part of a month (初 → 1, 中旬 → 11, 底 → 21; none or 份 → 1). */
    private static int firstDayOf(String part) {
        return switch (part == null ? "" : part) {
            case "中", "中旬" -> 11;
            case "下旬", "底", "末", "尾" -> 21;
            default -> 1;
        };
    }

    /** The number of days a reply states (上周 → 7, 二十天 → 20, 两个月 → 60), or -1 when it states none. */
    int in(String text, LocalDate today) {
        return in(text, List.of(CLAUSE_END.split(text)), today);
    }

    /** Whether {@code clause} is about another shop or account of the seller's ({@code other-shop}). */
    boolean ofAnotherShop(String clause) {
        return otherShop.matcher(clause).find();
    }

    /** The same, with the reply's {@code clauses} as read (at spaces and words like 不过, too). */
    int in(String text, List<String> clauses, LocalDate today) {
        // (how far off an earlier date was, 记错了一天, is no time since a sale)
        if (offBy != null && offBy.matcher(text).find()) {
            text = offBy.matcher(text).replaceAll("，");
            clauses = clauses.stream().map(c -> offBy.matcher(c).replaceAll("，")).toList();
        }
        // a clause about another shop of the seller's (11月5号那单是我另一个店的) tells none of this one's days; a reply all of
        // another shop's (另一个铺子最后一单是10月1号) tells none at all
        if (!clauses.isEmpty() && clauses.stream().allMatch(this::ofAnotherShop)) {
            return -1;
        }
        if (clauses.size() > 1) {
            for (String clause : clauses) {
                if (ofAnotherShop(clause)) {
                    text = text.replace(clause, "，");
                    clauses = clauses.stream().filter(c -> !c.equals(clause)).toList();
                }
            }
        }
        // the seller's own today (今天是3月28号, 今天12月3号) is what the date beside it counts to, and no date of a sale
        Matcher said = TODAY_SAID.matcher(text);
        if (said.find()) {
            Matcher d = DATE.matcher(text).region(said.end(), text.length());
            if (d.lookingAt() && d.group(2) != null) {
                int month = AnswerLexicon.number(d.group(1));
                int day = AnswerLexicon.number(d.group(2));
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
            int days = sinceDate(text, m, today);
            least = days >= 0 && (least < 0 || days < least) ? days : least;
        }
        return least;
    }

    private int daysSaid(String text, LocalDate today) {
        // a gap between two happenings (中秋节后两天就确认收货了, 国庆后三天确认收货的) counts from the first, not back from
        // today: out of the text, and taken off the days of the first when it is named; "since" (确认收货后两个月了) stays
        int gap = 0;
        Matcher between = GAP_AFTER.matcher(text);
        if (between.find()) {
            Matcher d = NUMBERED_DURATION.matcher(between.group(1));
            int n = d.lookingAt() ? count(d.group(1)) : -1;
            if (n >= 0) {
                gap = inDays(n, d.group(2));
                text = text.substring(0, between.start(1)) + " " + text.substring(between.end(1));
            }
        }
        int days = daysFrom(text, today);
        return days < 0 || gap == 0 ? days : Math.max(0, days - gap);
    }

    /** A {@link #NUMBERED_DURATION}'s count: 20, 二十, 两; ten and some (十几, 二十几) its middle, 15 and 25. */
    private static int count(String said) {
        if (!said.endsWith("几")) {
            return AnswerLexicon.number(said);
        }
        int tens = AnswerLexicon.number(said.substring(0, said.length() - 1));
        return tens < 0 ? -1 : tens + 5;
    }

    /** {@code n} of a {@link #NUMBERED_DURATION}'s unit (天, 周, 个月…), in days. */
    private static int inDays(int n, String unit) {
        return switch (unit) {
            case "天", "日" -> n;
            case "周", "个星期", "星期", "礼拜", "个礼拜" -> n * 7;
            // (two weeks and some, 两个多星期: half a week more)
            case "个多星期", "个多礼拜" -> n * 7 + 3;
            default -> n * 30;
        };
    }

    private int daysFrom(String text, LocalDate today) {
        // months and days said together (一个月零三天, 一个月又十天): their sum, in days
        Matcher both = MONTHS_AND_DAYS.matcher(text);
        if (both.find()) {
            int months = AnswerLexicon.number(both.group(1));
            int days = AnswerLexicon.number(both.group(2));
            if (months >= 0 && days >= 0) {
                text = text.substring(0, both.start()) + (months * 30 + days) + "天" + text.substring(both.end());
            }
        }
        int dated = sinceDate(text, today);
        if (dated >= 0) {
            return dated;
        }
        // (a day to come, 12月10号 on 2 December, is no number of months either: 12月 is not twelve months ago; nor is a
        // month of a year to come, 2027年2月)
        if (dayToCome(text, today) || yearToCome(text, today)) {
            return -1;
        }
        Matcher m = NUMBERED_DURATION.matcher(text);
        if (m.find()) {
            int n = count(m.group(1));
            if (n >= 0) {
                int days = inDays(n, m.group(2)) + (m.group(2).equals("个多月") ? 10 : 0);
                // 不到30天 is fewer than 30; 超过30天 / 30多天 more
                List<String> around = cues.apply(text);
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
        Map.Entry<String, MonthDay> lastNamed = null;
        int at = -1;
        // (of names overlapping, the one starting first, then the longer: 双11 of 双11后, not 11后)
        int taken = 0;
        for (int i = 0; i < text.length(); i++) {
            for (Map.Entry<String, MonthDay> d : dates) {
                if (i >= taken && text.startsWith(d.getKey(), i)) {
                    at = i;
                    lastNamed = d;
                    taken = i + d.getKey().length();
                    break;
                }
            }
        }
        if (lastNamed != null) {
            // the most recent such day, this year's or, when still to come or said of last year (去年双十一), last year's
            LocalDate day = lastNamed.getValue().atYear(today.getYear());
            if (day.isAfter(today) && !day.minusDays(HOLIDAY_DAYS).isAfter(today)) {
                return 0; // a holiday under way (国庆 on 3 October)
            }
            // (one soon to come, 双12 on 2 December, is no past day: a presale, or a sale not ended)
            // (…nor one early next year, across the year's end: 元旦 on 6 December, 那就是元旦之后了)
            if (!text.contains("去年" + lastNamed.getKey()) && soonToCome(day, today, text.contains("今年"))) {
                return -1;
            }
            boolean lastYear = day.isAfter(today) || text.contains("去年" + lastNamed.getKey());
            return (int) ChronoUnit.DAYS.between(lastYear ? lastNamed.getValue().atYear(today.getYear() - 1) : day, today);
        }
        return -1;
    }

    /** Whether {@code text} names a calendar day soon to come (12月10号 on 2 December). */
    static boolean dayToCome(String text, LocalDate today) {
        Matcher m = DATE.matcher(text);
        if (!m.find() || m.group(2) == null) {
            return false;
        }
        int month = AnswerLexicon.number(m.group(1));
        int day = AnswerLexicon.number(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(today.getYear(), month).lengthOfMonth()) {
            return false;
        }
        LocalDate date = LocalDate.of(today.getYear(), month, day);
        return !text.contains("去年") && soonToCome(date, today, text.contains("今年"));
    }

    /**
     * Whether {@code date}, a day named without a year (this year's), is soon to come: this year's, or, across the year's end,
     * next year's (1月3号 on 6 December) unless {@code thisYear} (said of this year, 今年, or named with no day).
     */
    private static boolean soonToCome(LocalDate date, LocalDate today, boolean thisYear) {
        LocalDate soon = today.plusDays(SOON);
        return date.isAfter(today) ? !date.isAfter(soon) : !thisYear && !date.plusYears(1).isAfter(soon);
    }

    /** Whether {@code text} names a month of a year told (2027年2月) that is still to come. */
    private static boolean yearToCome(String text, LocalDate today) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Matcher y = YEAR.matcher(text).region(0, m.start());
            if (y.find() && sinceDate(text, m, today) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Days from the most recent past date {@code text} names (11月20号, 九月初) to {@code today}, or -1.
     * A month or a part of one counts from its latest day (8月份: 31 August), so that a vague date never
     * reads as longer ago than it may be.
     */
    static int sinceDate(String text, LocalDate today) {
        return sinceDate(text, null, today);
    }

    /** The same, for the calendar date {@code at} found in {@code text} (null: the first one there). */
    private static int sinceDate(String text, Matcher at, LocalDate today) {
        Matcher r = RELATIVE_DATE.matcher(text);
        if (at == null && r.find()) {
            int day = AnswerLexicon.number(r.group(2));
            YearMonth ym = YearMonth.from(today).minusMonths(r.group(1).startsWith("上上") ? 2
                    : r.group(1).startsWith("上") ? 1 : 0);
            if (day >= 1 && day <= ym.lengthOfMonth() && !ym.atDay(day).isAfter(today)) {
                return (int) ChronoUnit.DAYS.between(ym.atDay(day), today);
            }
            return -1;
        }
        Matcher m = at != null ? at : DATE.matcher(text);
        if (at == null && !m.find()) {
            return -1;
        }
        int month = AnswerLexicon.number(m.group(1));
        if (month < 1 || month > 12) {
            return -1;
        }
        YearMonth ym = YearMonth.of(today.getYear(), month);
        int day;
        if (m.group(2) != null) {
            day = AnswerLexicon.number(m.group(2));
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
        // a year told before the month (2025年10月, 2027年1月): that year's day; one still to come is no past day
        Matcher y = YEAR.matcher(text).region(0, m.start());
        if (y.find()) {
            int year = Integer.parseInt(y.group(1) != null ? y.group(1) : y.group(2));
            YearMonth told = YearMonth.of(year < 100 ? 2000 + year : year, month);
            LocalDate then = told.atDay(Math.min(day, told.lengthOfMonth()));
            // (this month named with its year and no day, 2026年12月份 on 5 December: as recent as today)
            if (m.group(2) == null && told.equals(YearMonth.from(today))) {
                return 0;
            }
            return then.isAfter(today) ? -1 : (int) ChronoUnit.DAYS.between(then, today);
        }
        // this month or a part of it named without a day (12月初, 12月份 on 5 December): as recent as today, not last year's
        // (not the month it is now, 现在都12月了)
        if (m.group(2) == null && (m.group(3) != null || text.startsWith("份", m.end())) && ym.equals(YearMonth.from(today))
                && date.isAfter(today)) {
            return 0;
        }
        // a day soon to come (on 2 December, 12月10号: the sale not ended yet, or a presale): no past date, whatever last
        // year's day of that name was; one said of last year (去年12月10号) is last year's
        // (…so is one early next year, across the year's end: 1月3号 on 6 December, a wait told, 那要到1月3号以后; not a day
        // past this year's, said with 今年, nor a month named with no day)
        if (!text.contains("去年") && soonToCome(date, today, m.group(2) == null || text.contains("今年"))) {
            return -1;
        }
        if (date.isAfter(today)) {
            // a month not yet reached this year, or later this month than today: last year's
            YearMonth last = ym.minusYears(1);
            date = last.atDay(Math.min(day, last.lengthOfMonth()));
        }
        return (int) ChronoUnit.DAYS.between(date, today);
    }
}
