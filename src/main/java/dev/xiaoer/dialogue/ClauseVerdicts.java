package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.StepOption;
import java.util.List;

/**
 * What single clauses of a reply say for one step, beside what the reply as a whole reads as: which
 * option a clause clearly means, and what keeps "all met" from standing (a part not done yet, a state
 * the step holds pending, something under way) or lets "the others" mean all. Built by {@link
 * StepReader} once per step and knowledge version; read-only, so thread-safe.
 */
final class ClauseVerdicts {
    /** Not given, told or agreed yet (没给, 还没说, 忘了发), not 没问题. */
    private static final java.util.regex.Pattern NOT_DONE = java.util.regex.Pattern.compile(
            "(?:没有?|还没|未|忘了|忘记)(?:给|发|说|确认|定|讲|提|谈|聊|沟通|交代|商量|动|约(?!束)|问(?!题))");
    /** A clause about one thing, named first (那单, 1单, 有一单, 其中一笔). */
    private static final java.util.regex.Pattern THAT_ONE = java.util.regex.Pattern.compile(
            "(?:那|这|其中)[一1]?[单笔]|有?[一1][单笔]");
    /** Orders of its own named in a clause (又有一单, 关闭了两单, 另一笔). */
    private static final java.util.regex.Pattern ANOTHER_COUNTED = java.util.regex.Pattern.compile(
            "又|另|[一两二三四五六七八九十几0-9][单笔个]");
    /** One thing named (有过一个投诉, 有个投诉, 有一单). */
    private static final java.util.regex.Pattern ONE = java.util.regex.Pattern.compile("有过?一?[个单笔次件]");
    /** A part of what was brought in, at a clause's start (一个结案了, 其中两单, 有一个已经). */
    private static final java.util.regex.Pattern A_PART = java.util.regex.Pattern.compile(
            "(?:其中|里面|有)?[一两二三四五1-5][个单笔件]");
    /** More than one, or an unsaid number (有几个, 有两个, 有些). */
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile("[几两二三四五六七八九十些多]");

    private final FlowStep step;
    private final AnswerLexicon lexicon;
    private final OptionPhrasings phrasings;
    private final List<String> about;
    private final List<String> pending;
    /** States that are what the step asks ({@code settled}), in the form replies are compared in. */
    private final List<String> settled;
    /** {@link #settled}, longest first. */
    private final List<String> settledLongestFirst;
    /** The settled phrases that hold a pending word (快递他说随便 holds 说随便): inside one, the word is the phrase's. */
    private final List<String> settledHoldingPending;
    private final ExemptRemainder exempt;
    /** What keeps 'all met' from standing though the words read as it: a plan, a count short of all, none in one state. */
    private final NotAllMet notAllMet;
    /** A sale said not to have been ({@code no-sale} in phrases.yaml). */
    private final java.util.regex.Pattern noSale;
    /** Whether the step counts days (its options hold for so many days). */
    private final boolean daysStep;
    /** How many characters before a pending state a 'not' of it is looked for (没有在途的, 没有一单在途). */
    private static final int NEGATION_REACH = 5;
    /** None of it said right after a pending state (在途的一单都没有了, 退款中的没了): not a 'not' of something else further on. */
    private static final java.util.regex.Pattern NONE_AFTER = java.util.regex.Pattern.compile("^的?(?:订单|单子|单|投诉)?(?:一单|一个|一笔)?(?:都|也)?(?:没有|没了|不存在)");
    /** What says the doing just named is over (处理完了, 处理好了, 处理结束). */
    private static final java.util.regex.Pattern DONE_AFTER = java.util.regex.Pattern.compile("(?:完成?|好)了?[啊呀啦哈吧]*|结束了?|掉了");
    /** A 了 right after a pending state's own deed (现在关闭了, 现在关闭啦): the deed done, not under way. */
    private static final java.util.regex.Pattern PERFECTIVE = java.util.regex.Pattern.compile("[了啦][啊呀哦哈]*");
    /** A pending state whose deed is a closing (在关闭, 在退出): done once 了 follows. */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("(?:关闭|关掉|关|退出)$");
    /** 'There are also' / 'there are still': which of the two, the rest of the clause tells. */
    private static final String ALSO_THERE_ARE = "还有";

    /** The last sale named (最后一单, 最近那笔; phrases.yaml {@code last-sale}, optional): which sale, not a count of sales. */
    private final java.util.regex.Pattern lastSale;

    ClauseVerdicts(FlowStep step, AnswerLexicon lexicon, OptionPhrasings phrasings, List<String> about,
                   List<String> pending, List<String> settled, ExemptRemainder exempt) {
        this.step = step;
        this.lexicon = lexicon;
        this.phrasings = phrasings;
        this.about = about;
        this.pending = pending;
        this.settled = settled;
        this.settledLongestFirst = settled.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.settledHoldingPending = settled.stream().filter(s -> pending.stream().anyMatch(s::contains)).toList();
        this.exempt = exempt;
        this.noSale = lexicon.pattern("no-sale");
        this.notAllMet = new NotAllMet(lexicon, about, settled);
        this.daysStep = step.readsDays();
        this.lastSale = lexicon.optionalPattern("last-sale");
    }

    /** Whether {@code clause} keeps "all met" from standing: a part not done yet, a pending state, or something under way. */
    boolean keepsFromAllMet(String clause) {
        return notYet(clause) || stillPending(clause) || stillGoing(clause) || remainder(clause) || notAllMet.planned(clause);
    }

    /**
     * A clause telling some still there and nothing settled (但我看还有一个, 还有两单): a remainder, whatever the step's
     * words in it ("also there are two closed ones", 还有两单是交易关闭的, is read without its 还有 before this); not
     * another matter brought up (还有一个问题想问, 还有件事).
     */
    private boolean remainder(String clause) {
        List<String> cues = lexicon.cuesIn(clause);
        return cues.contains("still") && cues.contains("some") && !cues.contains("complete")
                && clause.indexOf('问') < 0 && clause.indexOf('事') < 0
                && !exempt.speaksOfExempt(clause, false) && settled.stream().noneMatch(clause::contains);
    }

    /**
     * "The others" beside a clause telling the rest is done too (那单已经关闭了，其他的都是成功): the clause of
     * the others reads as "all met" in its own words (其他的都是这个月的 does not), another clause says done
     * (a 'complete' word, or reading as "all met"), and none says not, still, some, a part or a guess.
     */
    boolean restToldDone(List<String> own) {
        int done = 0;
        for (String clause : own) {
            List<String> cues = lexicon.cuesIn(clause);
            // (其他几个子服务早就关了: the 几个 of "the other few" is no 'some')
            if (cues.contains("negation") || cues.contains("still") || cues.contains("partial") || cues.contains("unsure")
                    || cues.contains("some") && !cues.contains("others") || stillPending(clause)) {
                return false;
            }
            double[] s = phrasings.similarities(clause);
            if (cues.contains("others")) {
                if (!likeAllMet(s)) {
                    return false;
                }
            } else if (cues.contains("complete") || yesIndex() >= 0 && clearWinner(s, clause) == yesIndex()) {
                done++;
            }
        }
        return done >= 1;
    }

    /**
     * Whether every clause but those that clearly say option {@code said} carries no polarity: no
     * 'not', 'still', part, guess or number of days, and 'complete' only beside "all met".
     */
    boolean neutralBesides(List<String> own, int said) {
        for (String clause : own) {
            if (clearWinner(phrasings.similarities(clause), clause) == said) {
                continue;
            }
            List<String> cues = lexicon.cuesIn(clause);
            if (!cues.isEmpty() && !(said == yesIndex() && cues.equals(List.of("complete")))) {
                return false;
            }
        }
        return true;
    }

    /** Whether "all met" is the likest option in {@code scores}, and like enough to say so (其他都是成功). */
    private boolean likeAllMet(double[] scores) {
        int yes = yesIndex();
        if (yes < 0 || scores[yes] < StepReader.SECOND_CASE_SCORE) {
            return false;
        }
        for (int i = 0; i < scores.length; i++) {
            if (i != yes && scores[i] >= scores[yes]) {
                return false;
            }
        }
        return true;
    }

    int yesIndex() {
        return step.affirmativeOption().map(step.options()::indexOf).orElse(-1);
    }

    /**
     * A clause that adds more of what "all met" says rather than a remainder (全是交易成功，还有两个是交易关闭的):
     * its 还有 is 'also there are', when the clause without it names a state the step declares settled and
     * says nothing negated, pending, under way, partial or guessed. The clause without 还有 then; any other, as it is.
     */
    String withoutAdditiveStill(String clause) {
        int at = clause.indexOf(ALSO_THERE_ARE);
        if (at < 0 || settled.isEmpty() || clause.indexOf(ALSO_THERE_ARE, at + 1) >= 0) {
            return clause;
        }
        String rest = clause.substring(0, at) + clause.substring(at + ALSO_THERE_ARE.length());
        List<String> cues = lexicon.cuesIn(rest);
        if (rest.isEmpty() || cues.contains("negation") || cues.contains("still") || cues.contains("partial")
                || cues.contains("ongoing") || cues.contains("unsure") || cues.contains("under") || stillPending(rest)
                || settled.stream().noneMatch(rest::contains)) {
            return clause;
        }
        return rest;
    }

    /**
     * Whether {@code own}, a reply's clauses, tells the states of the step's things one by one, all settled
     * (订单大部分是交易成功，有两单是退款成功后关闭的; 3单成功 2单关闭): two settled states or more are named,
     * every clause naming one says nothing negated, pending, under way, guessed or unsure, and every other
     * clause carries no cue and reads as no option, or only brings a thing in (有过一个投诉). "Most of them" and
     * "two of them" are then the whole. One settled state beside a clause saying there is nothing else
     * (有一个投诉上个月已经结案了，其他没有; 现在没有进行中的了) is all settled too.
     */
    boolean allToldSettled(List<String> own) {
        if (settled.isEmpty()) {
            return false;
        }
        long named = settled.stream().filter(w -> own.stream().anyMatch(c -> c.contains(w))).count();
        long noneElse = own.stream().filter(this::saysNoneElse).count();
        // (one thing brought in, then how it stands: 之前有过一个投诉，不过上个月初就结案了 — the one there is)
        boolean oneBroughtIn = own.stream().anyMatch(c -> bringsOneIn(c, own));
        if (named < 2 && !(named >= 1 && (noneElse >= 1 || oneBroughtIn))) {
            return false;
        }
        for (int i = 0; i < own.size(); i++) {
            String clause = own.get(i);
            if (saysNoneElse(clause) && settled.stream().noneMatch(clause::contains)) {
                continue;
            }
            if (settledAfterwards(clause, i + 1 < own.size() ? own.get(i + 1) : null)) {
                continue;
            }
            List<String> cues = lexicon.cuesIn(clause);
            // (a settled state's own words are its: 平台判我们没责任 says no 'not')
            boolean negated = cues.contains("negation") && lexicon.cuesIn(withoutSettled(clause)).contains("negation");
            if (stillPending(clause) || negated || cues.contains("still") || cues.contains("ongoing")
                    || cues.contains("guess") || cues.contains("unsure") || cues.contains("under")) {
                return false;
            }
            // ("most of them" is the whole only beside the rest told, in another clause or as a second state in its own:
            // 交易成功的占大多数 alone is a part, 多数交易成功少数交易关闭 is all)
            if (cues.contains("partial") && own.stream().noneMatch(c -> c != clause && settled.stream().anyMatch(c::contains))
                    && statesNamed(clause) < 2) {
                return false;
            }
            // a clause bringing one of the step's things in (有过一个投诉) says nothing by itself
            boolean bringsIn = cues.equals(List.of("some")) && about.stream().anyMatch(clause::contains)
                    || bringsOneIn(clause, own);
            if (settled.stream().noneMatch(clause::contains) && !bringsIn
                    && (!cues.isEmpty() || clearWinner(phrasings.similarities(clause), clause) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code clause} says there is nothing else, also naming the step's thing after it (其他没有投诉, 别的都没有投诉了):
     * the thing is what "nothing else" is of.
     */
    private boolean saysNoneElse(String clause) {
        return lexicon.saysNoneElse(clause) || lexicon.endsNoneElse(clause, about);
    }

    /** {@code clause} with the settled states it names taken out, the longest first. */
    private String withoutSettled(String clause) {
        for (String w : settledLongestFirst) {
            clause = clause.replace(w, " ");
        }
        return clause;
    }

    /** How many settled states {@code clause} names, the longest first and each taken out once found (交易成功 is one, not 成功 too). */
    private int statesNamed(String clause) {
        int named = 0;
        for (String w : settledLongestFirst) {
            if (clause.contains(w)) {
                named++;
                clause = clause.replace(w, " ");
            }
        }
        return named;
    }

    /**
     * Whether {@code clause} tells of one thing (1单买家申请退款, 那单退款完成) that the {@code next} clause says is
     * settled since (退款成功后关闭了, 交易已经关闭了): its history, not a thing still open. Not when it says the thing
     * is still under way (还在退款), unless the next clause says what came after; nor when the next clause is about the
     * others (有一单在退款，其他都关闭了).
     */
    private boolean settledAfterwards(String clause, String next) {
        if (next == null || settled.stream().noneMatch(next::contains) || settled.stream().anyMatch(clause::contains)
                || !THAT_ONE.matcher(clause).lookingAt()) {
            return false;
        }
        List<String> cues = lexicon.cuesIn(clause);
        List<String> after = lexicon.cuesIn(next);
        // (never what is still under way, nor beside a next clause naming orders of its own: 又有一单交易关闭了, 关闭了两单)
        return !cues.contains("still") && !cues.contains("ongoing") && !ANOTHER_COUNTED.matcher(next).find()
                && !after.contains("others") && !after.contains("negation") && !after.contains("guess")
                && (after.contains("afterwards") || !stillPending(clause));
    }

    /** Whether {@code clause}, not the last of {@code own}, brings one of the step's things in (之前有个投诉). */
    private boolean bringsOneIn(String clause, List<String> own) {
        return own.indexOf(clause) < own.size() - 1 && ONE.matcher(clause).find() && !SEVERAL.matcher(clause).find()
                && about.stream().anyMatch(clause::contains) && lexicon.cuesIn(clause).stream().allMatch("some"::equals)
                && pending.stream().noneMatch(clause::contains);
    }

    /**
     * Whether a clause brings several of the step's things in (有几个投诉, 有三单) and a later one tells
     * of a part of them (一个结案了, 其中两单关闭了): what the rest are is not said.
     */
    boolean toldOfAPart(List<String> own) {
        for (int i = 0; i < own.size() - 1; i++) {
            if (introduces(own.get(i), own) && SEVERAL.matcher(own.get(i)).find()) {
                for (String later : own.subList(i + 1, own.size())) {
                    if (A_PART.matcher(later).lookingAt()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A clause stating a state the step declares pending (订单都发货了: shipped is not yet a finished
     * trade), not negated: a 'not' just before it (没有在途的, 不会反悔) or none of it after (在途的一单都没有了) says
     * there is none; a 'not' after it is of something else (买家又反悔了说不出运费).
     */
    boolean stillPending(String clause) {
        // (a pending word inside a phrase the step declares settled is that phrase's: 快递他说随便 is a term agreed, where
        // 说随便 of the fee names no payer)
        for (String s : settledHoldingPending) {
            if (clause.contains(s)) {
                clause = clause.replace(s, " ");
            }
        }
        for (String p : pending) {
            for (int at = clause.indexOf(p); at >= 0; at = clause.indexOf(p, at + 1)) {
                // (the 不 of 不认账 is the state's own, not a negation of it)
                String before = clause.substring(Math.max(0, at - NEGATION_REACH), at);
                String after = clause.substring(at + p.length()).strip();
                for (String q : pending) {
                    before = before.replace(q, " ");
                    after = after.replace(q, " ");
                }
                // (nor is the 在 of 现在 one: 现在处理完了, 现在关闭了 say it is done now — a closing with 了 closing the clause, not
                // a handling, 投诉现在处理了两天了)
                boolean ofNow = p.startsWith("在") && at > 0 && clause.charAt(at - 1) == '现'
                        && (DONE_AFTER.matcher(after).matches() || CLOSING.matcher(p).find() && PERFECTIVE.matcher(after).matches());
                if (!ofNow && !lexicon.cuesIn(before).contains("negation") && !NONE_AFTER.matcher(after).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What keeps 'all met' from standing though the words read as it ({@link NotAllMet}). */
    NotAllMet notAllMet() {
        return notAllMet;
    }

    /**
     * A clause about this step that says something is not done yet (还没 / 忘了, or a 'not' that reads as another option: 官方直送没关), and whose words do
     * not read as "all met" (没有还在进行的订单, a double negative, does).
     */
    private boolean notYet(String clause) {
        List<String> cues = lexicon.cuesIn(clause);
        if (!cues.contains("negation") || about.stream().noneMatch(clause::contains) || clause.startsWith("没有")) {
            return false;
        }
        // (the step's thing named as the topic of an exception, whose 'not' is the exempt thing's: 买家保障的子服务除了48小时发货
        // 那个关不掉)
        if (exempt.onlyExemptLeft(List.of(clause))) {
            return false;
        }
        // one of the step's things not given, told or agreed yet (收货人电话没给, 运费谁出没说): not yet, whatever it reads as
        if (NOT_DONE.matcher(clause).find()) {
            return true;
        }
        Integer exactly = phrasings.exact(clause);
        int reads = exactly != null ? exactly : clearWinner(phrasings.similarities(clause), clause);
        // with 还 or 忘 anything but "all met" is not yet; a bare 'not' (官方直送没关) only when it reads as another option
        return cues.contains("still") || clause.contains("忘") ? reads != yesIndex() : reads >= 0 && reads != yesIndex();
    }

    /**
     * A clause saying something is under way (页面显示还在退出中, 还有一单在途): 'ongoing', no 'complete', not
     * about what the step exempts (发货时效的那几个还在), and not itself reading as "all met".
     */
    private boolean stillGoing(String clause) {
        List<String> cues = lexicon.cuesIn(clause);
        return cues.contains("ongoing") && !cues.contains("complete") && !exempt.speaksOfExempt(clause, false)
                && clearWinner(phrasings.similarities(clause), clause) != yesIndex();
    }

    /** The option whose score clearly wins in {@code scores}, the similarities of {@code text}, or -1. */
    int clearWinner(double[] scores, String text) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        if (best < 0 || scores[best] < StepReader.MIN_SCORE) {
            return -1;
        }
        for (int i = 0; i < scores.length; i++) {
            if (i != best && !sameOutcome(step.options().get(i), step.options().get(best)) && !outranked(i, best, text)
                    && scores[best] - scores[i] < StepReader.MIN_MARGIN) {
                return -1;
            }
        }
        return best;
    }

    /**
     * Whether option {@code i}, the step's catch-all (其他), stands aside for {@code best}: the reply says
     * something of best's own that the catch-all's phrasings never say (揽收, not 原因 or 不是我的问题).
     */
    boolean outranked(int i, int best, String text) {
        return step.options().get(i).catchAll() && phrasings.tellsApart(text, best, i);
    }

    /** Two options that do the same thing when taken: the same next step, nothing of their own to say. */
    static boolean sameOutcome(StepOption a, StepOption b) {
        return a == b || a.next() != null && a.next().equals(b.next()) && a.say() == null && b.say() == null
                && a.faq() == null && b.faq() == null;
    }

    /**
     * Whether {@code clause}, one of the reply's own clauses but not its last, only brings one of the
     * step's things in: it names one (有一个投诉), with no word of how it stands and nothing pending.
     */
    boolean introduces(String clause, List<String> own) {
        int at = own.indexOf(clause);
        return at >= 0 && at < own.size() - 1 && lexicon.cuesIn(clause).equals(List.of("some"))
                && about.stream().anyMatch(clause::contains) && pending.stream().noneMatch(clause::contains);
    }

    /** {@code text} without the last sale it names (最后一单, 最后一笔): which sale, no 'some' left open; {@code text} otherwise. */
    private String withoutTheLastSale(String text) {
        return lastSale != null && lexicon.namesTheLast(text) ? lastSale.matcher(text).replaceAll(" ") : text;
    }

    /**
     * A reply like none of the phrasings but about this step's question (it names one of its
     * {@code about} words) and of one plain polarity: "all done" (complete, and nothing negated,
     * pending, partial or some) means the bare affirmative's option, "not yet" (negated, still or
     * some, and nothing complete) the bare negative's. Both, or neither: null.
     */
    StepOption byPolarity(String text) {
        if (step.affirmative() == null || step.negative() == null || about.stream().noneMatch(text::contains)) {
            return null;
        }
        // a sale of the step's own things said not to have been (半年没单子了 at the orders step: none is open), with
        // nothing else not done, still going or partial beside it, is "all met"
        java.util.regex.Matcher none = noSale.matcher(text);
        if (!daysStep && none.find() && about.stream().anyMatch(none.group()::contains)) {
            String rest = text.substring(0, none.start()) + " " + text.substring(none.end());
            // (the last sale named beside it, 最后一单9月就交易成功了 之后就没接过单了, counts no 'some' either)
            List<String> left = lexicon.cuesIn(withoutTheLastSale(rest));
            if (left.stream().noneMatch(c -> c.equals("negation") || c.equals("still") || c.equals("some")
                    || c.equals("partial") || c.equals("guess") || c.equals("unsure")) && !stillPending(rest)) {
                return step.affirmativeOption().orElse(null);
            }
        }
        List<String> cues = lexicon.cuesIn(text);
        // (the last sale named, 最后一单9月份就成功了, counts no 'some': its 一单 is which sale, not some left open)
        if (!daysStep && cues.contains("some")) {
            String besides = withoutTheLastSale(text);
            cues = besides.equals(text) ? cues : lexicon.cuesIn(besides);
        }
        boolean still = cues.contains("still");
        // at a step counting days, "one" and "a part" name the last sale (最后一笔, 大概) and a sale said not to
        // have been is no 'not yet' (最后一笔之后就没单了): how long ago says which option, not polarity
        boolean negated = cues.contains("negation") && !(daysStep && noSale.matcher(text).find());
        // (a guess with nothing said not done, 运费应该是到付吧, is no answer either way: asked again, and counted)
        if (cues.contains("guess") && !negated && !still && !cues.contains("some") && !cues.contains("others")) {
            return null;
        }
        boolean pending = negated || still
                || !daysStep && (cues.contains("some") || cues.contains("partial") || cues.contains("others"));
        boolean complete = cues.contains("complete");
        if (complete && !pending && !stillPending(text)) {
            return step.affirmativeOption().orElse(null);
        }
        // 还没退完: "not yet" around a word of completion is still not done
        if (pending && (!complete || negated && still)) {
            return step.negativeOption().orElse(null);
        }
        // a state the step holds pending, told of its things with nothing said done (买家又投诉了, 有个投诉买家又申请重新处理了):
        // not yet
        if (!complete && stillPending(text)) {
            return step.negativeOption().orElse(null);
        }
        return null;
    }

}
