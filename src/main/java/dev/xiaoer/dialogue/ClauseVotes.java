package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.StepOption;
import java.time.LocalDate;
import java.util.List;

/**
 * What each clause of a reply to one step says on its own: every option's best likeness over the
 * clauses, the option a clause first clearly says, or that two clauses clearly say different things
 * (价格设错了，快递也有问题) and the reply is two answers. Clauses that say nothing by themselves are
 * passed over: what the step exempts, words every option of a choice shares, a thing only brought in
 * before the clause telling how it stands. Part of {@link StepReader}; immutable and thread-safe.
 */
final class ClauseVotes {
    /** Below this a clause's likeness to an option is faint: it does not stand against facts told beside it. */
    private static final double FAINT = 0.6;

    /**
     * The clauses' votes: each option's best score, the option the first clear clause says (-1 if none),
     * whether a clause is an option's own words, and, when two clauses clearly say different things, the
     * clashing clause's score and the earlier one's ({@code clashing} -1 otherwise).
     */
    record Votes(double[] scores, int saidBy, boolean namedExactly, double clashing, double clashedWith) {
        boolean twoAnswers() {
            return clashing >= 0;
        }
    }

    private final FlowStep step;
    private final List<StepOption> options;
    private final AnswerLexicon lexicon;
    private final OptionPhrasings phrasings;
    private final ClauseVerdicts verdicts;
    private final OptionSigns signs;
    private final ExemptRemainder exempt;
    /**
     * Whether the step's options hold for numbers of days: there, a clause stating days (那单是10月22号确认收货的)
     * beside one saying nothing came after (之后就没单了) is read by its days, the two one answer.
     */
    private final boolean daysStep;
    /** A sale said not to have been (没单, 没有订单, 没卖, 没接单, 没出过单, 没成交: {@code no-sale} in phrases.yaml). */
    private final java.util.regex.Pattern noSale;
    /** After the last sale, or for long (之后, 后面, 好久, 一直): what "no sale" is counted from ({@code since-last-sale}). */
    private final java.util.regex.Pattern sinceLastSale;
    /** Ourselves named (我们, 自己, 我这边: {@code ours} in phrases.yaml; optional): whose a fact told is. */
    private final java.util.regex.Pattern ours;
    /** The words of what the whole question is about (扣分, 处罚), in the compared form: they tell no option. */
    private final List<String> premise;

    ClauseVotes(FlowStep step, AnswerLexicon lexicon, OptionPhrasings phrasings, ClauseVerdicts verdicts,
                OptionSigns signs, ExemptRemainder exempt) {
        this.step = step;
        this.options = step.options();
        this.lexicon = lexicon;
        this.phrasings = phrasings;
        this.verdicts = verdicts;
        this.signs = signs;
        this.exempt = exempt;
        this.daysStep = step.readsDays();
        this.noSale = lexicon.pattern("no-sale");
        this.sinceLastSale = lexicon.pattern("since-last-sale");
        this.ours = lexicon.optionalPattern("ours");
        this.premise = StepReader.compared(step.premise(), lexicon);
    }

    /**
     * The votes of {@code clauses} (a reply known to be a {@code statement} does not resemble its way into
     * an option that answers a question); {@code signed} is the option whose facts alone the reply tells
     * (-1 if none), {@code catchAllAside} whether "another reason" stands aside for it, {@code exemptLeft}
     * whether all the reply leaves undone is what the step exempts.
     */
    Votes of(List<String> clauses, boolean statement, LocalDate today, int signed, boolean catchAllAside,
             boolean exemptLeft) {
        double[] scores = new double[options.size()];
        int saidBy = -1;
        boolean namedExactly = false;
        boolean afterExempt = false;
        String saidByClause = null;
        // (the clauses, premise taken out, that tell the facts of the option told and no other's)
        List<String> tellingOnly = signed < 0 ? List.of()
                : StepReader.ownClauses(clauses).stream().map(this::withoutPremise).filter(c -> tellsOnly(c, signed)).toList();
        for (String said : clauses) {
            // what the whole question is about says nothing of which option (被扣了好多分, 平台判了我们的责任)
            String clause = withoutPremise(said);
            if (clause.isBlank()) {
                continue;
            }
            // an exempt thing, and the 'cannot' that follows it naming nothing else (48小时发货的，关不掉)
            if (exemptLeft && exempt.speaksOfExempt(clause, afterExempt)) {
                afterExempt = true;
                continue;
            }
            afterExempt = false;
            // at a choice, a clause of words every option shares and no polarity (运单号, of "tracking
            // number 多打了一位") says nothing (at a yes/no step both options name the same things: 电话也给了)
            if (step.isChoice() && clauses.size() > 1 && !phrasings.tellsAnyApart(clause)
                    && lexicon.cuesIn(clause).isEmpty()) {
                continue;
            }
            // at a yes/no step, a clause that only brings one of the step's things in (之前有一个投诉,) before
            // a clause telling how it stands (上个月已经结案了) says nothing by itself: the two are read joined
            if (!step.isChoice() && verdicts.introduces(clause, StepReader.ownClauses(clauses))) {
                continue;
            }
            // an acknowledgement opening a reply (好, 行, 收到), before what the seller will do (好 我去找快递开证明), takes in
            // what was said; it answers nothing, whatever option's words its one character resembles (not 没问题, which
            // after a correction may be what a thing is: 客服没问题)
            if (clauses.size() > 1 && said == clauses.get(0) && lexicon.isAcknowledgement(clause.replace(" ", ""))
                    && !clause.contains("没")) {
                continue;
            }
            Integer exactly = phrasings.exact(said);
            namedExactly |= exactly != null;
            double[] s = exactly == null ? phrasings.similarities(clause) : named(exactly);
            // a clause telling the facts of the option told (快递那边是正常的, 是我们人手不够: "another reason") that is like another
            // option by the words inside those facts only (快递, 不够) votes for no other — when the story tells those facts in
            // more clauses than one; a clause alone that tells them, 快递那边都正常 or 仓库爆仓了, is asked again as before
            if (exactly == null && tellingOnly.size() >= 2 && tellingOnly.contains(clause) && votesAnother(s, clause, signed)) {
                double[] besides = phrasings.similarities(signs.without(clause, signed));
                for (int i = 0; i < s.length; i++) {
                    s[i] = i == signed ? s[i] : besides[i];
                }
            }
            if (statement && exactly == null) {
                double asked = 0;
                for (int i = 0; i < s.length; i++) {
                    asked = options.get(i).faq() != null ? Math.max(asked, s[i]) : asked;
                    s[i] = options.get(i).faq() != null ? 0 : s[i];
                }
                // (a statement as like the step's own question as its "all met" names the step's thing, not how it
                // stands: 我们开了官方直送的 ~ 官方直送怎么关？ says nothing of its being closed)
                int yes = step.affirmativeOption().map(options::indexOf).orElse(-1);
                if (yes >= 0 && asked > 0 && s[yes] - asked < StepReader.MIN_MARGIN
                        && java.util.Arrays.stream(s).allMatch(other -> other <= s[yes])) {
                    java.util.Arrays.fill(s, 0);
                }
            }
            for (int i = 0; catchAllAside && exactly == null && i < s.length; i++) {
                s[i] = options.get(i).catchAll() ? 0 : s[i];
            }
            // an exempt thing left beside something else (只有48小时发货和一个子服务关不掉) is no "only the exempt is left"
            if (!exemptLeft && exactly == null && exempt.names(clause)) {
                step.affirmativeOption().ifPresent(yes -> s[options.indexOf(yes)] = 0);
            }
            int clear = verdicts.clearWinner(s, clause);
            if (clear >= 0 && saidBy >= 0 && !ClauseVerdicts.sameOutcome(options.get(clear), options.get(saidBy))) {
                // a clause only like another case, beside one telling a case's facts (两位数字打反了，买家查不到: what
                // the buyer sees, no second cause), leaves the facts to decide below
                // (only a faint likeness: 快递那边也延误了 is a second cause in words no sign lists)
                String other = clear == signed ? saidByClause : saidBy == signed ? clause : null;
                double likeness = clear == signed ? scores[saidBy] : s[clear];
                if ((other == null || likeness >= FAINT || !signs.told(List.of(other)).namesOnly(signed))
                        && !(daysStep && datedThenNoneSince(saidByClause, clause, today))) {
                    return new Votes(scores, saidBy, namedExactly, s[clear], scores[saidBy]);
                }
            }
            if (clear >= 0 && saidBy < 0) {
                saidBy = clear;
                saidByClause = clause;
            }
            for (int i = 0; i < scores.length; i++) {
                scores[i] = Math.max(scores[i], s[i]);
            }
        }
        return new Votes(scores, saidBy, namedExactly, -1, 0);
    }

    /** Whether {@code clause}, scored {@code s}, clearly says an option other than {@code signed}. */
    private boolean votesAnother(double[] s, String clause, int signed) {
        int clear = verdicts.clearWinner(s, clause);
        return clear >= 0 && clear != signed;
    }

    /** Whether {@code clause} tells the signs of option {@code signed} as facts, and names no other option's. */
    private boolean tellsOnly(String clause, int signed) {
        OptionSigns.Told told = signs.told(List.of(clause));
        return told.tells(signed) && told.namesOnly(signed);
    }

    /** A clause stating days, and another saying nothing came after it (之后就没单了): either way round. */
    private boolean datedThenNoneSince(String one, String other, LocalDate today) {
        int first = lexicon.daysIn(one, List.of(one), today);
        int second = lexicon.daysIn(other, List.of(other), today);
        // (or two clauses stating days that meet the same options: 11月1号交易成功 | 到今天刚过一个月)
        return first >= 0 && noneSince(other) || second >= 0 && noneSince(one)
                || first >= 0 && second >= 0 && step.options().stream().filter(o -> o.days() != null)
                        .allMatch(o -> o.days().holds(first) == o.days().holds(second));
    }

    /**
     * "No sale after" (之后就没单了, 后来没再卖): an 'afterwards' and a sale said not to have been, nothing still
     * going or partial ("the later orders are not finished", 之后的单子都没完结, is no such thing).
     */
    boolean noneSince(String clause) {
        List<String> cues = lexicon.cuesIn(clause);
        return sinceLastSale.matcher(clause).find() && noSale.matcher(clause).find() && !cues.contains("still")
                && !cues.contains("partial") && !cues.contains("guess");
    }

    /**
     * Whether a clause of {@code own} that is no "no sale after" says something is not done, still going,
     * unknown or guessed (还有一单退款没处理完, 10月22号的单买家一直没签收, 后面的单子没仔细看): days told in or
     * beside it do not make the step's "all met".
     */
    boolean keepsDaysFromStanding(List<String> own, LocalDate today) {
        for (String clause : own) {
            // (a clause of another shop's, 另一个店11月25号还有一笔, says nothing of this one's)
            if (own.size() > 1 && lexicon.ofAnotherShop(clause)) {
                continue;
            }
            List<String> cues = lexicon.cuesIn(clause);
            // (a clause of the days themselves says 'not' of no sale or of the days: 两个月没有交易了, 不到30天)
            boolean dated = lexicon.daysIn(clause, List.of(clause), today) >= 0;
            // (nor does a "no sale" beside the "none since" it repeats: 10月10号以后一单都没有了，成功的关闭的都没有)
            if (noneSince(clause) || dated && (noSale.matcher(clause).find() || cues.contains("under") || cues.contains("over"))
                    || noSale.matcher(clause).find() && !cues.contains("still") && !cues.contains("ongoing")
                    && !cues.contains("unsure") && !cues.contains("guess") && own.stream().anyMatch(this::noneSince)) {
                continue;
            }
            if (cues.contains("negation") || cues.contains("still") || cues.contains("ongoing") || cues.contains("unsure")
                    || cues.contains("guess")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code clauses} tell only the step's premise (我打电话给买家确认过了 at how-shipped): nothing of any option. */
    boolean onlyPremise(List<String> clauses) {
        return !premise.isEmpty() && !clauses.isEmpty()
                && clauses.stream().allMatch(c -> !withoutPremise(c).equals(c) && withoutPremise(c).isBlank());
    }

    /** Whether a clause of {@code own} tells option {@code signed}'s facts with a sign of its own, not one only clearing. */
    boolean tellsOwn(List<String> own, int signed) {
        return own.stream().map(this::withoutPremise).anyMatch(c -> !c.isBlank() && signs.tellsOwn(c, signed));
    }

    /**
     * Whether the facts of the catch-all {@code signed} ("another reason"), told in a clause that says nothing of option
     * {@code best}'s own (是我们仓库打包慢了), stand against best's words in the others: each clause that says something of
     * best's own only clears best's cause ({@code clears}: 快递说揽收都正常). One in best's words with no sign (快递晚了几天)
     * or with facts of its own (快递那边也慢) may be a second cause; the courier cleared alone, however often, has no clause
     * of our own. A clause naming ourselves is ours when best's words in it are inside those facts only (我们仓库爆仓了).
     */
    boolean ownFactsOutweigh(List<String> own, int signed, int best) {
        boolean ownClause = false;
        for (String said : own) {
            String clause = withoutPremise(said);
            if (clause.isBlank()) {
                continue;
            }
            boolean tellsSigned = tellsOnly(clause, signed);
            boolean ownFacts = tellsSigned && signs.tellsOwn(clause, signed);
            // (…or its words of best's own only inside those facts, said of ourselves: 我们仓库爆仓了)
            if (!verdicts.outranked(signed, best, clause)
                    || ownFacts && ours != null && ours.matcher(clause).find()
                    && !verdicts.outranked(signed, best, signs.without(clause, signed))) {
                ownClause |= ownFacts;
            } else if (!tellsSigned || ownFacts) {
                // (best's words beside facts of our own, 快递那边也慢, or beside none, 快递晚了几天: a second cause may be told)
                return false;
            }
        }
        return ownClause;
    }

    /**
     * {@code clause} without the step's premise words (what it says of the options), or empty when they are
     * all it says beside stopwords or words every option shares (被扣了好多分, 平台判我们责任 想申诉): it says
     * nothing of which option.
     */
    private String withoutPremise(String clause) {
        if (premise.isEmpty()) {
            return clause;
        }
        String rest = clause;
        for (String word : premise) {
            rest = rest.replace(word, " ");
        }
        if (rest.equals(clause)) {
            return clause;
        }
        String left = rest.replace(" ", "");
        // (a character left of a word taken out, 好 of 好几分, says nothing either)
        return left.codePointCount(0, left.length()) < 2 || lexicon.onlyStopwords(left)
                || !phrasings.tellsAnyApart(left) && !lexicon.cuesIn(left).contains("negation") ? "" : left;
    }

    /** The scores of a clause that is exactly one option's phrasing: that option, and nothing else. */
    private double[] named(int option) {
        double[] s = new double[step.options().size()];
        s[option] = 1.0;
        return s;
    }
}
