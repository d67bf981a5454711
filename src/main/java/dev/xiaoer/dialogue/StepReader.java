package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a seller's answer to one flow step as one of the step's options, by meaning: a number
 * (2, 第二个), an option's own words, a bare yes or no (what it means is the step's to say), a stated
 * number of days against an option's day condition, and otherwise the closest of the options'
 * phrasings ({@link OptionPhrasings}), clause by clause, with what the step exempts, what it holds
 * pending and what a clause says is not done yet weighed against "all met". It reads an answer only when one
 * option clearly wins: a reply that fits none, or two (它们都关了，还有一个没关), is unclear, and the
 * step never advances on it. The reply is read whole by {@link WholeReplyReader}; "all met" then stands
 * only when the reply tells of all the step's items. Built once per step and knowledge version; thread-safe.
 */
final class StepReader {
    /** Lowest similarity an option may win with. */
    static final double MIN_SCORE = 0.45;
    /** How far the winner must be ahead of the runner-up. */
    static final double MIN_MARGIN = 0.15;
    /** How like another option the reply must also be for a second case to make it two answers. */
    static final double SECOND_CASE_SCORE = 0.3;

    /** How an answer was read. */
    /**
     * How a reply was read; {@code DATED} is by days from dates told as facts beside the seller's own hedged
     * reckoning of them, which agrees (10月20号交易成功的，这都超了吧): the guess is the reckoning's, not the dates'.
     */
    enum How { NUMBER, WORDS, BARE, DAYS, DATED, ESTIMATED, MEANING, POLARITY, UNCLEAR }

    /** The option a reply means (null when unclear), how it was read, and the two best scores. */
    record Reading(StepOption option, How how, double score, double runnerUp, int toldItems) {
        Reading(StepOption option, How how, double score, double runnerUp) {
            this(option, how, score, runnerUp, 0);
        }

        boolean clear() {
            return option != null;
        }

        /** This reading made unclear: no option, its scores kept (what weighed it stands; nothing is taken). */
        Reading unclear() {
            return new Reading(null, How.UNCLEAR, score, runnerUp);
        }

        /** Read from a number, an option's own words or a bare yes/no: nothing to weigh. */
        boolean certain() {
            return how == How.NUMBER || how == How.WORDS || how == How.BARE;
        }

        /** Read by days (stated, or dated beside an agreeing reckoning). */
        boolean byDays() {
            return how == How.DAYS || how == How.DATED || how == How.ESTIMATED;
        }
    }

    /** Below this likeness, an option that needs a sign ({@code needs-sign}) is read only with one of its signs told. */
    private static final double FAINT_LIKENESS = 0.5;

    private final FlowStep step;
    private final AnswerLexicon lexicon;
    /** The step's options' phrasings, to compare replies with. */
    private final OptionPhrasings phrasings;
    /** What the step's "all met" may leave out ({@code exempt}), and how a reply leaves only that out. */
    private final ExemptRemainder exempt;
    /** What single clauses say against or beside "all met", and which option clearly wins. */
    private final ClauseVerdicts verdicts;
    /** At a choice, the facts a story tells of each option. */
    private final OptionSigns signs;
    /** The things the step asks about together, and whether a reply tells of only some. */
    private final StepItems items;
    /** What each clause of a reply says, on its own. */
    private final ClauseVotes clauseVotes;
    /** The reply read whole against the options, before the step's items are checked. */
    private final WholeReplyReader whole;
    /** What a reply says of some sales only, at a step with days. */
    private final SalesTold sales;
    /** Whether a reply's clauses are about the step's things or only things elsewhere (店铺已经关了). */
    private final StepSubjects subjects;
    /** The step's {@code about} words in the compared form (投诉, 结案): what a guessed "none of them" is of. */
    private final List<String> about;
    /** The exempt thing referred back to (除了它, 原来不用关; phrases.yaml {@code exempt-referent}), or null. */
    private final Pattern exemptReferent;
    /** What tells without denying (phrases.yaml {@code not-denying}), blanked before a 'not' is looked for; or null. */
    private final Pattern notDenying;
    /** A rounding word before a quantity (差不多一周; {@code approximate-quantity}), which is no guess; or null. */
    private final Pattern approximateQuantity;
    /** A sale said not to have been only since lately ({@code recent-no-sale}, optional): no "all done" of the orders. */
    private final Pattern recentNoSale;

    /**
     * A reader for every step of every flow, by {@code flowId/stepId}. A reply's words that belong to
     * other steps' answers (投诉 said at the sub-services step) count against this step's options, so
     * that steps' readings can be compared: how much depends on how few steps use the word.
     */
    static Map<String, StepReader> forAll(KnowledgeBase kb, AnswerLexicon lexicon) {
        Map<String, StepReader> readers = new HashMap<>();
        for (Flow flow : kb.flows().values()) {
            for (FlowStep step : flow.steps().values()) {
                if (!step.isEnd()) {
                    readers.put(flow.id() + "/" + step.id(), new StepReader(step, lexicon));
                }
            }
        }
        OptionPhrasings.weighAcross(readers.values().stream().map(r -> r.phrasings).toList());
        return readers;
    }

    private StepReader(FlowStep step, AnswerLexicon lexicon) {
        this.step = step;
        this.lexicon = lexicon;
        List<String> about = compared(step.about(), lexicon);
        this.about = about;
        this.exempt = new ExemptRemainder(compared(step.exempt(), lexicon), about, lexicon);
        List<String> pending = compared(step.pending(), lexicon);
        List<String> settled = compared(step.settled(), lexicon);
        this.phrasings = new OptionPhrasings(step, lexicon);
        this.verdicts = new ClauseVerdicts(step, lexicon, phrasings, about, pending, settled, exempt);
        this.signs = new OptionSigns(step, lexicon);
        this.items = new StepItems(step, lexicon);
        this.clauseVotes = new ClauseVotes(step, lexicon, phrasings, verdicts, signs, exempt);
        this.whole = new WholeReplyReader(step, lexicon, about, pending, phrasings, verdicts, signs, exempt, clauseVotes);
        this.sales = new SalesTold(step, lexicon, whole);
        this.subjects = new StepSubjects(step, lexicon);
        this.exemptReferent = lexicon.optionalPattern("exempt-referent");
        this.notDenying = lexicon.optionalPattern("not-denying");
        this.approximateQuantity = lexicon.optionalPattern("approximate-quantity");
        this.recentNoSale = lexicon.optionalPattern("recent-no-sale");
    }

    /** How {@code said} answers this step, dates in it read against {@code today}. */
    Reading read(Utterance said, LocalDate today) {
        return read(said, today, false);
    }

    /**
     * The same, for a reply known to be a {@code statement} (it asks nothing): it does not resemble its
     * way into an option that answers a question (官方直送怎么关？), whatever words it shares with it
     * (已经关闭了，连官方直送一起), unless it is that option's phrasing word for word.
     */
    Reading read(Utterance said, LocalDate today, boolean statement) {
        return read(said, today, statement, 0);
    }

    /**
     * The same, at a step whose things the seller has told some of ({@code toldBefore}, bits by its items) in earlier
     * replies: "all met" told of the rest (电话也给了, after 地址发了) is all met. A reply telling "all met" of some of
     * them only is not yet, and its {@link Reading#toldItems} says which it told.
     */
    Reading read(Utterance said, LocalDate today, boolean statement, int toldBefore) {
        boolean exemptLeftBefore = (toldBefore & FlowFrame.EXEMPT_LEFT) != 0;
        toldBefore &= ~FlowFrame.EXEMPT_LEFT;
        if (exemptLeftBefore && statement && exemptReferent != null) {
            // (the exempt thing referred back to, 除了它, 原来不用关: what is said is of the rest)
            String text = matchText(said);
            String rest = exemptReferent.matcher(text).replaceAll(" ").strip();
            said = rest.equals(text) || rest.isEmpty() ? said : lexicon.normalizer().utterance(rest);
        }
        Reading reading = whole.read(said, today, statement);
        // (an option that needs a sign is not read by likeness over the one option whose signs the reply tells: 搞促销把价格填错
        // 少了个0 只能不发货 — its 不发货 is like both listed cases that cannot ship, its price told wrong is one's only; told
        // first, so that a faint likeness below, 买家就投诉了 ~ 撤销投诉, does not take the case told away)
        if (reading.clear() && reading.how() == How.MEANING && reading.option().needsSign() && step.isChoice() && signs.any()) {
            OptionSigns.Told told = signs.told(ownClausesOf(said));
            int only = told.onlyOption();
            if (only >= 0 && told.namesOnly(only) && step.options().get(only) != reading.option()) {
                reading = new Reading(step.options().get(only), How.MEANING, reading.score(), reading.runnerUp());
            }
        }
        // (nor by a faint likeness alone: 买家一直不回消息 没法和解 ~ 定制商品没法按时发)
        if (reading.clear() && reading.how() == How.MEANING && reading.option().needsSign() && reading.score() < FAINT_LIKENESS
                && !backedByFacts(reading, said)) {
            reading = reading.unclear();
        }
        // (nor is "no sale since lately", 上个月就没出过单了, all done: the orders before it may still be open)
        if (reading.clear() && !reading.certain() && recentNoSale != null
                && !step.readsDays()
                && step.affirmativeOption().filter(reading.option()::equals).isPresent()) {
            String text = matchText(lexicon.corrected(said));
            if (recentNoSale.matcher(text).find() && !lexicon.cuesIn(text).contains("complete")) {
                reading = reading.unclear();
            }
        }
        // (an unclear statement's words and cues, as the readings below compare them: found once)
        String unclear = !reading.clear() && statement ? matchText(lexicon.corrected(said)) : null;
        List<String> unclearCues = unclear == null ? List.of() : lexicon.cuesIn(unclear);
        // "the others are done" after the seller told what is left is only what the step exempts (24h发货那个关不掉 …
        // then 其他的都关了): all met
        if (unclear != null && exemptLeftBefore) {
            Optional<StepOption> yes = step.affirmativeOption();
            if (unclearCues.contains("others") && unclearCues.contains("complete") && sure(unclear, unclearCues)
                    && !unclearCues.contains("negation") && yes.isPresent()) {
                return new Reading(yes.get(), How.MEANING, Math.max(MIN_SCORE, reading.score()), reading.runnerUp());
            }
        }
        // the rest of the things told, sure, after a part (吊牌说了 …, then 时间也说了): all met, however faintly its words
        // resemble the step's "agreed"
        if (unclear != null && toldBefore != 0) {
            // (not a state the step names pending, 吊牌的话买家说已经剪了: the tags told of, and gone)
            if (items.completes(unclear, unclearCues, toldBefore) && sure(unclear, unclearCues)
                    && !unclearCues.contains("negation") && !verdicts.stillPending(unclear)) {
                Optional<StepOption> yes = step.affirmativeOption();
                if (yes.isPresent()) {
                    return new Reading(yes.get(), How.MEANING, Math.max(MIN_SCORE, reading.score()), reading.runnerUp());
                }
            }
        }
        // some of the step's things told surely beside a clause leaving another not done (运费他同意出 先付，但快递还没谈拢):
        // an unclear reply that keeps what it told surely, and asks for the rest
        if (!reading.clear() && statement && items.any()) {
            int surely = 0;
            boolean notDone = false;
            // (what follows a 'but' is what is not done yet: 但他想发邮政，我要顺丰，还没谈拢)
            boolean afterBut = false;
            int namedBefore = 0;
            // (the things only named in the clauses right before, a list the next clause tells of: 退货地址 收件人 电话都发了)
            int listed = 0;
            for (String clause : ownClausesOf(said)) {
                List<String> cues = lexicon.cuesIn(clause);
                int named = items.named(clause);
                boolean onlyNamed = named != 0 && items.listsOnly(clause);
                afterBut |= BUT.matcher(clause).lookingAt();
                // (not a state the step holds pending, 运费他说随便: no payer told; nor a thing only named, which tells nothing)
                // (a 都 after a list is of the things listed: 地址 收件人都发了 电话还没给 tells the address and the receiver;
                // a 也 beside one thing named is that thing too, 收件人也说了 电话还没给, not all)
                if (named != 0 && !onlyNamed && !afterBut && sure(clause, cues)
                        && (!cues.contains("negation") || termAfterTold(clause))
                        && (!lexicon.saysAllItems(clause, false) || listed != 0) && !verdicts.stillPending(clause)) {
                    surely |= named | listed;
                } else if (cues.contains("negation") || cues.contains("still")) {
                    notDone = true;
                    // (a 'not yet' naming nothing is of what the clause before it told: 买家说到付 我说他先付 还没谈拢)
                    surely = named == 0 ? surely & ~namedBefore : surely;
                }
                namedBefore = named | listed;
                listed = onlyNamed ? listed | named : 0;
            }
            if (surely != 0 && notDone && (surely | toldBefore) != items.all()) {
                return new Reading(null, How.UNCLEAR, reading.score(), reading.runnerUp(), surely);
            }
        }
        // a part told surely, nothing said against it or to come, the whole read only faintly (他说要用顺丰 at the fee step): that
        // part kept, the rest asked for — never the thing the step turns on, which read faintly is no term agreed (那就到付吧,
        // 运费他说明天再回我: a proposal, a reply to come)
        if (unclear != null && items.any()) {
            int named = items.named(unclear);
            if (named != 0 && !items.holdsTurning(named) && (named | toldBefore) != items.all() && (named & ~toldBefore) != 0
                    && !items.namesOnly(unclear) && sure(unclear, unclearCues) && !unclearCues.contains("negation")
                    && (!unclearCues.contains("planned") || lexicon.setsADeadline(unclear))
                    && !lexicon.objects(unclear) && !verdicts.stillPending(unclear)) {
                return new Reading(null, How.UNCLEAR, reading.score(), reading.runnerUp(), named);
            }
        }
        if (reading.option() != null) {
            Reading notMet = notMetAfterAll(reading, said, today, toldBefore);
            if (notMet != null) {
                return notMet;
            }
        }
        // "all met" told of some of the things the step asks about, not all (退货地址已经发给买家了): not yet
        if (reading.option() != null && reading.how() != How.NUMBER && reading.how() != How.BARE
                && step.affirmativeOption().filter(reading.option()::equals).isPresent()) {
            String text = matchText(lexicon.corrected(said));
            // (the things only named, nothing said of them: 时间和吊牌 — by resemblance alone it had read "agreed")
            if (items.namesOnly(text)) {
                return new Reading(null, How.UNCLEAR, reading.score(), reading.runnerUp());
            }
            if (items.toldInPart(ownClausesOf(said), toldBefore)) {
                // (a part told wrong, or beside a 'still' or a guess — 地址发错了, 地址还没发 电话给了 — is told of nothing)
                return new Reading(null, How.UNCLEAR, reading.score(), reading.runnerUp(),
                        sure(text, lexicon.cuesIn(text)) ? items.named(text) : 0);
            }
        }
        return reading;
    }

    /**
     * {@code reading}, a clear one, taken back when the reply's own clauses say its option is not met after all (null when
     * they do not): days told of some sales, not the last (有几单超过30天了，最近那单还没有); "all met" told of things the step
     * does not ask about (店铺已经关了, 保证金是去年交的 早超过30天了); "all met" beside an objection or a doubt still open on one
     * of the things asked about together (退货时间、包装都没问题，就是吊牌他不同意; 运费我们出，快递他说再想想), what the other
     * clauses told surely kept. The reply is cut into its clauses once, for all three.
     */
    private Reading notMetAfterAll(Reading reading, Utterance said, LocalDate today, int toldBefore) {
        List<String> own = ownClausesOf(said);
        boolean allMet = step.affirmativeOption().filter(reading.option()::equals).isPresent();
        boolean overDays = reading.byDays() && !reading.option().stays();
        boolean pastDays = overDays || allMet && step.readsDays();
        if (sales.notAllPast(own, overDays, pastDays, today)) {
            return reading.unclear();
        }
        // (…unless a clause naming nothing says it all done on its own, 都确认了，买家说尺码小了: the answer, and why the buyer
        // returns it beside)
        if (!reading.certain() && (allMet || overDays) && subjects.onlyElsewhere(own)
                && own.stream().noneMatch(c -> saysItAlone(c, reading.option(), today))) {
            return reading.unclear();
        }
        if (allMet && reading.how() != How.NUMBER && reading.how() != How.BARE && items.any()
                && own.stream().anyMatch(c -> lexicon.objects(c) || lexicon.saysWrong(c) && items.named(c) != 0)) {
            int surely = 0;
            for (String clause : own) {
                List<String> cues = lexicon.cuesIn(clause);
                // (sure: nothing wrong, still going, guessed or unknown)
                if (!lexicon.objects(clause) && sure(clause, cues) && !cues.contains("negation")) {
                    surely |= items.named(clause);
                }
            }
            return new Reading(null, How.UNCLEAR, reading.score(), reading.runnerUp(),
                    (surely | toldBefore) == items.all() ? 0 : surely);
        }
        return null;
    }

    /**
     * Whether {@code said} tells only what every answer at this choice is told with (its {@code premise}: 我打电话给买家确认过了
     * at how-shipped): no option, and no other matter either.
     */
    boolean onlyPremise(Utterance said) {
        return clauseVotes.onlyPremise(ownClausesOf(said));
    }

    /** What was told, then the term told (吊牌说了不能拆: the 'not' is the term's, what was told is done). */
    private static final java.util.regex.Pattern TOLD_THEN = java.util.regex.Pattern.compile(
            "^(.*?(?:说了|说好了|讲了|讲好了|讲清楚了|约好了|约定了|定好了|谈好了|交代了|交代好了))(?=\\S)");

    /** Whether {@code clause} tells a thing told, its 'not' only in the term after it (吊牌说了不能拆). */
    private boolean termAfterTold(String clause) {
        java.util.regex.Matcher m = TOLD_THEN.matcher(clause);
        if (!m.find()) {
            return false;
        }
        List<String> told = lexicon.cuesIn(m.group(1));
        return !told.contains("negation") && !told.contains("still");
    }

    /** A clause opening with 'but'. */
    private static final java.util.regex.Pattern BUT = java.util.regex.Pattern.compile("但|可是|不过|只是");

    /** Told as done, surely: nothing wrong, still going, guessed or unknown (a 'not' alone may be the term: 吊牌不能拆). */
    private boolean sure(String text, List<String> cues) {
        return !lexicon.saysWrong(text) && !cues.contains("still") && !cues.contains("guess") && !cues.contains("unsure")
                && !cues.contains("partial");
    }

    /** The first names of the step's things not among {@code told} (bits): what a reply asking for the rest names. */
    List<String> itemsLeft(int told) {
        return items.left(told);
    }

    /**
     * Whether {@code reading}, of the facts told beside a question, says which case of a choice it is
     * surely enough to answer the question by: a listed case (not "another reason", which 先问个别的
     * resembles, unless its facts are told), with no guess or doubt said in {@code said}.
     */
    boolean tellsTheCase(Reading reading, Utterance said) {
        Utterance u = lexicon.corrected(said);
        List<String> cues = lexicon.cuesIn(matchText(u));
        // nor when the question names another outcome's facts (产量跟不上，是不是快递的问题也有: two causes)
        if (!step.isChoice() || !reading.clear() || cues.contains("guess") && !ofAnotherThing(said, "guess")
                || cues.contains("unsure")) {
            return false;
        }
        // ("another reason" only by its facts told, 仓库发错货了 是我们自己的问题 能申诉吗, never by its words alone)
        // (clause by clause, as backedByFacts reads them: a 'not' of another clause, 不是故意的 beside 我们仓库发错货了, denies
        // no sign of this one)
        OptionSigns.Told told = signs.told(ownClauses(lexicon.answerClauses(u)));
        return !told.twoOutcomes()
                && (!reading.option().catchAll() || told.onlyOption() == step.options().indexOf(reading.option()));
    }

    /**
     * Whether what {@code said} leaves undone is only what the step exempts (都关了，就剩48小时发货关不掉): a
     * question about that remainder (咋整, 要紧吗) is answered by the step itself, which says it need not be done.
     */
    boolean leavesOnlyExempt(Utterance said) {
        return exempt.onlyExemptLeft(lexicon.answerClauses(lexicon.corrected(said)));
    }

    /** Whether {@code said} speaks only of what the step exempts, left (24h发货那个关不掉): {@link ExemptRemainder#onlyOfExempt}. */
    boolean speaksOnlyOfExempt(Utterance said) {
        return exempt.any() && exempt.onlyOfExempt(lexicon.answerClauses(lexicon.corrected(said)));
    }

    /** The same, of a text not yet read (an entry's question). */
    boolean speaksOnlyOfExempt(String text) {
        return exempt.any() && speaksOnlyOfExempt(lexicon.normalizer().utterance(text));
    }

    /** Whether {@code clause} is about a thing this step holds is elsewhere (子服务 at the 30-day step), none of its own. */
    boolean aboutElsewhere(String clause) {
        return subjects.onlyElsewhere(List.of(clause));
    }

    /** Whether {@code said} holds one of the step's option labels word for word (超过30天了 in 超过30天了吗). */
    boolean namesAnOption(Utterance said) {
        return phrasings.namesALabel(matchText(said));
    }

    /** {@code said} without an option or the step's thing echoed back before the answer: {@link OptionPhrasings#withoutEcho}. */
    Utterance withoutEcho(Utterance said) {
        return phrasings.withoutEcho(said);
    }

    /**
     * At a choice, the case {@code said} tells by its facts surely enough to take without asking (自己叫的顺丰 发货时忘了填单号了,
     * at the situation step): a listed case, read as a statement, backed by a fact the reply tells, with no guess, doubt or
     * second case; empty at a yes/no step, or when the reply does not tell the case.
     */
    Optional<StepOption> caseTold(Utterance said, LocalDate today) {
        if (!step.isChoice()) {
            return Optional.empty();
        }
        Reading reading = read(said, today, true);
        // ("another reason" is never taken unasked: what a message opening the walk tells of the complaint, 买家投诉我们没发货,
        // is no reason the seller gives for appealing)
        return tellsTheCase(reading, said) && !reading.option().catchAll() && backedByFacts(reading, said)
                && reading.option().faq() == null && !reading.option().stays() ? Optional.of(reading.option()) : Optional.empty();
    }

    /**
     * Whether a clear {@code reading} of a choice whose options name their facts rests on a fact
     * {@code said} tells (停产了发不了货), not only on a word it shares with an option (定制款 beside a
     * story of the courier): only such a reading gives the case an opening question asks about.
     */
    boolean backedByFacts(Reading reading, Utterance said) {
        if (!reading.clear() || !step.isChoice() || !signs.any()) {
            return reading.clear();
        }
        // (clause by clause: a 'not' of another clause, 发货时忘了填单号了 beside 自己叫的顺丰, denies no sign of this one)
        return signs.told(ownClausesOf(said)).tells(step.options().indexOf(reading.option()));
    }

    /** A reply with a 'not' anywhere in it (不是我们的问题, 快递不承认), but in what it tells (发不了货) or asks (能申诉不). */
    boolean saysNot(Utterance said) {
        String text = matchText(lexicon.corrected(said));
        return lexicon.cuesIn(notDenying == null ? text : notDenying.matcher(text).replaceAll(" ")).contains("negation");
    }

    /**
     * Whether, at a choice step, {@code cue} is found only in clauses of {@code said} that tell no option, beside one that
     * tells an option surely: it is of something else (是快递分错货 不过快递应该不会给盖章: the proof, not the cause).
     */
    private boolean ofAnotherThing(Utterance said, String cue) {
        if (!step.isChoice() || !signs.any()) {
            return false;
        }
        boolean sureSign = false;
        for (String clause : ownClausesOf(said)) {
            boolean tells = signs.told(List.of(clause)).onlyOption() >= 0;
            if (tells && lexicon.cuesIn(clause).contains(cue)) {
                return false;
            }
            sureSign |= tells;
        }
        return sureSign;
    }

    /**
     * A reply that only guesses (可能是快递的问题吧, 应该都完结了吧): the seller does not know yet — not a guess word before a
     * quantity (停了差不多一周没发货: {@code approximate-quantity}), which only rounds the quantity.
     */
    boolean guesses(Utterance said) {
        String text = matchText(lexicon.corrected(said));
        return lexicon.cuesIn(approximateQuantity == null ? text : approximateQuantity.matcher(text).replaceAll(""))
                .contains("guess") && !ofAnotherThing(said, "guess");
    }

    /** A reply that guesses or says the seller is not sure (应该都关了吧, 不确定关没关). */
    boolean doubts(Utterance said) {
        List<String> cues = lexicon.cuesIn(matchText(lexicon.corrected(said)));
        return cues.contains("guess") && !ofAnotherThing(said, "guess") || cues.contains("unsure")
                || lexicon.cuesIn(said.normalized()).contains("unsure");
    }

    /**
     * A guess that all is met (差不多都关了吧 大概): guessed, 'all' said, and no 'not' or 'still' (the 不 of
     * 差不多, 'about', is none: read as the guess word 大概 here); or a guess that there is none of the step's things
     * (没有投诉吧 应该, 应该没投诉): the seller does not know yet, and is asked to check, never told one is open.
     */
    boolean hedgesYes(Utterance said) {
        String text = matchText(lexicon.corrected(said)).replace("差不多", "大概");
        List<String> cues = lexicon.cuesIn(text);
        if (!cues.contains("guess") || cues.contains("still")) {
            return false;
        }
        return cues.contains("complete") && !cues.contains("negation")
                || about.stream().anyMatch(a -> text.contains("没有" + a) || text.contains("没" + a) || text.contains(a + "没有"));
    }

    /** Whether {@code said} tells days beside a clause saying something is not done, still going or unknown. */
    boolean keepsDaysFromStanding(Utterance said, LocalDate today) {
        return clauseVotes.keepsDaysFromStanding(ownClausesOf(said), today);
    }

    /**
     * Whether a clause of {@code said} says a part of this step is not done yet, or states a pending
     * state (用什么快递还没说): what keeps any "all met" the rest of it says from standing.
     */
    boolean saysNotYet(Utterance said) {
        return ownClausesOf(said).stream().anyMatch(c -> verdicts.keepsFromAllMet(c));
    }

    /** Whether a clause of {@code said} states a state the step declares pending (他已读不回, 订单都发货了). */
    boolean statesPending(Utterance said) {
        return ownClausesOf(said).stream().anyMatch(verdicts::stillPending);
    }

    /**
     * The step's things {@code said} does not name (bits), when it names some of them; 0 when it names none, or at a step of
     * fewer than two. Gone back to from a later step, they were told when it was passed: 电话我发错了 是旧号码 leaves the
     * address told.
     */
    int itemsNotNamed(Utterance said) {
        int named = items.any() ? items.named(matchText(said)) : 0;
        return named == 0 ? 0 : items.all() & ~named;
    }

    /** Whether {@code said} names every one of the step's things (时间 and 吊牌, at the deadline step); false at a step of none. */
    boolean namesAllItems(Utterance said) {
        return items.any() && items.named(matchText(said)) == items.all();
    }

    /** A reply's own clauses: without the last of {@code clauses} when it is all of them joined. */
    /** Whether {@code clause}, naming no thing, says "all done" and reads as {@code option} on its own (都确认了). */
    private boolean saysItAlone(String clause, StepOption option, LocalDate today) {
        // (not at a days step: a length of time names no thing, and 早就超过30天了 beside 买家保障是去年开的 is of the services)
        return !step.readsDays() && subjects.namesNothing(clause)
                && lexicon.cuesIn(clause).contains("complete")
                && option.equals(whole.read(lexicon.normalizer().utterance(clause), today, true).option());
    }

    /** The reply's own clauses, its corrections applied: what most checks of a reply read it by. */
    private List<String> ownClausesOf(Utterance said) {
        return ownClauses(lexicon.answerClauses(lexicon.corrected(said)));
    }

    static List<String> ownClauses(List<String> clauses) {
        return clauses.size() > 1
                && clauses.get(clauses.size() - 1).equals(String.join("", clauses.subList(0, clauses.size() - 1)))
                ? clauses.subList(0, clauses.size() - 1) : clauses;
    }

    /** A step's words ({@code about}, {@code pending}…) in the form answers are compared in, the empty left out. */
    static List<String> compared(List<String> words, AnswerLexicon lexicon) {
        return words.stream().map(w -> matchText(lexicon.normalizer().utterance(w))).filter(w -> !w.isEmpty()).toList();
    }

    /** The form answers are compared in: synonyms rewritten, filler trimmed, no spaces. */
    static String matchText(Utterance u) {
        return u.normalized().replace(" ", "");
    }
}
