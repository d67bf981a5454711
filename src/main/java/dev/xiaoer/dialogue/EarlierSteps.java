package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reply says of a flow's steps besides the one asked: whether it names a step's things (its
 * {@code about} words), and whether it says an earlier step's condition is not met after all (还有一单
 * 在退款中 at the complaints step), so that the flow goes back there. What it says of the steps after the one asked is
 * {@link LaterSteps}', over the words found here. Thread-safe.
 */
final class EarlierSteps {
    /** How surely a reply must say an earlier step's condition is not met to go back to it. */
    private static final double BACKTRACK_SCORE = 0.45;
    /** How far ahead of this step's own reading an earlier step's must be to go back to it. */
    private static final double BACKTRACK_MARGIN = 0.1;
    /** Words that say a time: a count, a day, a month, a week, a year, or just now. */
    private static final java.util.regex.Pattern SAYS_TIME = java.util.regex.Pattern.compile(
            "[0-9０-９]|天|日|号|月|周|星期|礼拜|年|昨|今|刚|最近|上次|以前|之前");
    /** A clause that takes back part of the one before (就是有个还在关闭中, 不过官方直送还没退). */
    static final java.util.regex.Pattern BUT = java.util.regex.Pattern.compile("就是|只是|但是|但|不过|可是|除了|就剩|只剩");
    /**
     * A clause ending in "not reached" of a count of orders or of the 30 days (还有2单没到, 2单还没到30天, 还有一单没满), in an
     * order's bare "not yet" (最近那单还没有, 有两单还没, 就最后那单还没), or in an order "still in after-sales" (就一单还在售后);
     * a bare "not yet" of anything else (投诉还没, 有一单退款还没有) is no such clause ({@link #OTHER_THING}).
     */
    private static final java.util.regex.Pattern NOT_REACHED =
            java.util.regex.Pattern.compile("(?:[0-9一两二三四五六七八九十几]+(?:单|笔)(?:还)?[没未不](?:到|满|过)(?:30|三十)?天?|[没未不](?:到|满|过)(?:30|三十)天"
                    + "|(?:单|笔)(?:还)?(?:没有|没)|(?:单|笔)还在售后(?:期|受理期)?(?:内|里)?)(?:呢|了|的)?$");
    /** A 'not' right before a word (一直没|还未|没有). */
    private static final java.util.regex.Pattern NOT_BEFORE = java.util.regex.Pattern.compile("(?:没有?|未)$");
    /** A thing or state besides the days that a bare "not yet" may be of (投诉还没, 退款还没有, 还没发货的那单还没). */
    private static final java.util.regex.Pattern OTHER_THING =
            java.util.regex.Pattern.compile("投诉|结案|纠纷|退款|退货|发货|收货|在途|签收|处理|完结|关闭|成功|子服务|官方直送");

    /**
     * One more told as completed, at a time gone by, at the end of a clause (上周还有一单刚成功, 上个礼拜还有个买家退款那单
     * 刚刚才关闭, 上周还有单子关闭): with a past time or 刚/才 and no word of a state or a time to come (待签收, 快关闭了,
     * 等买家签收, 明天自动确认收货, 马上交易成功) nor a 'not'.
     */
    private static final java.util.regex.Pattern STILL_ONE_COMPLETED = java.util.regex.Pattern.compile(
            "^(?!.*(?:待|快|等|要|将|会|马上|即将|明天|后天|下周|下个|自动|没|未|不|中))"
                    + "(?=.*(?:刚|才|上周|上个|上礼拜|上星期|昨天|前天|前几天|月初|月底|号))"
                    + ".*还有.{0,12}?(?:交易成功|成功|关闭|关掉|完结|完成|结掉|确认收货|签收)(?:了|的)?(?:呢|啊)?$");

    /** The earlier step to go back to, and the reading of the reply there (its option says why). */
    record Unmet(FlowStep step, StepReader.Reading reading) {
    }

    private final Map<String, StepReader> stepReaders;
    private final AnswerLexicon lexicon;
    private final TextNormalizer normalizer;
    /** Each step's {@code about} words, normalised once (by identity: the steps of this knowledge version). */
    private final Map<FlowStep, List<String>> about = new IdentityHashMap<>();
    /** Each step's {@code exempt} words, normalised once: what the step has already taken as said of it. */
    private final Map<FlowStep, List<String>> exempt = new IdentityHashMap<>();
    /**
     * By flow (by identity: this knowledge version's) and step id, the steps before it
     * ({@link Flow#stepsBefore}), found once: a walk of the flow's graph for every read was 1.7 KB a
     * message (docs/benchmarks.md, issue 19, ninth session).
     */
    /** Each step's {@code pending} states (又重新开通了, 发货了), as compared. */
    private final Map<FlowStep, List<String>> pending = new IdentityHashMap<>();
    private final Map<Flow, Map<String, List<FlowStep>>> before = new IdentityHashMap<>();
    /** A sale said not to have been ({@code no-sale} in phrases.yaml). */
    private final java.util.regex.Pattern noSale;
    /** Trades named by the end they had ({@code trades-by-end} in phrases.yaml, optional: 交易关闭的, 成功后). */
    private final java.util.regex.Pattern tradesByEnd;

    EarlierSteps(KnowledgeBase kb, Map<String, StepReader> stepReaders, AnswerLexicon lexicon, TextNormalizer normalizer) {
        this.stepReaders = stepReaders;
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.noSale = lexicon.pattern("no-sale");
        this.tradesByEnd = lexicon.optionalPattern("trades-by-end");
        for (Flow flow : kb.flows().values()) {
            for (FlowStep step : flow.steps().values()) {
                about.put(step, step.about().stream().map(normalizer::normalize).filter(w -> !w.isEmpty()).toList());
                exempt.put(step, step.exempt().stream().map(normalizer::normalize).filter(w -> !w.isEmpty()).toList());
                pending.put(step, step.pending().stream().map(normalizer::normalize).filter(w -> !w.isEmpty()).toList());
                before.computeIfAbsent(flow, f -> new java.util.HashMap<>())
                        .put(step.id(), List.copyOf(flow.stepsBefore(step.id())));
            }
        }
    }

    /**
     * The earlier step of {@code flow} whose condition {@code u} says is not met, read at the step it
     * answers ({@code current}, where it reads as {@code here}), when it says so more surely than it
     * answers this step, or does not speak of this step at all (昨天刚来了个新投诉 at the 30-day step is
     * about complaints, not days), or when this step's answer would move on: an earlier condition not
     * met is never passed by (投诉没有，不过官方直送还没退出).
     */
    Optional<Unmet> unmet(Flow flow, FlowStep current, Utterance u, StepReader.Reading here, LocalDate today) {
        // at the days step, no sale since (两个月没接过单了) is no open order: its 'not' is of new sales, and only a 'still'
        // (还有一单在途) says an earlier condition is not met
        List<FlowStep> before = stepsBefore(flow, current.id());
        if (current.readsDays()) {
            // (another shop's clause, 我另外一个店铺11月28号还有一单, says nothing of this one's orders)
            List<String> told = clauses(u);
            List<String> ours = told.stream().filter(c -> !lexicon.ofAnotherShop(c)).toList();
            if (!ours.isEmpty() && ours.size() < told.size()) {
                u = normalizer.utterance(String.join("，", ours));
            }
            if (noSale.matcher(u.normalized()).find() && !lexicon.cuesIn(u.normalized()).contains("still")) {
                return Optional.empty();
            }
            // (nor is "the rest not yet" beside "most are past": 超过30天的有18单，还有2单没到 — not reached is of the days;
            // nor one more that has just completed: 上周还有一单刚成功 — its 还有 counts a sale, and the days are this step's)
            List<String> clauses = clauses(u);
            if (restNotReachedBesidePast(clauses) || stillOnlyOfCompleted(clauses)) {
                return Optional.empty();
            }
            // (nor the last sale dated, 还没到30天 最后一单是9月, 最后一单是十月份 具体几号忘了: its 单 is the days step's, and a
            // 'not' beside it is of the days or the date, not an order left open; nor the trades of a kind told under or over
            // the days, 交易成功后还没到30天，交易关闭的已经超过了: their 交易 is the days step's)
            List<String> ofEarlier = clauses.stream().filter(c -> before.stream().anyMatch(step -> mentions(c, step))).toList();
            // (…and nothing still going told beside it but of the days themselves, 还没到30天: 买家到现在还没收到货 is an order open)
            if (!ofEarlier.isEmpty() && clauses.stream().noneMatch(c -> stillGoing(c) && !mentions(c, current))
                    && ofEarlier.stream().allMatch(c -> lexicon.namesTheLast(c) && lexicon.daysIn(c, today) >= 0 || tellsTheDays(c, today))) {
                return Optional.empty();
            }
        }
        FlowStep target = null;
        StepReader.Reading best = null;
        // (the 'not' of no sale since, 之后就没接过单了, is none: nothing was sold, nothing is open)
        boolean notOrStill = saysNotOrStill(noSale.matcher(u.normalized()).replaceAll("，"));
        for (FlowStep earlier : before) {
            StepReader.Reading then = stepReaders.get(flow.id() + "/" + earlier.id()).read(u, today);
            StepOption option = then.option();
            // a polarity needs a 'not' or a 'still' (运费他不出了, 还有一单在退款): 最后一单10月25号发的货 has only
            // 一单 (some) and 发货, and is no open order
            // (…or a state that step holds pending, told in a clause of its things and none of this step's: 买家又投诉了 at the
            // 30-day step; not 这个月又成交了一单, whose sale is the days step's)
            boolean blocking = then.clear() && (then.how() != StepReader.How.POLARITY
                    || notOrStill || pendingOfItsOwn(u, earlier, current)) && option.stays()
                    && option.say() != null && mentions(u, earlier);
            // (two readings weighing the same go to the step whose own clause says 'not' or 'still': 最后一单10月18号确认收货
            // 上个月有个投诉现在还是客服介入中 reads open orders and open complaints alike by its 还, which is the complaint's)
            if (blocking && then.score() >= BACKTRACK_SCORE && (best == null || then.score() > best.score()
                    || then.score() == best.score() && !notOrStillOfItsOwn(u, target) && notOrStillOfItsOwn(u, earlier))) {
                target = earlier;
                best = then;
            }
        }
        if (target == null) {
            // (an answer that moves on, beside a state an earlier step holds pending told in a clause of its own, 投诉没有 不过昨天
            // 有一单买家申请了退款, passes by no open order however its words weigh there)
            if (here.clear()) {
                return here.option().stays() ? Optional.empty() : pendingBesideMovingOn(before, current, u);
            }
            return pendingOfEarlier(flow, before, current, u);
        }
        // (by its meaning, or by a 'not' of the earlier thing in a clause of its own: 有一单没确认收货 投诉没有; or by a state that
        // step holds pending, told in a clause of its own: 投诉没有 但是有一单买家刚申请了退款)
        boolean movingOn = here.clear() && !here.option().stays()
                && (best.how() == StepReader.How.MEANING || best.how() == StepReader.How.POLARITY)
                && (saysNotYetOfOnly(u, target, current) || pendingOfItsOwn(u, target, current));
        // (a thing of this step's only said not to have happened, 还有一单买家一直没确认收货 at the days step, is no date of it:
        // it is the earlier step's open order)
        // (…nor is a 'not' at the days step that says no time at all, 还有一单还没交易成功, 买家那边还没点确认收货: read there only by
        // its polarity, it is the earlier step's open order, however near the two readings weigh)
        boolean timeless = current.readsDays() && here.clear() && here.how() == StepReader.How.POLARITY
                && !SAYS_TIME.matcher(u.normalized()).find();
        if (!movingOn && !timeless && here.clear() && mentionsNotNegated(u.normalized(), current)
                && best.score() < here.score() + BACKTRACK_MARGIN) {
            return Optional.empty();
        }
        return Optional.of(new Unmet(target, best));
    }

    /**
     * The things of {@code back}'s step (bits) still told after going back there: those {@code u} does not name, told when
     * the step was passed (电话我发错了 是旧号码: the address stands, the phone is asked again); none when it names none.
     */
    int itemsStillTold(Flow flow, Unmet back, Utterance u) {
        StepReader reader = stepReaders.get(flow.id() + "/" + back.step().id());
        return reader == null ? 0 : reader.itemsNotNamed(u);
    }

    /** An earlier step a correction speaks of, and how the corrected words read there. */
    record Corrected(FlowStep step, StepReader.Reading reading) {
    }

    /**
     * The earlier step a correction (刚才说错了，…) speaks of instead of {@code current}: the nearest earlier step the
     * corrected words read clearly at, or tell some of its things at, when they name that step's things (its
     * {@code about} words, or a choice's case by its facts) and none of {@code current}'s (等下刚才说错了，收件人电话我还没给他
     * at the fee step is the address step's; 刚才说错了，我们是在物流平台上在线下的单 at the situation step is how it was
     * shipped). Empty for a reply with no correction.
     */
    Optional<Corrected> corrected(Flow flow, FlowStep current, Utterance u, LocalDate today) {
        Utterance fixed = lexicon.corrected(u);
        StepReader here = stepReaders.get(flow.id() + "/" + current.id());
        // (a correction this step reads by its days or its own words, 超过30天了，不对，上周还有一单刚成功, is this step's)
        if (!lexicon.hasCorrection(u) || fixed.normalized().isBlank() || mentions(fixed, current)
                || here != null && readsByDaysOrWords(here.read(fixed, today, true))) {
            return Optional.empty();
        }
        List<FlowStep> earlier = new ArrayList<>(stepsBefore(flow, current.id()));
        java.util.Collections.reverse(earlier);
        for (FlowStep step : earlier) {
            StepReader reader = stepReaders.get(flow.id() + "/" + step.id());
            if (reader == null) {
                continue;
            }
            StepReader.Reading reading = reader.read(fixed, today, true);
            boolean named = step.isChoice() ? reading.clear() && reader.backedByFacts(reading, fixed) : mentions(fixed, step);
            if (named && (reading.clear() && reading.option().faq() == null || reading.toldItems() != 0)) {
                return Optional.of(new Corrected(step, reading));
            }
        }
        return Optional.empty();
    }

    /** A reading by days told or by an option's own words: not a resemblance another step's words may beat. */
    private static boolean readsByDaysOrWords(StepReader.Reading reading) {
        return reading.clear() && (reading.byDays() || reading.how() == StepReader.How.WORDS);
    }

    /**
     * Whether every clause with a 'still' tells one more that has completed (上周还有一单刚成功, 还有单子关闭) and none says
     * 'not' or 'under way': a recent sale, not an open order.
     */
    private boolean stillOnlyOfCompleted(List<String> clauses) {
        boolean any = false;
        for (String clause : clauses) {
            List<String> cues = lexicon.cuesIn(clause);
            if (!cues.contains("still")) {
                continue;
            }
            if (!STILL_ONE_COMPLETED.matcher(clause).find() || cues.contains("negation") || cues.contains("ongoing")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A clause ending in "not reached" (还有2单没到, 还有1单没满) beside one telling some are past (过了, 超过). */
    private boolean restNotReachedBesidePast(List<String> clauses) {
        boolean past = clauses.stream().anyMatch(c -> lexicon.cuesIn(c).contains("over"));
        return past && clauses.stream().anyMatch(c -> NOT_REACHED.matcher(c).find() && !OTHER_THING.matcher(c).find());
    }

    /** {@link Flow#stepsBefore}, as found when this knowledge was loaded (walked now for a flow of another). */
    List<FlowStep> stepsBefore(Flow flow, String stepId) {
        List<FlowStep> found = before.getOrDefault(flow, Map.of()).get(stepId);
        return found != null ? found : flow.stepsBefore(stepId);
    }

    /**
     * The nearest earlier step, one of things, that {@code u} tells one of them is in a state it holds not yet done (电话我发错了
     * 是旧号码 at the deadline step: the phone sent wrong is not confirmed), naming nothing of {@code current}'s: its 'not yet'.
     */
    private Optional<Unmet> pendingOfEarlier(Flow flow, List<FlowStep> before, FlowStep current, Utterance u) {
        if (mentions(u, current)) {
            return Optional.empty();
        }
        return nearestNotYet(before, u, earlier -> !earlier.items().isEmpty() && mentions(u, earlier)
                && holdsPending(u.normalized(), earlier) && stepReaders.get(flow.id() + "/" + earlier.id()).saysNotYet(u));
    }

    /**
     * The nearest earlier step, not a choice, with a 'not yet' to say, whose pending state a clause of {@code u} tells naming
     * none of {@code current}'s things, not mended after: its 'not yet'.
     */
    private Optional<Unmet> pendingBesideMovingOn(List<FlowStep> before, FlowStep current, Utterance u) {
        return nearestNotYet(before, u, earlier -> pendingOfItsOwn(u, earlier, current));
    }

    /**
     * The nearest of {@code before}, no choice, with a 'not yet' that stays and says why, that {@code told} holds of and
     * whose pending state {@code u} does not mend after: that 'not yet', read by polarity.
     */
    private Optional<Unmet> nearestNotYet(List<FlowStep> before, Utterance u, java.util.function.Predicate<FlowStep> told) {
        for (int i = before.size() - 1; i >= 0; i--) {
            FlowStep earlier = before.get(i);
            Optional<StepOption> notYet = earlier.negativeOption().filter(o -> o.stays() && o.say() != null);
            if (!earlier.isChoice() && notYet.isPresent() && told.test(earlier) && !mendedAfter(u, earlier)) {
                return Optional.of(new Unmet(earlier, new StepReader.Reading(notYet.get(), StepReader.How.POLARITY,
                        BACKTRACK_SCORE, 0)));
            }
        }
        return Optional.empty();
    }

    /** Whether a clause after the first stating one of {@code step}'s pending states says it done (…不过已经重新发给他了). */
    private boolean mendedAfter(Utterance u, FlowStep step) {
        List<String> clauses = clauses(u);
        for (int i = 0; i < clauses.size(); i++) {
            if (holdsPending(clauses.get(i), step)) {
                return clauses.subList(i + 1, clauses.size()).stream().anyMatch(c -> lexicon.cuesIn(c).contains("complete"));
            }
        }
        return false;
    }

    /** The reply's clauses as step reading splits them (at punctuation and at 然后, 但是…), corrections applied. */
    List<String> clauses(Utterance u) {
        return StepReader.ownClauses(lexicon.answerClauses(lexicon.corrected(u)));
    }

    /** True when the reply states one of {@code step}'s {@code pending} states (发货了, 又重新开通了). */
    boolean statesPending(Utterance u, FlowStep step) {
        return holdsPending(u.normalized(), step);
    }

    /**
     * True when a clause of {@code u} that is no question closed by 吗 states one of {@code step}'s pending states (我还在考虑要不要发,
     * not 要先问老板吗: asking whether, not telling).
     */
    boolean statesPendingUnasked(Utterance u, FlowStep step) {
        return java.util.Arrays.stream(u.normalized().split(" ")).filter(c -> !ASKED.matcher(c).find())
                .anyMatch(c -> holdsPending(c, step));
    }

    /** A clause closed as a question (…吗, …么). */
    private static final java.util.regex.Pattern ASKED = java.util.regex.Pattern.compile("[吗么嘛]$");

    /** Whether a clause of {@code u} naming {@code earlier}'s things and none of {@code current}'s states a pending state of it. */
    private boolean pendingOfItsOwn(Utterance u, FlowStep earlier, FlowStep current) {
        return clauses(u).stream().anyMatch(c -> mentions(c, earlier) && !mentions(c, current) && holdsPending(c, earlier));
    }

    boolean holdsPending(String text, FlowStep step) {
        return pending.getOrDefault(step, List.of()).stream().anyMatch(text::contains);
    }

    /** True when the reply names what {@code step} asks about (its {@code about} words). */
    boolean mentions(Utterance u, FlowStep step) {
        return mentions(u.normalized(), step);
    }

    /**
     * Whether {@code u} names the things of another step of {@code flow} and none of {@code current}'s
     * (也说好了让他发中通，到付 at the deadline step): whatever it agrees to, it is not {@code current}'s answer — unless it
     * opens with a clause naming no step's things that says all of them and clearly reads as {@code current}'s answer alone, and what follows
     * names later steps' things only (都确认好了 运费到付 我们出 at the address step: the answer, then the next step's).
     */
    boolean aboutOtherStepsOnly(Flow flow, FlowStep current, Utterance u, LocalDate today) {
        String text = u.normalized();
        if (mentions(text, current) || flow.steps().values().stream()
                .noneMatch(other -> other != current && !other.isEnd() && mentions(text, other))) {
            return false;
        }
        List<String> clauses = clauses(u);
        String first = clauses.get(0);
        StepReader reader = stepReaders.get(flow.id() + "/" + current.id());
        // (saying it of all the step's things: 好啦我出 agrees to what the later step asks, whatever it resembles)
        // (…or says the step's own yes, its label: 确认好了 运费到付 我们这边承担)
        boolean answerFirst = clauses.size() > 1 && reader != null
                && (lexicon.saysAllItems(first) || current.affirmativeOption().filter(yes -> saysLabel(first, yes)).isPresent()
                    || current.affirmativeOption().filter(yes -> saysBareYesOf(first, yes)).isPresent())
                && flow.steps().values().stream().noneMatch(step -> mentions(first, step))
                && stepsBefore(flow, current.id()).stream().noneMatch(step -> mentions(text, step))
                && clearlyOwn(reader.read(normalizer.utterance(first), today, true));
        return !answerFirst;
    }

    /**
     * Whether {@code u} opens with a clause about an earlier step's things and none of {@code current}'s (订单也讲了啊), and
     * every clause after it names no step's things or only earlier steps' (全部结束了, 没在途的) and reads as none of the
     * step's options clearly: it goes on about them, so however like "all met" it reads, it is not {@code current}'s answer.
     */
    boolean onlyOfAnEarlierStep(Flow flow, FlowStep current, Utterance u, LocalDate today) {
        List<String> clauses = clauses(u);
        if (clauses.size() < 2) {
            return false;
        }
        List<FlowStep> before = stepsBefore(flow, current.id());
        String first = clauses.get(0);
        if (mentions(first, current) || before.stream().noneMatch(s -> mentions(first, s))) {
            return false;
        }
        // (…or only earlier steps' things again: 没在途的; but not a clause that alone is clearly this step's answer, 买家撤了,
        // 都处理完了 — "all ended" alone, 全部结束了, is too faint)
        StepReader reader = stepReaders.get(flow.id() + "/" + current.id());
        return clauses.stream().skip(1).noneMatch(c -> mentions(c, current)
                || before.stream().noneMatch(s -> mentions(c, s)) && flow.steps().values().stream().anyMatch(s -> mentions(c, s))
                || reader != null && clearlyOwn(reader.read(normalizer.utterance(c), today, true)));
    }

    /**
     * Whether {@code clause} is a bare yes in the words {@code option}'s label opens with (确认了, 確認咗 beside 确认好了): the
     * step's own yes, said first. Not one that may only take in what was said (好了, 行, ok: 好了 运费我们出 is asked again).
     */
    private boolean saysBareYesOf(String clause, StepOption option) {
        String c = normalizer.utterance(clause).compact();
        String word = c.endsWith("了") ? c.substring(0, c.length() - 1) : c;
        String label = normalizer.utterance(option.label()).compact();
        return word.length() >= 2 && lexicon.isAffirmative(word) && !lexicon.isAssent(word) && label.startsWith(word);
    }

    /** Whether {@code clause}, its chatter aside, is {@code option}'s label itself. */
    private boolean saysLabel(String clause, StepOption option) {
        return normalizer.utterance(clause).compact().equals(normalizer.utterance(option.label()).compact());
    }

    /** How like one of the step's options a clause alone must read to be the step's own answer beside another step's. */
    private static final double OWN_LIKENESS = 0.65;

    private static boolean clearlyOwn(StepReader.Reading reading) {
        return reading.clear() && (reading.certain() || reading.score() >= OWN_LIKENESS);
    }

    /** A clause opening with a contrast or a remainder (不过, 但是, 还有), or telling a 'still' or something under way. */
    boolean turnsBack(String clause) {
        List<String> cues = lexicon.cuesIn(clause);
        // (a bare 'not' goes on about what came before: 就剩几个发货时效的，关不掉)
        // (…but a bare 'still not' naming nothing goes on about it: 运费他坚持要我们出 还没谈拢)
        return TURN.matcher(clause).lookingAt() || cues.contains("still") && !STILL_NOT.matcher(clause).lookingAt()
                || cues.contains("ongoing");
    }

    /**
     * A clause opening with a bare 'still not' of an agreement (还没谈拢, 还没定下来, 还没说好): not of a deed of the step's
     * own (还没点二次确认, 还没关好, 还没通过), which turns back to it.
     */
    private static final java.util.regex.Pattern STILL_NOT =
            java.util.regex.Pattern.compile("还(?:没有?|未)(?:谈|说好|说定|定|讲好|讲定|商量|约好|约定|敲定|达成)");

    private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile("不过|但|可是|只是|还有|另外");

    /** Whether {@code clause} says nothing a days step {@code step} reads: no days, no last sale named, no "no sale". */
    boolean undated(String clause, FlowStep step, LocalDate today) {
        return step.readsDays() && lexicon.daysIn(clause, today) < 0
                && !lexicon.namesTheLast(clause) && !noSale.matcher(clause).find();
    }

    /**
     * Whether {@code clause} tells only the days: over (交易关闭的已经超过了) with nothing still going or not done, or under a
     * number of them (交易成功后还没到30天) with no order counted — not a bare "not yet" (自动确认收货还没到 is an order not
     * finished), a date alone (昨天刚来了个新投诉), nor an order open beside the days (超过30天了还有笔交易在途) — and only of
     * trades named by their end (交易关闭的, 交易成功后).
     */
    private boolean tellsTheDays(String clause, LocalDate today) {
        // (of trades by the end they had, 交易关闭的, 成功后: not a complaint's days, 投诉提交超过30天了, nor an order's)
        if (tradesByEnd == null || !tradesByEnd.matcher(clause).find()) {
            return false;
        }
        List<String> cues = lexicon.cuesIn(clause);
        if (cues.contains("over")) {
            return !cues.contains("still") && !cues.contains("ongoing") && !cues.contains("negation") && !cues.contains("some");
        }
        return cues.contains("under") && !cues.contains("some") && lexicon.daysIn(clause, today) >= 0;
    }

    /** {@code step}'s {@code about} words, normalised. */
    List<String> aboutWords(FlowStep step) {
        return about.getOrDefault(step, List.of());
    }

    /** {@code step}'s {@code exempt} words, normalised: what the step has already taken as said of it. */
    List<String> exemptWords(FlowStep step) {
        return exempt.getOrDefault(step, List.of());
    }

    boolean mentions(String text, FlowStep step) {
        return about.getOrDefault(step, List.of()).stream().anyMatch(text::contains);
    }

    /** Whether {@code text} names one of {@code step}'s things, not right after a 'not' (没确认收货 names no completion). */
    private boolean mentionsNotNegated(String text, FlowStep step) {
        for (String word : about.getOrDefault(step, List.of())) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (!NOT_BEFORE.matcher(text.substring(Math.max(0, at - 2), at)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean stillGoing(String text) {
        List<String> cues = lexicon.cuesIn(text);
        return cues.contains("still") || cues.contains("ongoing");
    }

    /** Whether a clause of {@code u} names {@code step}'s things and says 'not' or 'still'. */
    private boolean notOrStillOfItsOwn(Utterance u, FlowStep step) {
        return clauses(u).stream().anyMatch(c -> mentions(c, step) && saysNotOrStill(c));
    }

    private boolean saysNotOrStill(String text) {
        List<String> cues = lexicon.cuesIn(text);
        return cues.contains("negation") || cues.contains("still");
    }

    /**
     * Whether a clause of {@code u} says 'not' or 'still' of {@code earlier}'s things and nothing of
     * {@code current}'s, itself or with the clause after it when that one names neither (又收到一个投诉，还没处理).
     */
    private boolean saysNotYetOfOnly(Utterance u, FlowStep earlier, FlowStep current) {
        String[] clauses = u.normalized().split(" ");
        for (int i = 0; i < clauses.length; i++) {
            String clause = clauses[i];
            // (a 'not' of the days, 最后一单没超过30天, is of the days step ahead, not of the earlier thing; nor is one of no sale
            // since, 之后就没接过单了: nothing sold is nothing open)
            if (!mentions(clause, earlier) || mentions(clause, current) || clause.contains("天")
                    || noSale.matcher(clause).find() && !lexicon.cuesIn(clause).contains("still")) {
                continue;
            }
            String next = i + 1 < clauses.length && !mentions(clauses[i + 1], earlier) && !mentions(clauses[i + 1], current)
                    ? clauses[i + 1] : "";
            // (or that one is under way: 投诉没有，但是有一单在走退款)
            if (saysNotOrStill(clause) || saysNotOrStill(next) || stillGoing(clause)) {
                return true;
            }
        }
        return false;
    }
}
