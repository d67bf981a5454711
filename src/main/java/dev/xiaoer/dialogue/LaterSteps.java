package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reply says of the steps after the one asked: what it also answers of the step it moves to (订单全部交易成功，
 * 投诉也一个都没有 answers the complaints too), and what of it is this step's own once its clauses about a later step alone
 * are set aside. The words each step is about come from {@link EarlierSteps}, which reads the steps before. Thread-safe.
 */
final class LaterSteps {
    private final EarlierSteps steps;
    private final Map<String, StepReader> stepReaders;
    private final AnswerLexicon lexicon;
    private final TextNormalizer normalizer;

    LaterSteps(EarlierSteps steps, Map<String, StepReader> stepReaders, AnswerLexicon lexicon, TextNormalizer normalizer) {
        this.steps = steps;
        this.stepReaders = stepReaders;
        this.lexicon = lexicon;
        this.normalizer = normalizer;
    }

    /**
     * What {@code u}, which answered the step before, also answers of {@code next}, the step it moves
     * to: the option its clauses about {@code next}'s things (and none of an earlier step's) clearly
     * mean there, read as a statement, with the clauses after them that name no step's things
     * (订单全部交易成功，投诉也一个都没有: the complaints are answered too; 投诉之前有过一个，8月份就结案了).
     * Empty when no clause speaks of {@code next} alone, or what they say is unclear there. At a choice, the
     * case the whole reply tells by its facts ({@link StepReader#caseTold}).
     */
    Optional<StepOption> ahead(Flow flow, FlowStep next, Utterance u, LocalDate today) {
        return toldOf(flow, next, u, today, true);
    }

    /**
     * What {@code u}, read at {@code current}, tells by days of the days steps after it (最后一笔定单是10月8号交易成功的 while
     * the services are asked), as {@link #ahead} reads a step, whatever it answers of {@code current}: step id → the label
     * of the option the days meet, kept for when the walk gets there. Only days: a date told is a fact however early it
     * is told, while what other facts told early answer (运费的事想先跟他讲清楚, shop 准备 close 了) is not read surely
     * enough away from their step; a choice's case told early is asked again, as the team's waybill rule has it.
     */
    Map<String, String> toldAhead(Flow flow, FlowStep current, Utterance u, LocalDate today) {
        Map<String, String> told = new java.util.LinkedHashMap<>();
        for (FlowStep later : stepsAfter(flow, current)) {
            if (!later.isEnd() && later.readsDays()) {
                toldOf(flow, later, u, today, false).ifPresent(option -> told.put(later.id(), option.label()));
            }
        }
        return told;
    }

    /**
     * Whether {@code u} may tell {@link #toldAhead} anything at {@code current}: a days step comes after it, and the
     * message tells some days.
     */
    boolean mayTellDaysAhead(Flow flow, FlowStep current, Utterance u, LocalDate today) {
        return stepsAfter(flow, current).stream().anyMatch(s -> !s.isEnd() && s.readsDays()
                        && steps.mentions(u, s))
                && lexicon.daysIn(u.normalized(), today) >= 0;
    }

    /** {@link #ahead}; {@code apart}: only when the step before {@code next} is answered by the reply's other clauses. */
    private Optional<StepOption> toldOf(Flow flow, FlowStep next, Utterance u, LocalDate today, boolean apart) {
        StepReader reader = stepReaders.get(flow.id() + "/" + next.id());
        if (reader == null) {
            return Optional.empty();
        }
        // a choice reached (how it was shipped → what went wrong) takes the case the reply tells by its facts: its end is
        // that case's answer, not a verdict that all is met
        if (next.isChoice()) {
            Optional<StepOption> told = reader.caseTold(u, today);
            return told.isPresent() ? told : caseBesidesEarlier(flow, next, reader, u, today);
        }
        List<FlowStep> before = steps.stepsBefore(flow, next.id());
        List<String> said = new ArrayList<>();
        boolean within = false;
        boolean daysStep = next.readsDays();
        List<String> all = steps.clauses(u);
        List<FlowStep> beyond = stepsAfter(flow, next);
        for (String clause : all) {
            // the days since the last sale told (最后一笔10月初就交易成功了) are the days step's, whatever other step's
            // word (交易成功) they hold
            boolean lastSaleDays = (daysStep || !apart) && lexicon.namesTheLast(clause) && lexicon.daysIn(clause, today) >= 0;
            // (…and none of another step's, told before the walk gets there: 最后一笔订单是10月8号交易成功的 says nothing of
            // whether every order has ended)
            if (lastSaleDays && !daysStep) {
                within = false;
                continue;
            }
            // (a count's 单 before a later step's thing counts that thing: 不过有一单投诉还没搞定 is not of the orders)
            boolean ofNext = lastSaleDays || steps.mentions(withoutCountersOf(clause, beyond), next);
            // (an earlier step's exempt things are its own: 发货服务关不了 is no word on the orders)
            boolean ofEarlier = !lastSaleDays && before.stream().anyMatch(step -> steps.mentions(clause, step)
                    || steps.exemptWords(step).stream().anyMatch(clause::contains));
            // (a clause going on from one of next's, 订单刚才说了，全部是成功或者关闭, is still next's when it names a days step's
            // words with nothing of days, the last sale or no sale: the states it tells are next's)
            within = ofNext && !ofEarlier || within && !ofNext && !ofEarlier && flow.steps().values().stream()
                    .noneMatch(other -> steps.mentions(clause, other) && !(other != next && steps.undated(clause, other, today)));
            if (within) {
                said.add(clause);
            }
        }
        if (said.isEmpty() || apart && !answeredApart(flow, next, all, said, today)) {
            return Optional.empty();
        }
        Utterance rest = normalizer.utterance(String.join("，", said));
        StepReader.Reading reading = reader.read(rest, today, true);
        // never past the last question on the way by resemblance: finishing the flow (三个条件都满足了) needs its own
        // answer, or days told of its own thing (…投诉也没有，最后一笔10月初就交易成功了), which are no resemblance
        boolean ending = reading.clear() && !reading.option().stays() && flow.step(reading.option().next()) != null
                && flow.step(reading.option().next()).isEnd();
        // (…and only when no other clause tells a date, a span of days or something still going: 最后一笔10月初交易成功，
        // 11月30号还有一笔退款关闭了 / 不过上周那单买家又申请售后了 may not be past the 30 days)
        // (an answer naming every one of the end's things, 7天内寄回，吊牌不能剪，这些都讲定了, is its own answer too)
        // (…but not a clause that alone answers an earlier step and names nothing of next's: 子服务我上周就全关了 dates the
        // services' closing, no sale)
        boolean finishes = ending && (!reading.byDays() && !reader.namesAllItems(rest)
                || reading.byDays() && all.stream().filter(c -> !said.contains(c))
                .anyMatch(c -> (lexicon.daysIn(c, today) >= 0 || steps.stillGoing(c))
                        && !answersEarlierAlone(flow, before, reader, next, c, today)));
        // (nor "all met" taken back in part by the clause right after it, left out for another step's word, that says
        // something is still going or planned: 子服务都关了 就是有个还在关闭中 — 关闭 is also the 30-day step's word)
        boolean yes = reading.clear() && reading.option() == next.affirmativeOption().orElse(null);
        boolean stillBeside = false;
        FlowStep after = yes ? flow.step(reading.option().next()) : null;
        for (int i = 1; yes && i < all.size(); i++) {
            String c = all.get(i);
            // (one about the step right after is that step's answer: 子服务都关了，但还有几单买家没确认收货)
            stillBeside |= !said.contains(c) && said.contains(all.get(i - 1)) && EarlierSteps.BUT.matcher(c).lookingAt()
                    && (steps.stillGoing(c) || lexicon.cuesIn(c).contains("planned")) && (after == null || !steps.mentions(c, after));
        }
        if (!reading.clear() || reading.option().faq() != null || finishes || stillBeside || !apart && !reading.byDays()
                || yes && reader.saysNotYet(rest)) {
            return Optional.empty();
        }
        return Optional.of(reading.option());
    }

    /**
     * At a choice reached, the case told by the phrases that tell no earlier choice's case (发货时单号忘填了 beside 是我们自己叫的
     * 申通, which answered how it was shipped and blurs the rest read whole); empty when every phrase or none does.
     */
    private Optional<StepOption> caseBesidesEarlier(Flow flow, FlowStep next, StepReader reader, Utterance u, LocalDate today) {
        List<StepReader> earlier = steps.stepsBefore(flow, next.id()).stream().filter(FlowStep::isChoice)
                .map(step -> stepReaders.get(flow.id() + "/" + step.id())).filter(java.util.Objects::nonNull).toList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        // (its phrases as typed, corrections applied: not read as a contrast, 是B beside a 'not' of A, since they are of two
        // steps — 单号忘填了 is no 'not' of 是我们自己叫的申通)
        List<String> all = List.of(lexicon.corrected(u).normalized().split(" "));
        List<String> rest = all.stream().filter(c -> earlier.stream()
                .noneMatch(before -> before.caseTold(normalizer.utterance(c), today).isPresent())).toList();
        return rest.isEmpty() || rest.size() == all.size() ? Optional.empty()
                : reader.caseTold(normalizer.utterance(String.join("，", rest)), today);
    }

    /**
     * Whether the step before {@code next} was answered by the reply's {@code clauses} other than {@code said}, those about
     * {@code next}: not when they are what answers it and the others neither do nor speak of its things (7天无理由 极速退款都关了
     * closed the services; its 退款 says nothing of the orders). One clause answers one step.
     */
    private boolean answeredApart(Flow flow, FlowStep next, List<String> clauses, List<String> said, LocalDate today) {
        List<String> others = clauses.stream().filter(c -> !said.contains(c)).toList();
        Utterance saidOnly = normalizer.utterance(String.join("，", said));
        Utterance rest = others.isEmpty() ? null : normalizer.utterance(String.join("，", others));
        return flow.steps().values().stream()
                .filter(step -> step.options().stream().anyMatch(o -> next.id().equals(o.next())))
                .noneMatch(step -> {
                    StepReader before = stepReaders.get(flow.id() + "/" + step.id());
                    // (other clauses that speak of the step's things answered it, if only in part: 地址确认了，运费也说好了)
                    return before != null && moves(before.read(saidOnly, today, true))
                            && (rest == null || !moves(before.read(rest, today, true)) && !steps.mentions(rest, step));
                });
    }

    /**
     * Whether {@code clause}, about none of {@code next}'s things (naming none, or first a thing {@code next} holds is
     * elsewhere: 子服务上个礼拜全部关掉了, whose 关闭 is the services'), alone moves one of the steps {@code before} next on, as a
     * reply there: what it dates or tells still going is that step's.
     */
    private boolean answersEarlierAlone(Flow flow, List<FlowStep> before, StepReader nextReader, FlowStep next, String clause,
                                        LocalDate today) {
        if (steps.mentions(clause, next) && !nextReader.aboutElsewhere(clause)) {
            return false;
        }
        Utterance alone = normalizer.utterance(clause);
        return before.stream().map(step -> stepReaders.get(flow.id() + "/" + step.id()))
                .anyMatch(reader -> reader != null && moves(reader.read(alone, today, true)));
    }

    /** Whether {@code reading} moves its step on. */
    private static boolean moves(StepReader.Reading reading) {
        return reading.clear() && !reading.option().stays();
    }

    /**
     * What of {@code u} answers {@code current}: the reply without its clauses about a later step's
     * things alone (投诉也没有, beside 订单都完结了 at the orders step), which {@link #ahead} reads there;
     * the whole reply when it has no such clause, or nothing else.
     */
    Utterance forStep(Flow flow, FlowStep current, Utterance u, LocalDate today) {
        List<FlowStep> later = stepsAfter(flow, current);
        // (the last sale dated, 最后一单上个月吧, is the days step's, however much it names an order)
        FlowStep byDays = current.readsDays() ? null : later.stream().filter(FlowStep::readsDays).findFirst().orElse(null);
        List<String> clauses = steps.clauses(u);
        List<String> kept = new ArrayList<>();
        // (a clause naming no step's things right after one about a later step goes on about that step, as ahead reads it:
        // 有个投诉还在处理，买家说过几天撤)
        FlowStep laterTopic = null;
        for (String clause : clauses) {
            // (a clause stating one of this step's pending states is this step's, whatever later step's word it holds:
            // 不过昨天又重新开通了极速退款 names 退款)
            // (…and a count's 单 before a later step's thing counts that thing: 有一单投诉还在处理 is of complaints)
            String counted = withoutCountersOf(clause, later);
            // (…but one naming no step's things that holds a pending state of the later step it follows too goes on about
            // that step: 投诉有个已经结案了 但又被重新打开了)
            FlowStep before = laterTopic;
            boolean namesNone = flow.steps().values().stream().noneMatch(s -> steps.mentions(clause, s));
            boolean own = steps.mentions(counted, current) || steps.holdsPending(clause, current)
                    && !(before != null && namesNone && steps.holdsPending(clause, before));
            boolean lastDated = byDays != null && lexicon.namesTheLast(clause) && lexicon.daysIn(clause, today) >= 0;
            own &= !lastDated;
            FlowStep ofLater = own ? null : lastDated ? byDays
                    : later.stream().filter(s -> steps.mentions(clause, s)).findFirst().orElse(null);
            // (…but not one turning back with a contrast or a 'still': 投诉也没有，不过还有两个没签收 is the orders' again —
            // unless what it turns to is a pending state of that later step's own: 投诉有一个本来结了 但是买家又重新提起来了)
            laterTopic = ofLater != null ? ofLater
                    : before != null && !own && (!steps.turnsBack(clause) || steps.holdsPending(clause, before)) && namesNone
                    ? before : null;
            if (laterTopic == null) {
                kept.add(clause);
            }
        }
        return kept.size() == clauses.size() || kept.isEmpty() ? u : normalizer.utterance(String.join("，", kept));
    }

    /** The steps of {@code flow} that come after {@code step} on some way through it. */
    private List<FlowStep> stepsAfter(Flow flow, FlowStep step) {
        return flow.steps().values().stream().filter(s -> s != step && steps.stepsBefore(flow, s.id()).contains(step)).toList();
    }

    /** A count's 单 or 笔 (一单, 两笔, 几单) right before a thing: the measure of what follows, not an order named. */
    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile("[0-9一两二三四五六七八九十几个]+[单笔]");

    /** {@code clause} without the counts (一单) that measure one of {@code later} steps' things right after them (一单投诉). */
    private String withoutCountersOf(String clause, List<FlowStep> later) {
        java.util.regex.Matcher m = COUNTER.matcher(clause);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String rest = clause.substring(m.end());
            if (later.stream().anyMatch(s -> steps.aboutWords(s).stream().anyMatch(rest::startsWith))) {
                out.append(clause, from, m.start());
                from = m.end();
            }
        }
        return from == 0 ? clause : out.append(clause.substring(from)).toString();
    }
}
