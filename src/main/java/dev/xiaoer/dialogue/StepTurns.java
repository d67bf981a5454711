package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The turns inside a walk: a message read at the step the walk waits at — its answer, a part of it, a correction of an
 * earlier step, a 'not yet' or going off — or what else it is there (a hand-off, a cancel, another flow's task, a side
 * question answered or declined while the step waits, small talk). {@link DialogueEngine} hands it every turn of a walk.
 * Immutable and thread-safe.
 */
final class StepTurns {
    /** The cue kinds of a case not decided yet: weighed, unsure, guessed, planned or under way (我还在考虑要不要发). */
    private static final Set<String> UNDECIDED = Set.of("still", "unsure", "guess", "planned", "ongoing");

    private final KnowledgeBase kb;
    private final Retriever retriever;
    private final IntentReader intents;
    private final AnswerLexicon lexicon;
    /** "The rest are done" right after the answer on one of the step's own things (别的都关了 after 官方直送怎么关？). */
    private final RestToldOnly restOnly;
    private final Map<String, StepReader> stepReaders;
    private final Replies replies;
    private final FlowRunner flows;
    private final FlowEntries flowEntries;
    private final EarlierSteps earlierSteps;
    private final LaterSteps laterSteps;
    private final CorrectionsBack correctionsBack;
    private final Digressions digressions;
    private final Declines declines;
    private final EntryTurns entryTurns;
    private final InFlowQuestions questions;
    private final GoingBack goingBack;
    /** Whether a message mid-walk turns to another flow's task. */
    private final AnotherFlowWanted anotherFlow;
    /** The turns outside a flow: here, an entry picked from a clarify the walk is in. */
    private final IdleTurns idle;

    StepTurns(KnowledgeBase kb, Retriever retriever, IntentReader intents, AnswerLexicon lexicon, RestToldOnly restOnly,
              Map<String, StepReader> stepReaders, Replies replies, FlowRunner flows, FlowEntries flowEntries,
              EarlierSteps earlierSteps, LaterSteps laterSteps, Digressions digressions, Declines declines,
              EntryTurns entryTurns, InFlowQuestions questions, GoingBack goingBack, AnotherFlowWanted anotherFlow,
              IdleTurns idle) {
        this.kb = kb;
        this.retriever = retriever;
        this.intents = intents;
        this.lexicon = lexicon;
        this.restOnly = restOnly;
        this.stepReaders = stepReaders;
        this.replies = replies;
        this.flows = flows;
        this.flowEntries = flowEntries;
        this.earlierSteps = earlierSteps;
        this.laterSteps = laterSteps;
        this.correctionsBack = new CorrectionsBack(lexicon, stepReaders, flows, laterSteps);
        this.digressions = digressions;
        this.declines = declines;
        this.entryTurns = entryTurns;
        this.questions = questions;
        this.goingBack = goingBack;
        this.anotherFlow = anotherFlow;
        this.idle = idle;
    }

    /** The turn for {@code u} in the walk {@code told} waits in: its step's answer, or what else the message is. */
    Turn turn(Session told, Utterance u) {
        // what the step's things earlier replies told stands only through replies telling parts one after another, and a side
        // question answered or declined between them: any other turn (a 'not yet', a correction) forgets it
        int toldBefore = told.flow().toldItems() & ~FlowFrame.BEGUN_ASIDE & ~FlowFrame.ADVISED & ~FlowFrame.THING_ANSWERED;
        boolean begunAside = (told.flow().toldItems() & FlowFrame.BEGUN_ASIDE) != 0;
        boolean advised = (told.flow().toldItems() & FlowFrame.ADVISED) != 0;
        boolean thingAnswered = (told.flow().toldItems() & FlowFrame.THING_ANSWERED) != 0;
        Flow flow = kb.flow(told.flowId()).orElseThrow();
        FlowStep step = flow.step(told.stepId());
        StepReader reader = stepReaders.get(flow.id() + "/" + step.id());
        // (a reply about only what the step exempts, 24h发货那个关不掉, tells what is left for the next: 其他的都关了)
        boolean exemptOnly = reader.speaksOnlyOfExempt(u);
        Session s = exemptOnly ? told.untold().telling(FlowFrame.EXEMPT_LEFT) : told.untold();
        FlowPosition here = FlowRunner.position(s);
        if (intents.isHandoff(u)) {
            return declines.handoff(s, new FlowPosition(flow.id(), step.id(), true, List.of()));
        }
        Optional<FaqEntry> picked = idle.picked(s, u);
        if (picked.isPresent()) {
            return entryTurns.answer(s, picked.get(), 1.0, u);
        }
        // another platform's matter answers no step of 1688's (拼多多也扣我分了 at the appeal step): declined as such — unless the
        // platform is a fact of the case the step reads surely (单子是在拼多多后台打的 快递是我们自己约的: our own courier)
        if (retriever.otherPlatform(u) != null && reader.caseTold(u, DialogueEngine.today(s)).isEmpty()) {
            return declines.fallback(s, retriever.search(u), here);
        }
        // going off to do the step keeps it, unless the same message already answers it (都关好了，我现在去看订单)
        boolean deferring = intents.isDefer(u);
        // (going to look, 我去后台查一下投诉再来, answers nothing, whatever option its words are like; nor does what the seller
        // goes off to do, 好 我现在去关了它先, 我现在去跟买家说: only what is told beside it may answer)
        // (nor a correction of an earlier step told with it, 不对，刚才说错了，投诉还有一个没结案，我先去申诉: that step again)
        Utterance besidesGoing = deferring ? intents.besidesDefer(u) : null;
        StepReader.Reading besides = besidesGoing == null ? null
                : unlessOnlyChatter(reader.read(besidesGoing, DialogueEngine.today(s), true), besidesGoing);
        // (…nor, going back to negotiate again, what is told beside it unless it says the term settled: 他想到付 我再跟他磨磨)
        // (a check before what it found, 稍等我看看…看到了，都关了, is no doubt left: what was found is read)
        if (deferring && (besides == null || !besides.clear() || lexicon.cuesIn(lexicon.corrected(u).normalized()).contains("unsure")
                || intents.negotiatesAgain(u) && !besides.certain() && !besides.option().stays())
                && earlierSteps.corrected(flow, step, u, DialogueEngine.today(s)).isEmpty()) {
            // (the parts told before stand through it, as through a side question: 地址发了 电话还没发 → 我先去发一下 →
            // 电话发了 is all)
            return flows.deferred(s.telling(toldBefore), step, intents.smalltalkBeside(u, false).orElse(null));
        }
        // (and one that answers the step and goes off, 还有一单没完结，我过几天再来, is that answer: its "later" no stop)
        if (intents.isCancel(u) && !deferring) {
            // (…unless it puts the walk off for another flow's task: 保证金这个等会再说 先帮我看看运单号 — that flow, this one waits;
            // turned to in so many words, it is what the seller wants now however faintly it is found, 先帮我看下保证金)
            Utterance rest = intents.besidesCancel(u);
            AnotherFlowWanted.Found instead = anotherFlow.putOffFor(flow, u, rest, DialogueEngine.today(s));
            return instead.entry().isPresent()
                    ? entryTurns.answer(s, instead.entry().get(), 1.0, rest)
                    : cancel(s, flow, step, u);
        }
        // (the walk declined, not stopped, 不要逐条问了 一次说完吧: the whole answer at once)
        if (entryTurns.declinesTheWalk(u)) {
            return entryTurns.wholeAnswer(s, flow, retriever.search(entryTurns.besidesTheWalkDeclined(u)));
        }
        // a negated request (我没说不弄，地址都确认了) is no part of the answer, nor of what is asked, nor is an
        // option echoed back before the answer (快递公司原因？不是，是我们发错了)
        // (going off in a clause of its own beside an answer, 订单全是交易成功的 我这就去看投诉那边: only the answer's clauses
        // are read, here and ahead)
        // (…but a part of a step of things put off, 快递明天再跟他讲 beside 到付说好了, is that part not done yet: the whole is read)
        Utterance answerOnly = deferring && (step.items().isEmpty() || !reader.saysNotYet(u)) ? intents.clausesBesidesDefer(u) : null;
        Utterance unechoed = reader.withoutEcho(answerOnly != null ? answerOnly : u);
        LocalDate today = DialogueEngine.today(s);
        // (at a choice, a question about it beside facts telling the case, 什么叫线上下单 我是在1688后台点的发货 快递是我自己叫的: the
        // facts are the answer — not beside a case still weighed, 买家说要补发 我还在考虑要不要发)
        Utterance caseFacts = step.isChoice() && intents.isQuestion(unechoed) ? intents.statements(unechoed) : null;
        boolean byFacts = caseFacts != null && reader.caseTold(caseFacts, today).isPresent()
                && lexicon.cuesIn(unechoed.normalized()).stream().noneMatch(UNDECIDED::contains)
                // (…nor beside another cause suspected, 工厂说产量跟不上，是不是快递的问题也有: two causes — a question about an
                // option, 什么叫线上下单, suspects nothing)
                && !(QuestionWords.suspects(unechoed.basic()) && !reader.tellsTheCase(reader.read(caseFacts, today, true), unechoed));
        Utterance asked = intents.withoutNegatedRequests(byFacts ? caseFacts : unechoed);
        boolean question = !byFacts && intents.isQuestion(unechoed);
        // a correction of an earlier step's answer (等下刚才说错了，收件人电话我还没给他 at the fee step) goes back to that step
        // and reads it there — unless it wants another flow's task first (等等 我另一个单子的运单号要先改: its 单子 is that order's)
        // or its 'wait' turns aside (等一下 还有个事 有个订单运单号写错了要改)
        Optional<EarlierSteps.Corrected> corrected = earlierSteps.corrected(flow, step, u, today);
        if (corrected.isPresent() && !(anotherFlow.onlyWaits(u) && (intents.isAside(u) || anotherFlow.wanted(asked, today, flow)))) {
            return correctionsBack.turn(s, flow, corrected.get(), u);
        }
        // another flow's task turned to (对了，还有个事…, 我还要退保证金，先弄这个, 保证金已经解冻了): that flow, and this one waits
        AnotherFlowWanted.Found elsewhere = anotherFlow.in(flow, reader, asked, question, u, today, toldBefore);
        if (elsewhere.entry().isPresent()) {
            return entryTurns.answer(s, elsewhere.entry().get(), elsewhere.searched().confidence(), u);
        }
        Retrieval searched = elsewhere.searched();
        StepReader.Reading answers = elsewhere.reading();
        // (a statement own-want read already: the same reading)
        StepReader.Reading reading = answers != null ? answers : reader.read(asked, today, !question, toldBefore);
        int toldNow = reading.toldItems();
        // (read without clauses set aside as a later step's: what they say of an earlier step is still looked at below)
        boolean withoutLater = false;
        // (what is said of this step: the message, or without the clauses a later step's, once they are set aside)
        Utterance ofThisStep = asked;
        if (!reading.clear()) {
            // what is unclear for the clauses about a later step may be clear without them (订单都完结了 投诉也没有)
            Utterance forStep = laterSteps.forStep(flow, step, asked, today);
            withoutLater = !forStep.normalized().equals(asked.normalized());
            ofThisStep = forStep;
            reading = reader.read(forStep, today, !question, toldBefore);
            toldNow |= reading.clear() ? 0 : reading.toldItems();
        }
        reading = unlessOnlyChatter(reading, u);
        // ("the rest are done", 别的都关了, right after the answer on one of the step's own things, 官方直送怎么关？, leaves that
        // thing open: no "all met")
        if (thingAnswered && restOnly.leavesTheThingOpen(step, reader, reading, u, today)) {
            reading = reading.unclear();
        }
        // (1688 named alone, 1688的, says where, not how: at "how was it shipped?" it is no online order)
        if (reading.clear() && !reading.certain() && u.compact().length() <= PLATFORM_ALONE && retriever.namesOurPlatformOnly(u)) {
            reading = reading.unclear();
        }
        // a bare yes right after the bot said something beside the step's question (FlowFrame.ADVISED: the advice on its
        // 'not yet', 还有两单没收货 → 请先等…再告诉我 → ok; the step kept while the seller goes off; a side answer; small talk)
        // takes that in: nothing is done yet, the step is kept for when it is (its options tell how to say so)
        // (acknowledgements alone, 好的 or 收到收到 after the side answer on how to close 官方直送, take it in just as well; thanks
        // are small talk)
        if (advised && (reading.how() == StepReader.How.BARE && reading.clear() && !reading.option().stays()
                || !reading.clear() && intents.chatter().withoutChatter(u.compact()).isEmpty() && intents.smalltalk(u).isEmpty())) {
            // (…or, right after the step was asked again for an answer it could not read, one more it cannot: 嗯 picks
            // neither of the options asked for, and counts towards the hand-off)
            // (what the seller told before the side answer stands through it: 48小时发货那个关不掉 → its entry → 哦哦 →
            // 其他的都关了 are still the rest)
            Session kept = (told.flow().toldItems() & FlowFrame.EXEMPT_LEFT) != 0 ? s.telling(FlowFrame.EXEMPT_LEFT) : s;
            return s.unreadable() > 0 ? flows.reask(kept, flow, step, false) : flows.deferred(kept, step, null);
        }
        // at a step asking about several things together, "agreed" said of another step's things only (也说好了让他发中通
        // at the deadline step) is not this step's "all met"; nor, at any step but by days, "all done" going on about an
        // earlier step's things (订单也讲了啊 全部结束了 at the complaints step)
        if (reading.clear() && !reading.certain() && step.affirmativeOption().filter(reading.option()::equals).isPresent()
                && (!step.items().isEmpty() && earlierSteps.aboutOtherStepsOnly(flow, step, asked, today)
                    || !reading.byDays() && earlierSteps.onlyOfAnEarlierStep(flow, step, asked, today))) {
            reading = reading.unclear();
        }
        if (intents.isResume(u)) {
            return goingBack.inFlow(s, flow, step, reader, u, asked, begunAside, toldBefore, today);
        }
        // an option's own words inside a question (都关好了是指全部都要关吗？, 怎么才算都完结了) ask about the option: they answer
        // the step only when a statement beside the question says them (都关好了，下一步呢？); a rhetorical one (要是都完结了我
        // 还来问你吗) is read as what it denies
        // (…but at a choice of cases, how to do the one named, 补发的怎么搞, picks it: its end tells how)
        if (question && questions.asksHowOfACase(flow, step, reader, reading, u, asked)) {
            return flows.take(s, flow, step, reading.option(), next -> laterSteps.ahead(flow, next, asked, today));
        }
        if (question && reading.how() == StepReader.How.WORDS && !statedAlso(reader, asked, reading, today)
                && lexicon.corrected(asked).normalized().equals(asked.normalized())) {
            reading = new StepReader.Reading(reading.option(), StepReader.How.MEANING, reading.score(), reading.runnerUp());
        }
        Retrieval r = searched;
        if (question && !reading.certain()) {
            r = r != null ? r : retriever.search(asked);
            // (the parts told before a side question stand through its answer or decline: 吊牌包装说了 时间还没说 → 退货时间一般
            // 给几天合适 → 跟他说了7天内寄回 is all)
            Session aside = toldBefore == 0 ? s : s.telling(toldBefore);
            Optional<Turn> answered = questions.answer(aside, flow, step, reader, u, asked, searched, r, today);
            if (answered.isPresent()) {
                return answered.get();
            }
            // a question retrieval knows the knowledge does not answer (保证金退回来要扣手续费吗 at the 30-day step), that names
            // nothing of the step — or asks what the seed leaves unsaid of it (退货时间一般要求几天比较合适), or ends asking
            // about the step's thing what the seed does not say (投诉平台人工在审，一般要审多久) — and reads as
            // none of its options: the bot says it does not know and the step waits, instead of asking again as if the
            // answer were unclear
            if (r.decision() == Retrieval.Decision.FALLBACK
                    && (r.decline() == Retrieval.Decline.KNOWN_OUT_OF_SCOPE || r.decline() == Retrieval.Decline.UNANSWERED)
                    // (a 'done' only asked about by a message that tells nothing, 要多久才会结案, what retrieval knows the seed
                    // leaves unsaid or out of scope, is no answer read by its polarity: 退出以后还能再开吗 重开要交多少)
                    && (reading.score() < StepReader.MIN_SCORE || reading.how() == StepReader.How.POLARITY
                        && intents.statements(asked) == null
                        // (…or how long it takes, asked with nothing told, 投诉多久能结案: no reading of the step)
                        || QuestionWords.asksHowLong(asked.basic()) && intents.statements(asked) == null
                        // (…or what the seed leaves unsaid, asked in so many words, however like an option its words are:
                        // 补填的单号买家能马上看到吗 at the situation step, 快递公司的公章证明去哪里盖章啊 at the reason step)
                        // (at a yes/no step only when it reads as neither: 运费谁出还在扯皮 is a 'not yet' told, not a question)
                        || r.decline() == Retrieval.Decline.UNANSWERED && (!reading.clear() || step.isChoice())
                            && QuestionWords.endsAsking(asked)
                            && (intents.statements(asked) == null || intents.isAside(asked)))
                    && (r.decline() == Retrieval.Decline.UNANSWERED || !earlierSteps.mentions(asked, step) || QuestionWords.endsAsking(asked))
                    && !reader.namesAnOption(asked)
                    && !lexicon.cuesIn(asked.normalized()).contains("unsure")) {
                return declines.fallback(aside, r, here);
            }
        }
        // (…however surely the rest reads: 投诉没有 不过有一单买家还没确认收货 — its receipt not confirmed is the orders step's,
        // not the 30-day step's it was set aside for)
        if ((!reading.certain() || withoutLater) && !question) {
            // (what a correction took back says nothing of an earlier step: 最后一单10月10号确认收货的 哦不是 还有一单没确认收货 is
            // an order open, whatever date it told first)
            Utterance meant = lexicon.hasCorrection(u) ? lexicon.corrected(u) : u;
            Optional<Turn> back = earlierSteps.unmet(flow, step, meant, reading, today)
                    .map(un -> flows.back(s, flow, un, earlierSteps.itemsStillTold(flow, un, u)));
            if (back.isPresent()) {
                return back.get();
            }
        }
        // a seller who says they are not sure (可能是快递的问题吧，我也不确定) is not moved on by a guess
        // (…said in what the reply says once corrected: 等等我看错了 是10月20号确认收货的 takes back, it doubts nothing)
        // (a hedge in a later step's clause, 最后一单大概上个月吧, is that step's: not of this one)
        boolean saysUnsure = lexicon.cuesIn(ofThisStep.normalized()).contains("unsure")
                && lexicon.cuesIn(lexicon.corrected(ofThisStep).normalized()).contains("unsure");
        boolean unsure = saysUnsure || reader.guesses(ofThisStep);
        // (nor is a hedged "yes", 差不多都关了吧 大概, a "not yet", nor one beside "I don't know", 不太清楚 好像有个买家说要
        // 投诉我: it is not knowing, and counts towards the hand-off)
        if (unsure && reading.clear() && !reading.certain() && reading.how() != StepReader.How.DATED
                && reading.how() != StepReader.How.ESTIMATED
                && (!reading.option().stays() || reader.hedgesYes(asked) || saysUnsure)) {
            return flows.unsure(s, flow, step);
        }
        // a statement of the choice's premise only (我打电话给买家确认过了 at how-shipped) answers nothing and asks nothing
        if (!reading.clear() && !question && reader.onlyPremise(asked)) {
            return flows.reask(s, flow, step, false);
        }
        // a statement telling some of the things the step asks about together (地址发了): kept, and the rest asked for
        if (!reading.clear() && !question && toldNow != 0) {
            return flows.toldInPart(s.telling(toldBefore | toldNow), step, reader.itemsLeft(toldBefore | toldNow));
        }
        // a question never moves the step by resemblance, but one of the step's own questions is its option
        // (…unless retrieval answers the question with another entry: 支付宝账号想换一个 在哪里换 is not 官方直送怎么关？)
        boolean byResemblance = question && reading.clear() && !reading.certain() && reading.option().faq() != null;
        if (byResemblance && r == null) {
            r = retriever.search(asked);
        }
        if (reading.clear() && (reading.certain() || !question || reading.option().faq() != null)
                && !(byResemblance && questions.answersAnother(reading.option(), r, asked, step))) {
            StepOption option = reading.option();
            if (option.faq() != null) {
                return entryTurns.answer(s, kb.faq(option.faq()).orElseThrow(), 1.0, u);
            }
            // (a 'not yet' of some of the step's things, 电话他说打不通, leaves the others told before it told: 退货地址发他了)
            Session kept = step.negativeOption().filter(option::equals).isPresent()
                    ? s.telling(toldBefore & reader.itemsNotNamed(asked)) : s;
            return flows.take(kept, flow, step, option, next -> laterSteps.ahead(flow, next, asked, today));
        }
        Optional<SmallTalk> smalltalk = intents.smalltalk(u);
        if (smalltalk.isPresent()) {
            // (a bare ok next takes the small talk in, not the step's question: FlowFrame.ADVISED)
            Session next = s.understood().telling(FlowFrame.ADVISED);
            return TurnBuilder.reply(Kind.SMALLTALK, Replies.join(smalltalk.get().reply(),
                            replies.message("digression-hint")))
                    .options(replies.options(step)).at(here).leaving(next);
        }
        // a seller saying only that they do not know (不清楚, 搞不清) asks nothing: the step's help, never a
        // side answer that shares its words (不清楚 ~ 售后方案协商不清)
        if (unsure && !question) {
            return flows.unsure(s, flow, step);
        }
        // a question (or a statement like nothing the step expects) on another topic is answered, and
        // the step waits; one that only reads like an answer never moves the step
        r = r != null ? r : retriever.search(asked);
        if (question && r.decline() == Retrieval.Decline.OTHER_PLATFORM) {
            return declines.fallback(s, r, here);
        }
        // (what the step exempts, told as not done, 24h发货那个关不掉: the side entry about it says why it need not be)
        if (r.decision() == Retrieval.Decision.ANSWER && (digressions.asked(u, question, reading, r, flow, step)
                || exemptOnly && !reading.clear() && flowEntries.sideAbout(r, flow))) {
            return entryTurns.answer(s, flowEntries.answering(r, u, s.flowId(), DialogueEngine.today(s)), r.confidence(), u);
        }
        // (a question naming another topic only, no more, 售后这种一般怎么处理比较好 at the orders step: which of its entries)
        boolean topicOnly = question && r.decline() == Retrieval.Decline.VAGUE && r.options().size() >= 2
                && !r.offersTheMenu() && r.options().stream().noneMatch(c -> flowEntries.about(c.faqId(), flow));
        if (topicOnly && !reading.clear()) {
            return declines.clarify(s, r, here);
        }
        if (r.decision() == Retrieval.Decision.CLARIFY && question) {
            // the flow the seller is in tells which was meant when one option only is about it (訂單狀態要在哪裡查 at
            // the orders step: the unfreeze conditions, not the after-sales progress)
            List<Candidate> ours = r.options().stream().filter(c -> flowEntries.about(c.faqId(), flow)).toList();
            if (ours.size() == 1 && kb.faq(ours.get(0).faqId()).map(e -> e.flow() == null).orElse(false)) {
                return entryTurns.answer(s, kb.faq(ours.get(0).faqId()).orElseThrow(), r.confidence(), u);
            }
            return entryTurns.retrieved(s, u, r, here);
        }
        if (unsure) {
            return flows.unsure(s, flow, step);
        }
        // a state the step declares pending, told as a statement and read as no option (他已读不回, 买家说运费随便): the
        // step's "not yet", its advice given — a clear answer, no step towards the hand-off
        if (!question && !reading.clear() && step.negativeOption().isPresent() && reader.statesPending(asked)) {
            return flows.take(s, flow, step, step.negativeOption().get(), next -> Optional.empty());
        }
        // (a reply the step cannot read takes nothing back: the parts told before stand, 地址发了 电话还没发 → 我先去发电话 →
        // 电话发了 is all)
        return flows.reask(s.telling(toldBefore), flow, step, reading.score() >= StepReader.MIN_SCORE);
    }

    /**
     * No answer from an acknowledgement and thanks only (好的感谢, 好的知道了), however like an option's phrasing (买家回了好的,
     * 买家都知道了) its words are: only an option's own words or a cue of what is done read there; nor from an aside announced
     * alone (先问个别的: its 别的 is no "other reason").
     */
    private StepReader.Reading unlessOnlyChatter(StepReader.Reading reading, Utterance u) {
        if (reading.how() != StepReader.How.MEANING) {
            return reading;
        }
        boolean chatterOnly = intents.chatter().withoutChatter(u.compact()).isEmpty() && lexicon.cuesIn(u.normalized()).isEmpty();
        return chatterOnly || asideAlone(u) ? reading.unclear()
                : reading;
    }

    /** Whether {@code u} turns aside with nothing but chatter after it (先问个别的, 插一句 好的). */
    private boolean asideAlone(Utterance u) {
        if (!intents.isAside(u)) {
            return false;
        }
        // (the rest is the message itself when nothing follows the aside: afterAside gives back u)
        Utterance rest = intents.afterAside(u);
        return rest == u || intents.chatter().withoutChatter(rest.compact()).isEmpty();
    }

    /**
     * Ends the active flow; when the seller asks in the same message to go back to the paused one
     * (保证金回头再说，先回到改运单号), that one comes back at its step.
     */
    private Turn cancel(Session s, Flow flow, FlowStep step, Utterance u) {
        Turn cancelled = flows.cancel(s, flow, step);
        Session after = cancelled.session();
        Utterance besides = after.suspended().isEmpty() ? null : intents.besidesCancel(u);
        if (besides == null) {
            return cancelled;
        }
        // the paused flow named (先回到保证金那个), else, for a bare "go back", the most recent one
        Optional<Flow> named = flowEntries.pausedAskedFor(after.suspended(), retriever.search(besides));
        if (named.isEmpty() && !intents.isResume(besides)) {
            return cancelled;
        }
        Flow back = named.orElseGet(() -> kb.flow(after.suspended().get(0).flowId()).orElseThrow());
        return DialogueEngine.lead(flows.start(after, back, null, 1.0), replies.message("cancel", Map.of("flow", flow.title())), null);
    }

    /** The longest reply (compact) read as 1688 named alone (是1688的, 1688上的). */
    private static final int PLATFORM_ALONE = 6;

    /** Whether a statement of {@code asked}, beside its question, reads as {@code reading}'s option too. */
    private boolean statedAlso(StepReader reader, Utterance asked, StepReader.Reading reading, LocalDate today) {
        Utterance stated = intents.statements(asked);
        return stated != null && reader.read(stated, today, true).option() == reading.option();
    }
}
