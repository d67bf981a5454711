package dev.xiaoer.dialogue;

import dev.xiaoer.dialogue.StepReader.How;
import dev.xiaoer.dialogue.StepReader.Reading;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A whole reply read as one of a step's options, before {@link StepReader} checks it against the step's
 * items: a number (2, 第二个), an option's own words, a bare yes or no, a stated number of days against an
 * option's day condition, and otherwise the clauses' votes ({@link ClauseVotes}) weighed: a part, a guess
 * or a proposal against "all met", a second case or two outcomes' facts against any one case, the facts a
 * story tells ({@link OptionSigns}) where the words cannot decide. One per step; thread-safe.
 */
final class WholeReplyReader {
    /** A second case beside the first (还有一单, 另一单, 有的…有的, 有时候…有时候). */
    private static final Pattern SECOND_CASE = Pattern.compile("而且还|并且还|同时还|还要再|还有一单|还有一个|还有几单|另一单|另外|另一个|有的.+有的|有时候.+有时候|有时.+有时|有几单.+有几单|一部分.+一部分");
    /**
     * Another order's, buyer's or shop's thing (另一单的单号, 另外一个客户的, 另一个店的), or the other order the reply opens on
     * (那另一单是自己找快递发的, 还有一单是发货时漏填了, 还有另外一个单, 还有另一个店的一单, after a walk about one) or says it means (说的是另一单):
     * one case, not a second.
     */
    private static final Pattern ANOTHERS = Pattern.compile("^那?还有(另一|另外一|另外)个?(店|店铺|家店)的?一(单|笔|个订单)"
            + "|(另一|另外一|另外)个?(订单|单|客户|买家|包裹|店|店铺)的|^那?(另一|另外一|另外)个?(订单|单|客户|买家|包裹)"
            + "|^那?还有一(单|笔|个订单)|^那?还有(另一|另外一|另外)个?(订单|单子|单|笔|包裹)"
            // (the order the reply is about, said so after a correction: 哦不对 说的是另一单 货早寄出去了)
            + "|(说|讲|指|问)的是(另一|另外一|另外)个?(订单|单|客户|买家|包裹)");

    /** The cue kinds a reckoning of the time may carry (这都超了吧: guess, partial, over, complete). */

    /** Where something was seen, or that it is right: no case's fact (平台上看到, 后台里显示, 是对的, 也没错). */
    private static final java.util.regex.Pattern SEEN_OR_RIGHT =
            java.util.regex.Pattern.compile("(?:上|里)(?:看到|看见|显示|查到)|是对的|也没错|没有错|没填错|填对了|是正确的");
    private final FlowStep step;
    private final AnswerLexicon lexicon;
    /** The step's options' phrasings, to compare replies with. */
    private final OptionPhrasings phrasings;
    /** Pairs of words one answer cannot say both of (他出, 到付), in the same form. */
    private final List<List<String>> contradicts;
    /**
     * The "all met" option's phrasings that name none of the step's things (说好了, 谈妥了): agreement
     * told in so many words, which a pair of {@link #contradicts} beside it does not undo — the step
     * asks whether the terms are agreed, and the seller says they are (说好了他出运费，到付).
     */
    private final List<String> agreedAlone;
    /** States that are not yet what the step asks ({@code pending}), in the form replies are compared in. */
    private final List<String> pending;
    /** What the step's "all met" may leave out ({@code exempt}), and how a reply leaves only that out. */
    private final ExemptRemainder exempt;
    /** What single clauses say against or beside "all met", and which option clearly wins. */
    private final ClauseVerdicts verdicts;
    /** At a choice, the facts a story tells of each option. */
    private final OptionSigns signs;
    /** What each clause of a reply says, on its own. */
    private final ClauseVotes clauseVotes;
    /** Some length of time said without a number (很久, 好几个月, 半年, 去年, 以前: {@code long-ago} in phrases.yaml). */
    private final Pattern longAgo;
    /** Something said of how recent (刚, 才, 最近: phrases.yaml {@code recent}), or null when the knowledge has none. */
    private final Pattern recent;
    /** No sale since (之后就没单了, 两个月没有交易了: phrases.yaml {@code no-sale}). */
    private final Pattern noSale;
    /** How the days told stand against the step's line. */
    private final DaysAtStep dayLine;

    WholeReplyReader(FlowStep step, AnswerLexicon lexicon, List<String> about, List<String> pending,
                     OptionPhrasings phrasings, ClauseVerdicts verdicts, OptionSigns signs, ExemptRemainder exempt,
                     ClauseVotes clauseVotes) {
        this.step = step;
        this.lexicon = lexicon;
        this.phrasings = phrasings;
        this.contradicts = step.contradicts().stream().map(pair -> pair.stream()
                .map(w -> StepReader.matchText(lexicon.normalizer().utterance(w))).toList()).toList();
        this.agreedAlone = contradicts.isEmpty() ? List.of() : step.affirmativeOption().stream()
                .flatMap(yes -> java.util.stream.Stream.concat(java.util.stream.Stream.of(yes.label()),
                        yes.alternates().stream()))
                .map(w -> StepReader.matchText(lexicon.normalizer().utterance(w)))
                .filter(w -> w.length() > 1 && about.stream().noneMatch(w::contains)).distinct().toList();
        this.pending = pending;
        this.exempt = exempt;
        this.verdicts = verdicts;
        this.signs = signs;
        this.clauseVotes = clauseVotes;
        this.longAgo = lexicon.pattern("long-ago");
        this.recent = lexicon.optionalPattern("recent");
        this.noSale = lexicon.pattern("no-sale");
        this.dayLine = new DaysAtStep(step, lexicon, verdicts);
    }

    /**
     * How {@code said}, read whole, answers the step, dates in it read against {@code today}; a
     * {@code statement} (it asks nothing) does not resemble its way into an option that answers a question.
     */
    Reading read(Utterance said, LocalDate today, boolean statement) {
        Utterance u = lexicon.corrected(said);
        List<StepOption> options = step.options();
        String compact = u.compact();
        if (options.isEmpty() || compact.isEmpty()) {
            return new Reading(null, How.UNCLEAR, 0, 0);
        }
        int n = AnswerLexicon.numberIn(compact);
        if (n != -1) {
            return n >= 1 && n <= options.size() ? new Reading(options.get(n - 1), How.NUMBER, 1, 0)
                    : new Reading(null, How.UNCLEAR, 0, 0);
        }
        Integer same = phrasings.exact(compact);
        if (same != null) {
            return new Reading(options.get(same), How.WORDS, 1, 0);
        }
        List<String> asRead = exempt.apart(lexicon.answerClauses(u));
        List<String> clauses = step.isChoice() ? ReplyClauses.withoutDenials(asRead) : additions(asRead);
        // (at the days step a bare acknowledgement, 行 or ok, agrees rather than tells: its yes would end the walk with all
        // conditions met, so it answers nothing)
        if (step.readsDays() && lexicon.isAssent(compact)) {
            return new Reading(null, How.UNCLEAR, 0, 0);
        }
        if (lexicon.isAffirmative(compact) || lexicon.isNegative(compact)) {
            StepOption meant = (lexicon.isAffirmative(compact) ? step.affirmativeOption() : step.negativeOption())
                    .orElse(null);
            return new Reading(meant, meant == null ? How.UNCLEAR : How.BARE, meant == null ? 0 : 1, 0);
        }
        // one character alone that is no bare yes or no and no option's words (有, at "are they all finished?") says nothing
        // the step can read: it resembles an option by its one character only
        if (compact.codePointCount(0, compact.length()) == 1) {
            return new Reading(null, How.UNCLEAR, 0, 0);
        }
        // an acknowledgement alone (好的, 收到, 知道了) takes in what was said; it tells nothing of the step, whatever an
        // option's phrasing it resembles (买家回了好的)
        if (lexicon.isAcknowledgement(compact)) {
            return new Reading(null, How.UNCLEAR, 0, 0);
        }
        // (a 还有 read as 'also' is gone from the text too)
        String text = step.isChoice() || clauses == asRead ? StepReader.matchText(u) : String.join("", StepReader.ownClauses(clauses));
        // the states of the step's things told one by one, all settled (大部分是交易成功，有两单是关闭的): all met
        // (not at a days step: the trades all ended, 订单都是交易成功或交易关闭, says not when the last one did)
        if (!step.isChoice() && !step.readsDays()
                && verdicts.allToldSettled(StepReader.ownClauses(clauses))) {
            return step.affirmativeOption().map(yes -> new Reading(yes, How.MEANING, StepReader.MIN_SCORE, 0))
                    .orElse(new Reading(null, How.UNCLEAR, 0, 0));
        }
        // at a choice, a reply telling a state that is none of its cases yet (还没发货呢，单号没填) says none of them;
        // a thing named alone (快递, 圆通) says nothing of it, nor a reply that only points (就是那个问题)
        if (text.isEmpty() || lexicon.namesAThingOnly(text) || lexicon.pointsOnly(text) || contradicts.stream().anyMatch(pair -> pair.stream().allMatch(w -> lexicon.asserts(text, w)))
                    && agreedAlone.stream().noneMatch(w -> lexicon.asserts(text, w))
                || step.isChoice() && pending.stream().anyMatch(text::contains)) {
            return new Reading(null, How.UNCLEAR, 0, 0);
        }
        // at a choice, what the clauses tell of the options' facts, found once
        OptionSigns.Told told = step.isChoice() && signs.any() ? signs.told(StepReader.ownClauses(clauses)) : null;
        // the catch-all ("another reason") stands aside when the facts told are one listed option's only
        // (快递揽收晚了一天，网点也认了是他们那边的原因: 原因 is like 其他原因, the facts are the courier's)
        int signed = told == null ? -1 : told.onlyOption();
        // (not beside a second case: 快递没揽收，另外买家也是故意找茬 tells two reasons)
        boolean catchAllAside = signed >= 0 && !options.get(signed).catchAll()
                && !SECOND_CASE.matcher(ANOTHERS.matcher(StepReader.matchText(u)).replaceAll("")).find();
        // a clause about only what the step exempts (就剩48小时发货那个关不掉) says nothing against "all met"
        boolean exemptLeft = exempt.onlyExemptLeft(clauses);
        ClauseVotes.Votes votes = clauseVotes.of(clauses, statement, today, signed, catchAllAside, exemptLeft);
        if (votes.twoAnswers()) {
            return new Reading(null, How.UNCLEAR, votes.clashing(), votes.clashedWith());
        }
        double[] scores = votes.scores();
        int saidBy = votes.saidBy();
        boolean namedExactly = votes.namedExactly();
        // a clause in an option's own words is as good as meaning, not certain: the rest may ask something
        How how = How.MEANING;
        List<String> cues = lexicon.cuesIn(text);
        boolean partial = cues.contains("partial") || cues.contains("others") && !verdicts.restToldDone(StepReader.ownClauses(clauses))
                || !step.isChoice() && verdicts.toldOfAPart(StepReader.ownClauses(clauses))
                || !step.isChoice() && proposes(u);
        boolean daysStep = step.readsDays();
        List<String> own = StepReader.ownClauses(clauses);
        // a date told as a fact beside the seller's own hedged reckoning of it (最后一单是10月20号交易成功的，这都超了吧):
        // the date decides, when the reckoning agrees with it
        List<String> reckoning = partial && daysStep ? dayLine.reckoningBesideDates(own, today) : List.of();
        if (!reckoning.isEmpty()) {
            partial = false;
            own = own.stream().filter(c -> !reckoning.contains(c)).toList();
        }
        // a date told as an estimate (最后一笔大概国庆前后吧): the estimate decides when, off by half either way, it
        // would still meet the same option; one nearer the line (大概一个月前) is asked again
        List<String> plainOwn = partial && daysStep && reckoning.isEmpty()
                ? own.stream().map(lexicon::withoutApproximation).toList() : null;
        int estimated = plainOwn == null ? -1 : dayLine.estimatedDays(text, plainOwn, today);
        if (estimated >= 0) {
            partial = false;
            own = plainOwn;
        }
        // (the dates of the clauses read: not one the reply denies, 是10月20号确认收货的 不是11月, nor one it concedes before a 'but')
        String dated = daysStep ? datedText(text, clauses) : text;
        int days = estimated >= 0 ? estimated
                : !partial && daysStep ? lexicon.daysIn(dated, StepReader.ownClauses(clauses), today) : -1;
        // days that meet the step beside a clause saying something is not done, still going or unknown
        // (10月22号交易成功，还有一单退款没处理完; 后面的单子没仔细看): not the step's "all met"
        if (days >= 0 && dayLine.movesOnAt(days) && clauseVotes.keepsDaysFromStanding(own, today)) {
            return new Reading(null, How.UNCLEAR, 0, 0);
        }
        // a month told without a day that may fall on either side of the line (上个月就没单了, 最后一单是11月份): neither, not
        // "still within" from its last day
        if (dayLine.eitherSide(dated, StepReader.ownClauses(clauses), days, today)) {
            return new Reading(null, How.UNCLEAR, 0, 0);
        }
        if (days >= 0) {
            how = estimated >= 0 ? How.ESTIMATED : reckoning.isEmpty() ? How.DAYS : How.DATED;
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).days() != null) {
                    scores[i] = options.get(i).days().holds(days) ? Math.max(scores[i], 0.9) : scores[i] * 0.3;
                }
            }
        }
        // a part or a guess (其他的都过了, 应该都关了吧) never meets what a bare yes would, unless what it
        // leaves out is only what the step exempts (就剩48小时发货那个关不掉); nor does "some did" with no
        // "all" (关了几个, 有几单是买家取消的)
        boolean someOnly = how != How.DAYS && how != How.DATED && how != How.ESTIMATED && cues.contains("some") && !cues.contains("complete")
                && !cues.contains("negation") && !cues.contains("still");
        if ((partial || someOnly) && !exemptLeft) {
            step.affirmativeOption().ifPresent(yes -> scores[options.indexOf(yes)] = 0);
        }
        // the runner-up is the best option that leads somewhere else: two ways of saying "invalid" do not compete
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        double top = best < 0 ? 0 : scores[best];
        double second = 0;
        for (int i = 0; i < scores.length; i++) {
            if (i != best && !ClauseVerdicts.sameOutcome(options.get(i), options.get(best)) && !verdicts.outranked(i, best, text)) {
                second = Math.max(second, scores[i]);
            }
        }
        boolean clear = best >= 0 && top >= StepReader.MIN_SCORE && top - second >= StepReader.MIN_MARGIN
                && (how != How.MEANING || namedExactly || !step.isChoice() || phrasings.tellsApart(text, best))
                // at a choice, a second case told beside the first (填错了一单，还有一单发货时忘记填了) is two answers
                && !secondCase(text, second)
                // nor one that says 'not' of the option's own words (撤销已执行的处罚: 处罚还没执行呢)
                && !(step.isChoice() && best >= 0 && deniesOption(text, best))
                // nor a reply that only says what the case is not (跟快递没关系), unless as "none of these"
                && !(step.isChoice() && best >= 0 && !options.get(best).catchAll() && ReplyClauses.onlyDenials(clauses));
        // at a days step, moving on by resemblance alone needs some length of time said (很久, 早就过了, 几个月):
        // "no sale after" with no date (之后就没单了) says nothing of how long ago the last one was
        if (clear && how == How.MEANING && options.get(best).days() != null && !options.get(best).stays()
                && !namedExactly && !cues.contains("over") && !cues.contains("complete") && !longAgo.matcher(text).find()) {
            return new Reading(null, How.UNCLEAR, top, second);
        }
        // …and staying by resemblance alone needs something said of how recent or of "not yet" (刚, 才, 最近, 不到, 还没):
        // the last sale named with nothing of when (最后一单, 中秋那单是最后一单) is like "the last one is this week's" by its
        // words only, and the step's answer to it tells the seller a condition is unmet
        // (the 'not' of no sale since, 上个月就没有订单了, is none of "not yet")
        List<String> cuesBesideNoSale = cues.contains("negation") ? lexicon.cuesIn(noSale.matcher(text).replaceAll(" ")) : cues;
        if (clear && how == How.MEANING && options.get(best).days() != null && options.get(best).stays() && !namedExactly
                && !cues.contains("under") && !cuesBesideNoSale.contains("negation") && !cues.contains("still")
                && recent != null && !recent.matcher(text).find()) {
            return new Reading(null, How.UNCLEAR, top, second);
        }
        // at a choice, a reply like a case only by its words, telling none of its facts, that says where something was seen
        // or that it is right (我在物流平台上看到单号错了: seen there, not shipped there; 单号填好了，是对的啊): asked again
        if (clear && how == How.MEANING && told != null && !namedExactly && !told.tells(best) && SEEN_OR_RIGHT.matcher(text).find()) {
            return new Reading(null, How.UNCLEAR, top, second);
        }
        // at a choice, a story that tells the facts of two outcomes (快递那边揽收晚了，但我们自己也发晚了) is
        // two answers, whichever of them its words resemble most
        if (clear && told != null && how == How.MEANING && told.twoOutcomes()) {
            return new Reading(null, How.UNCLEAR, top, second);
        }
        // nor does resemblance stand against the facts of another outcome only (仓库人手不够 … 被扣了分: 扣分 is
        // like "revoke the executed penalty", the facts are our own delay): asked again, never a verdict
        // (a case named in its own words beside another outcome's facts is two causes too: 快递公司原因，但其实也是我们没备好货)
        if (clear && told != null && how == How.MEANING) {
            if (signed >= 0 && !ClauseVerdicts.sameOutcome(options.get(signed), options.get(best))) {
                // (…unless those facts are "another reason"'s and nothing is said of the other's own, 是我们自己的问题 being like
                // 快递的问题 by its shape only: the facts decide)
                // (…nor when our own fault is told in a clause of its own, beside the courier cleared or what followed: 快递说揽收
                // 都正常 是我们仓库打包慢了)
                boolean factsDecide = options.get(signed).catchAll()
                        && (!verdicts.outranked(signed, best, text) || clauseVotes.ownFactsOutweigh(own, signed, best))
                        && signedStands(signed, text, clauses, second);
                return factsDecide
                        ? new Reading(options.get(signed), How.MEANING, Math.max(StepReader.MIN_SCORE, scores[signed]), second)
                        : new Reading(null, How.UNCLEAR, top, second);
            }
        }
        // "all met" while one clause says a part of it is not done yet (地址给了，收件人电话忘了给)
        // (each clause on its own: the whole, joined, would hear 没有 and 还 of different clauses together)
        // (nor fewer counted done than all there are, 10单有9单成功了; nor English with a 'not' or a part anywhere in it —
        // its words are read apart, so the whole is looked at: not all closed yet, closed 3 of 4 services, one left)
        List<String> ownRead = StepReader.ownClauses(clauses);
        // (…but another shop's, 另一个店11月25号还有一笔, at the days step: its sale is not this deposit's)
        if (clear && best == verdicts.yesIndex() && (ownRead.stream()
                .anyMatch(c -> verdicts.keepsFromAllMet(c) && !(days >= 0 && dayLine.overBefore(c, ownRead, days, today))
                        && !(daysStep && ownRead.size() > 1 && lexicon.ofAnotherShop(c)))
                || verdicts.notAllMet().oneStateOnly(ownRead) || verdicts.notAllMet().fewerThanAll(text)
                || NotAllMet.englishHedged(u))) {
            return new Reading(null, How.UNCLEAR, top, second);
        }
        // at a choice, a story the phrasings cannot decide that names the signs of one option and no
        // other's (第一个包裹在路上丢了，又重新寄了一份): that option, when its words lean that way too (the
        // option it is most like; "another reason", which gives no verdict, needs no lean), unless the
        // reply denies it or tells a second case
        // (the catch-all's facts that only clear another option's cause, 下单第二天就揽收了, tell no reason of their own)
        if (!clear && told != null) {
            if (signed >= 0 && (leans(scores, signed, best) || options.get(signed).catchAll() && clauseVotes.tellsOwn(own, signed))
                    && signedStands(signed, text, clauses, second)) {
                return new Reading(options.get(signed), How.MEANING, Math.max(StepReader.MIN_SCORE, scores[signed]), second);
            }
        }
        // at a yes/no step, one clause clearly says an option and the others say nothing either way
        // (投诉昨天判下来了，已经结案): that option, if nothing above kept it from standing
        if (!clear && saidBy >= 0 && !step.isChoice() && scores[saidBy] >= StepReader.MIN_SCORE
                && verdicts.neutralBesides(StepReader.ownClauses(clauses), saidBy)
                && !(saidBy == verdicts.yesIndex() && StepReader.ownClauses(clauses).stream().anyMatch(c -> verdicts.keepsFromAllMet(c)))) {
            return new Reading(options.get(saidBy), How.MEANING, scores[saidBy], second);
        }
        if (!clear && saidBy < 0 && !verdicts.notAllMet().oneStateOnly(StepReader.ownClauses(clauses))) {
            StepOption byPolarity = verdicts.byPolarity(text);
            // (never past a days step by a 'yes' alone: 订单都是交易成功或交易关闭 says no days; nor to "all met" beside a clause
            // that keeps it from standing, a plan among them: 我要等订单完结)
            boolean toYes = byPolarity != null && byPolarity == step.affirmativeOption().orElse(null);
            if (byPolarity != null && !(daysStep && toYes)
                    && !(toYes && ownRead.stream().anyMatch(verdicts::keepsFromAllMet))) {
                return new Reading(byPolarity, How.POLARITY, StepReader.MIN_SCORE, second);
            }
        }
        if (!clear) {
            // a clause in an option's own words that the rest does not contradict (都不是，是买家地址写错了:
            // none of the listed reasons), unless that option is "all met", which nothing half-read may reach
            StepOption named = secondCase(text, second) ? null : namedByAClause(u);
            if (named != null) {
                return new Reading(named, How.MEANING, StepReader.MIN_SCORE, second);
            }
        }
        return new Reading(clear ? options.get(best) : null, clear ? how : How.UNCLEAR, top, second);
    }

    /** The clauses with every 还有 that adds to "all met" (还有两个是交易关闭的) read without it, and their whole. */
    /**
     * {@code text}, or, when the clauses read leave some of it out (a denial beside what it is, 是10月20号确认收货的 不是11月),
     * the clauses read joined: the dates told are theirs.
     */
    private static String datedText(String text, List<String> clauses) {
        List<String> own = StepReader.ownClauses(clauses);
        int kept = own.stream().mapToInt(String::length).sum();
        return kept < text.replace(" ", "").length() ? String.join("，", own) : text;
    }

    private List<String> additions(List<String> clauses) {
        List<String> own = StepReader.ownClauses(clauses);
        List<String> read = own.stream().map(verdicts::withoutAdditiveStill).toList();
        if (read.equals(own)) {
            return clauses;
        }
        return own.size() < clauses.size() ? Stream.concat(read.stream(), Stream.of(String.join("", read))).toList() : read;
    }

    /**
     * Whether the reply's words lean towards {@code signed}, the option whose facts it tells: it is the
     * option they are most like, or within the margin of it (当时发货没填运单号，现在要补上: 补上 is like
     * 补发, the facts are 没填), or the one they are most like has the same outcome (活动价设太低了，亏本发不了:
     * 发不了 is like 停产了发不了, both invalid).
     */
    private boolean leans(double[] scores, int signed, int best) {
        // (near the best when that is like nothing clearly either: 快递压件导致超时的 is as faintly like a price set too low)
        return signed == best || (scores[signed] >= StepReader.MIN_SCORE || best >= 0 && scores[best] < StepReader.MIN_SCORE)
                && scores[best] - scores[signed] < StepReader.MIN_MARGIN
                || best >= 0 && !step.options().get(best).catchAll() && ClauseVerdicts.sameOutcome(step.options().get(signed), step.options().get(best));
    }

    /**
     * Whether the option {@code signed}, whose signs alone the reply tells, stands as its answer: the reply tells no second
     * case, is not only denials, and denies neither the option's label nor its signs.
     */
    private boolean signedStands(int signed, String text, List<String> clauses, double second) {
        return !secondCase(text, second) && !ReplyClauses.onlyDenials(clauses)
                && !deniesOption(text, signed);
    }

    /** Whether {@code text} denies option {@code i}'s label or a word only its phrasings hold, its own intent disclaimed aside. */
    private boolean deniesOption(String text, int i) {
        String denying = lexicon.withoutDisclaimer(text);
        return phrasings.deniesLabel(denying, step.options().get(i)) || phrasings.denies(denying, i);
    }

    /** At a choice, a second case told beside the first, and like another option: two answers. */
    private boolean secondCase(String text, double second) {
        return step.isChoice() && SECOND_CASE.matcher(ANOTHERS.matcher(text).replaceAll("")).find()
                && second >= StepReader.SECOND_CASE_SCORE;
    }

    /** The one option (not "all met") that a clause of the reply names in its own words, or null. */
    private StepOption namedByAClause(Utterance u) {
        StepOption found = null;
        for (String clause : u.normalized().split(" ")) {
            Integer i = phrasings.exact(clause);
            if (i == null) {
                continue;
            }
            StepOption o = step.options().get(i);
            if (i == verdicts.yesIndex() || found != null && found != o) {
                return null;
            }
            found = o;
        }
        return found;
    }

    /**
     * Whether a reply ends by proposing (各出一半吧, 那就到付吧): at a yes/no step a proposal is not what
     * was agreed or done, any more than a presumption (都关了吧, a guess cue with its exceptions) is.
     */
    private static boolean proposes(Utterance u) {
        String basic = u.basic();
        return basic.endsWith("吧") && basic.length() > 1 && !basic.endsWith("了吧") && !basic.endsWith("的吧");
    }
}
