package dev.xiaoer.dialogue;

import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What keeps a step's "all met" from standing though a reply's words read as it (sixteenth session's reviewers): a plan or
 * a time to come (明天跟他说), fewer counted done than all there are (10单有9单成功了), "none in one state" (没有待发货的了),
 * and English that says not all (not all closed yet, 3 of 4). Part of {@link ClauseVerdicts}; immutable and thread-safe.
 */
final class NotAllMet {
    /** What a plan does when it is of the step's answer: tell, send, agree, finish (明天跟他说, 等下发他, 就结案). */
    private static final Pattern DONE_LATER =
            Pattern.compile("说|讲|发|告诉|确认|谈|约|定|传|结案|完结|处理|关|退出|收货|成功");
    /** A count of things (10单, 4个, 98笔, 100多单, 两个), not of time (两个月). */
    private static final Pattern COUNT = Pattern.compile("(\\d{1,4}|[一二两三四五六七八九十]{1,3})多?(?:个(?!月|多月|礼拜|星期|小时|钟头|工作日|半月)|单|笔|件|条|项)");
    /** One or some "of them" (其中一个, 其中两单): a part of a whole told before. */
    private static final Pattern ONE_OF_THEM = Pattern.compile("其中(?:有)?[一两二三四五几]?(?:个|单|笔|件)");
    /** The rest named (其他两个, 另一个, 剩下的): said of too, after "one of them". */
    private static final Pattern THE_REST = Pattern.compile("其他|其余|其它|另一|另外|剩下|剩的|别的");
    /** A state said done of what is counted (成功, 关了, 完结, 处理完). */
    private static final Pattern DONE_STATE = Pattern.compile("成功|关|完|结|处理|确认|好|退出");

    private final AnswerLexicon lexicon;
    /** The step's things ({@code about}), as compared. */
    private final List<String> about;
    /** States that are what the step asks ({@code settled}), as compared. */
    private final List<String> settled;
    /** "None in one state" ({@code one-state-denied}, optional), or null. */
    private final Pattern oneStateDenied;
    /** A time to come bounding a term ({@code deadline-set}, optional), or null. */
    private final Pattern deadlineSet;

    NotAllMet(AnswerLexicon lexicon, List<String> about, List<String> settled) {
        this.lexicon = lexicon;
        this.about = about;
        this.settled = settled;
        this.oneStateDenied = lexicon.optionalPattern("one-state-denied");
        this.deadlineSet = lexicon.optionalPattern("deadline-set");
    }

    /**
     * Fewer of the step's things said done than all there are (10单有9单成功了, 5个子服务4个关了, 投诉3个，2个处理完了,
     * 9单成功了，一共10单): the largest count says no state, a smaller one does. Counts of states told one by one (3单成功
     * 2单关闭) say a state at the largest too, and are no part. So is one "of them" done with nothing said of the rest
     * (其中一个完结了).
     */
    boolean fewerThanAll(String text) {
        // (one or some "of them" done, 其中一个完结了, with nothing said of the rest after it: not all)
        Matcher one = ONE_OF_THEM.matcher(text);
        if (one.find() && !THE_REST.matcher(text.substring(one.end())).find()) {
            return true;
        }
        Matcher m = COUNT.matcher(text);
        List<int[]> counts = new ArrayList<>();
        while (m.find()) {
            int n = AnswerLexicon.number(m.group(1));
            if (n > 0) {
                counts.add(new int[] {n, m.start(), m.end()});
            }
        }
        if (counts.size() < 2) {
            return false;
        }
        int largest = 0;
        for (int i = 1; i < counts.size(); i++) {
            largest = counts.get(i)[0] > counts.get(largest)[0] ? i : largest;
        }
        boolean smallerDone = false;
        int doneSum = 0;
        for (int i = 0; i < counts.size(); i++) {
            String segment = text.substring(counts.get(i)[1], i + 1 < counts.size() ? counts.get(i + 1)[1] : text.length());
            boolean done = DONE_STATE.matcher(segment).find();
            if (i == largest && done) {
                return false;
            }
            smallerDone |= i != largest && counts.get(i)[0] < counts.get(largest)[0] && done;
            doneSum += i != largest && done ? counts.get(i)[0] : 0;
        }
        // (the parts told adding up to the whole, 12单，10单交易成功，2单买家取消已经关闭了, are all of it)
        return smallerDone && doneSum < counts.get(largest)[0];
    }

    /**
     * A clause telling a plan or a time to come of the step's things, or of telling, sending or finishing (明天跟他说,
     * 电话等下发他, 投诉下周就处理完了): not done yet. One that plans another thing (都关了，明天我去看看订单) keeps nothing.
     */
    boolean planned(String clause) {
        // (a time to come bounding what is agreed is the term itself: 最后定了下周三前寄出)
        List<String> cues = lexicon.cuesIn(deadlineSet == null ? clause : deadlineSet.matcher(clause).replaceAll(" "));
        // (English falls apart into words here: a plan word alone, tomorrow / later, is the plan)
        return cues.contains("planned") && (about.stream().anyMatch(clause::contains) || cues.contains("complete")
                || DONE_LATER.matcher(clause).find() || clause.chars().allMatch(c -> c < 128));
    }

    /**
     * "None in one state" of things that pass through several (没有待发货的了, 没有退款中的订单): nothing of the others,
     * unless the reply names more than one state (没有卡在待发货待收货或者退款中的) or says all in another clause
     * (没有待发货也没有待收货的，全是交易成功) ({@code one-state-denied} in phrases.yaml).
     */
    boolean oneStateOnly(List<String> own) {
        if (oneStateDenied == null) {
            return false;
        }
        int states = 0;
        for (String clause : own) {
            Matcher m = oneStateDenied.matcher(clause);
            while (m.find()) {
                states++;
            }
            // (the 'none' of the state itself reads as complete, 没有退款中的: only what else the clause says counts)
            String rest = oneStateDenied.matcher(clause).replaceAll(" ");
            if (lexicon.cuesIn(rest).contains("complete") || settled.stream().anyMatch(rest::contains)) {
                return false;
            }
        }
        return states == 1;
    }

    /**
     * An English reply that says not all, not yet, or how many are left (not all closed yet, closed 3 of 4 services, one
     * left, haven't closed all of them): its words are read apart, so the whole is looked at.
     */
    static boolean englishHedged(Utterance u) {
        return NOT_ALL_EN.matcher(u.raw().toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** English for "not all / not yet / some left" (the text is lower-cased). */
    private static final Pattern NOT_ALL_EN = Pattern.compile(
            "\\b(?:not|never|haven't|havent|hasn't|hasnt|isn't|isnt|aren't|arent|didn't|didnt)\\b(?: [a-z']+){0,2}? "
                    + "(?:all|yet|finished|closed|done|agreed|completed|complete|resolved|confirmed)\\b|\\bnot yet\\b"
                    + "|\\b(?:one|two|three|\\d+) (?:left|remaining|to go)\\b|\\b\\d+ (?:of|out of) \\d+\\b|\\bonly (?:one|two|\\d+)\\b");

}
