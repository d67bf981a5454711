package dev.xiaoer.text;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Dates and spans of time as sellers type them in figures or English, rewritten in the words the rest of
 * the bot reads (11月20号, 7周前): {@code 10/28} and {@code 10.28} → 10月28号, {@code Oct 15} and {@code 15th October} →
 * 10月15号, {@code 7 weeks ago} → 7周前. Punctuation becomes a space after this, so {@code 10/28} would
 * otherwise read as the number 1028, and an English month as a word no step knows.
 * Applied to the folded (NFKC, lower-case) text; stateless. (Words are bounded by letters, not {@code \b}, which
 * counts Chinese characters as word characters: 最后一单Oct 15交易成功.)
 */
final class WrittenDates {
    /**
     * A month and day with a slash (10/28, 3/5号): not part of a longer figure (1/2/3
     * too), nor the halves, thirds and quarters people write as 1/2, 1/3, 1/4 (运费各出1/2), nor counts of days,
     * orders or points (7/15天发货, 5/10单, 2/3都交易成功了).
     */
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![0-9./:-])(?!1/[234](?![0-9]))(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])(?![0-9/.%天单件个笔分份次都h]|小时)(?:号|日)?");
    /**
     * A month and day with a dot (10.28, 11.05, 3.8号): a two-figure day, or one with 号/日, so that the decimals of
     * prices and counts (运费12.5, 1.5天, 9.9包邮) are left alone, nor a figure followed by a unit (10.28元, 10.15万) or
     * after an amount's or a score's name (单价3.15, 金额10.28, 评分4.25).
     */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![0-9a-z./:-])(?<!单价|金额|价格|价钱|评分|分数|运费|邮费|费用|货款|价|费|分|¥|￥|钱|重|约|共|均)(1[0-2]|0?[1-9])\\.(?:(3[01]|[12][0-9]|0[1-9])(?![0-9/.%天单件个笔分份次都h元块万千百倍折斤米克gkmw]|小时|公斤)(?:号|日)?"
                    + "|([1-9])(?:号|日))");
    /**
     * A month and day with a dash (10-20, 11-05号): a two-figure day, or one with 号/日, never a span of something counted
     * (5-10天, 3-15单, 7-10个工作日) nor part of a longer figure (2026-10-20 is read whole, 1-2-3 not at all).
     */
    private static final Pattern DASHED = Pattern.compile(
            "(?<![0-9a-z./:-])(1[0-2]|0?[1-9])-(?:(3[01]|[12][0-9]|0[1-9])(?![0-9/.%天单件个笔分份次都h元块万千百倍折斤米克gkmw-]|小时|公斤|周|月|年)(?:号|日)?"
                    + "|([1-9])(?:号|日))");
    /** Two figures joined by a dash that is no date: a span (5-10天, 3-5单). */
    private static final Pattern SPAN = Pattern.compile("([0-9])-(?=[0-9])");
    /**
     * A full date with the year (2026.10.20, 2026/10/20, 2026-10-20): its month and day, as the rest reads dates of the
     * past year; the year is left out (a date a year back is read as this year's, fewer days ago than it was).
     */
    private static final Pattern WITH_YEAR = Pattern.compile(
            "(?<![0-9])20[0-9]{2}([./-])(1[0-2]|0?[1-9])\\1(3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:号|日)?");
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    /** Oct 15, october 15th, oct. 15 */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![a-z])" + MONTH + "\\.?\\s*" + DAY + "(?![0-9a-z])");
    /** 15 oct, 15th of october */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![0-9a-z.])" + DAY + "\\s*(?:of\\s+)?" + MONTH + "(?![a-z])");
    /** 7 weeks ago, 3 days ago, 2 months ago */
    private static final Pattern AGO = Pattern.compile("(?<![0-9a-z.])([0-9]{1,3})\\s*(days?|weeks?|months?)\\s+ago(?![a-z])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private WrittenDates() {
    }

    /** {@code folded} with its figure and English dates in Chinese words; the same string when it has none. */
    static String rewrite(String folded) {
        if (!holds(folded, '0', '9')) {
            return folded;
        }
        String out = folded;
        if (out.indexOf('.') >= 0 || out.indexOf('/') >= 0 || out.indexOf('-') >= 0) {
            out = WITH_YEAR.matcher(out).replaceAll(m -> number(m.group(2)) + "月" + number(m.group(3)) + "号");
        }
        if (out.indexOf('/') >= 0) {
            out = SLASHED.matcher(out).replaceAll(m -> number(m.group(1)) + "月" + number(m.group(2)) + "号");
        }
        if (out.indexOf('-') >= 0) {
            out = DASHED.matcher(out).replaceAll(m -> number(m.group(1)) + "月"
                    + number(m.group(2) != null ? m.group(2) : m.group(3)) + "号");
            // a span left (5-10天内寄回): 到, so that dropping the dash with the rest of the punctuation does not make one
            // number of its figures (510天)
            out = SPAN.matcher(out).replaceAll("$1到");
        }
        if (out.indexOf('.') >= 0) {
            out = DOTTED.matcher(out).replaceAll(m -> number(m.group(1)) + "月"
                    + number(m.group(2) != null ? m.group(2) : m.group(3)) + "号");
        }
        if (holds(out, 'a', 'z')) {
            out = MONTH_DAY.matcher(out).replaceAll(m -> MONTHS.get(m.group(1).substring(0, 3)) + "月" + number(m.group(2)) + "号");
            out = DAY_MONTH.matcher(out).replaceAll(m -> MONTHS.get(m.group(2).substring(0, 3)) + "月" + number(m.group(1)) + "号");
            out = AGO.matcher(out).replaceAll(WrittenDates::ago);
        }
        return out;
    }

    private static String ago(MatchResult m) {
        String unit = m.group(2);
        return m.group(1) + (unit.startsWith("day") ? "天前" : unit.startsWith("week") ? "周前" : "个月前");
    }

    private static int number(String figures) {
        return Integer.parseInt(figures);
    }

    /** Whether {@code s} holds a character from {@code from} to {@code to} (a digit, a Latin letter): most texts hold none. */
    private static boolean holds(String s, char from, char to) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }
}
