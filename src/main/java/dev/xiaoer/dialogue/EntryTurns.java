package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entry, or what retrieval decided, as a turn: the entry's answer (with the step to go back to,
 * in a flow), the flow the entry starts (pausing the active one), a clarify or a fallback. Part of
 * {@link DialogueEngine}; immutable and thread-safe.
 */
final class EntryTurns {
    private final KnowledgeBase kb;
    private final FlowRunner flows;
    private final Replies replies;
    private final FlowEntries flowEntries;
    private final IntentReader intents;
    private final Declines declines;
    private final LaterSteps steps;
    /** The walk declined, the whole answer wanted at once ({@code walk-declined} in phrases.yaml; null: none). */
    private final java.util.regex.Pattern walkDeclined;
    /** Right after a walk ended, its whole answer asked for again (phrases.yaml {@code asked-again}; null: none). */
    private final java.util.regex.Pattern askedAgain;
    /** What a flow that just ended speaks of. */
    private final EndedFlows endedFlows;
    /** How sure retrieval must be of another flow's entry to pause the flow the seller is in for it. */
    private static final double SWITCH_CONFIDENCE = 0.5;
    /** How surely a flow's own entry is found when its question is asked again, right after that flow ended, to walk it again. */
    private static final double ASKED_AGAIN = 0.9;

    /** A message's clauses about another platform, which tell nothing of a walk's steps. */
    private final OtherPlatformClauses otherPlatforms;

    EntryTurns(KnowledgeBase kb, FlowRunner flows, Replies replies, FlowEntries flowEntries, IntentReader intents,
               Declines declines, LaterSteps steps, EndedFlows endedFlows, OtherPlatformClauses otherPlatforms) {
        this.kb = kb;
        this.otherPlatforms = otherPlatforms;
        this.endedFlows = endedFlows;
        this.flows = flows;
        this.replies = replies;
        this.flowEntries = flowEntries;
        this.intents = intents;
        this.declines = declines;
        this.steps = steps;
        this.walkDeclined = kb.phrases().patterns().get("walk-declined");
        this.askedAgain = kb.phrases().patterns().get("asked-again");
    }

    /** What retrieval decided, as an answer, a clarify or a fallback; {@code here} is the flow position kept. */
    Turn retrieved(Session s, Utterance u, Retrieval r, FlowPosition here) {
        return retrieved(s, u, r, here, null);
    }

    /**
     * The same, right after the flow {@code ended} (null: none) ended on the seller's answers: a question about the end it
     * reached is answered as it is ({@link EndedFlows#speaksOfTheEnd}, {@link FlowEntries#answering(Retrieval, Utterance,
     * String, LocalDate, String)}), and its own entry found less surely than its question asked again is answered plainly.
     */
    Turn retrieved(Session s, Utterance u, Retrieval r, FlowPosition here, FlowFrame ended) {
        // (what is asked about the case just walked; a case told, 运单号没填 谢谢, is a new one, walked; so is a question
        // about another case than the one the walk ended on, 扣分了能申诉吗 after 申诉无效)
        // ("and what about…", 那没填的呢, and "…, is it?", 申诉无效是吧, ask of the walk just ended too)
        // (…and an entry of it asked for again, 解冻条件再说一遍: that entry, not the walk again)
        String asked = ended != null && (intents.isQuestion(u) || QuestionWords.asksFollowingUp(u.basic())
                || asksAgain(u)) && r.best() != null
                && endedFlows.speaksOfTheEnd(ended, r.best().faqId()) ? ended.flowId() : null;
        String justEnded = ended == null ? null : ended.flowId();
        // (an entry a walk covers found again right after it was answered plainly, 转出后钱会到哪里 after the transfer-out
        // answer: a follow-up on that answer, its case taken as told then — not the walk from the first step; a question
        // telling facts beside, 子服务还没关完 转出按钮在哪, is read as ever)
        Optional<FaqEntry> again = asked != null || s.inFlow() || r.best() == null || !r.best().faqId().equals(s.lastEntry())
                || !intents.isQuestion(u) || intents.statements(u) != null
                ? Optional.empty() : kb.faq(r.best().faqId()).filter(e -> e.flow() == null);
        // ("and that one?" right after a walk's end, of another end beside it whose entry starts the walk, 那填错的呢 after the
        // fill-missing end: that entry as it is, the way of shipping told — not the walk again from how it was shipped; or of a
        // case of another way, 那要补发的话呢 after the online end: that end's entry, the way told still holding; or when, after a
        // walk of conditions all met, 那什么时候解冻 after the transfer-out answer: the time that answer gives)
        Optional<FaqEntry> besideTheEnd = r.decision() != Retrieval.Decision.ANSWER ? Optional.empty()
                : (asked != null && QuestionWords.asksFollowingUp(u.basic()) && endedFlows.besideTheEnd(ended, r.best().faqId())
                        ? kb.faq(r.best().faqId()) : Optional.<FaqEntry>empty()).or(() -> caseAfterTheEnd(s, ended, r, u))
                        .or(() -> s.inFlow() ? Optional.empty() : endedFlows.timeOfTheEnd(ended, r.best().faqId(),
                                r.candidates().stream().map(Candidate::faqId).toList(), u).flatMap(kb::faq));
        return switch (r.decision()) {
            // (the first step is read without a negated request: 不用转人工 answers no step)
            case ANSWER -> besideTheEnd.isPresent() ? plain(s, besideTheEnd.get(), r.confidence())
                    : flows.noting(answerAfter(s, again.orElseGet(() -> flowEntries.answering(r, intents.withoutNegatedRequests(u),
                    s.inFlow() ? s.flowId() : null, DialogueEngine.today(s), asked)), r.confidence(), u, justEnded), r.detail());
            // a question that could be any of the entries one flow walks through starts that flow: its
            // first step asks what tells them apart (运单号要补上或修改 → how was it shipped?)
            // (so does a clarify led by an entry whose answer holds only for one case its flow asks first, when the
            // question does not give the case: 扣分了 能申诉回来吗 is asked the reason, not offered the valid list)
            // (right after a walk's end, a question about it that could also be another entry is the end's own: 转出来的钱是到哪
            // 支付宝吗 after the transfer-out answer, beside the change of Alipay account)
            case CLARIFY -> (asked == null ? Optional.<FaqEntry>empty() : endsOwn(ended, r.options()))
                    .map(e -> plain(s, e, r.confidence()))
                    .orElseGet(() -> flowEntries.covering(r.options(), asked).or(() -> s.inFlow() ? Optional.empty()
                            : flowEntries.askingTheCase(r, intents.withoutNegatedRequests(u), DialogueEngine.today(s), asked))
                    .map(e -> answer(s, e, r.confidence(), u))
                    .orElseGet(() -> declines.clarify(s, r, here)));
            // a fragment that names no topic is asked which one; another platform, or what an entry
            // does not say, is declined in its own words
            // (one that could not be told apart among one flow's entries starts that flow: 申诉怎么弄)
            // (right after a walk's end, a question too short to place whose nearest entry is the end's own asks about it:
            // 补填是在哪个后台 after the fill-missing answer)
            // (its confidence the entry's own score: a declined retrieval's is none)
            case FALLBACK -> endsOwnNearest(ended, r, u).or(() -> caseAfterTheEnd(s, ended, r, u)).or(() -> besideAnswered(s, ended, r, u))
                    .map(e -> plain(s, e, scoreOf(r, e))).orElseGet(() ->
                    r.decline() == Retrieval.Decline.VAGUE && !r.options().isEmpty() && !r.unfoundTopic() ? whichOrSole(s, r, here, u)
                    : flowEntries.coveringUndecided(r, !intents.isQuestion(u)
                            || QuestionWords.asksHowToProceed(u.basic())).map(e -> answer(s, e, r.confidence(), u))
                            // (a bare topic no entry answers and no flow walks, 安心购: which of its entries; its one entry, 支付宝的问题)
                            .orElseGet(() -> !r.unfoundTopic() ? declines.fallback(s, r, here) : whichOrSole(s, r, here, u)));
        };
    }

    /**
     * The entry the end names, when, right after the walk {@code ended} reached its end, {@code r} declined question {@code u} only for want of a
     * surer match (not as another platform, out of scope or unanswered) while the entry that end names is its nearest, found
     * by every word another entry is, and asks where, how or what to hand in (what the end's answer tells; 补填要钱吗 is not
     * told there); or, declined as vague, its nearest entry
     * when that is another end beside the one reached ({@link EndedFlows#besideTheEnd}: 那没填的那种呢 after the modify answer).
     */
    private Optional<FaqEntry> endsOwnNearest(FlowFrame ended, Retrieval r, Utterance u) {
        if (ended == null || r.candidates().isEmpty() || !intents.isQuestion(u) && !QuestionWords.asksFollowingUp(u.basic())) {
            return Optional.empty();
        }
        // (or, too short to place, the end beside it the walk's earlier choice holds for: 那没填的那种呢 after the modify answer)
        String nearest = r.candidates().get(0).faqId();
        if (r.decline() == Retrieval.Decline.VAGUE && endedFlows.besideTheEnd(ended, nearest)) {
            return kb.faq(nearest);
        }
        // (found too faintly, 要交什么凭证 after the valid end: only when no other entry is found by a word the nearest lacks —
        // 申诉入口在哪 names 入口, which the valid list never tells)
        List<String> nearestWords = r.candidates().get(0).matchedWords();
        boolean faint = r.decline() == Retrieval.Decline.NO_MATCH && r.detail().isEmpty() && r.candidates().stream().skip(1)
                .flatMap(c -> c.matchedWords().stream()).allMatch(w -> w.length() < 2 || nearestWords.contains(w));
        boolean place = QuestionWords.asksWhereOrHow(u.basic()) && (faint || r.decline() == Retrieval.Decline.VAGUE);
        return place ? endsOwn(ended, r.candidates().subList(0, 1)) : Optional.empty();
    }

    /** How sure a declined {@code r} is of {@code entry}: the entry's score among its candidates, within 0 and 1 (r's own if absent). */
    private static double scoreOf(Retrieval r, FaqEntry entry) {
        return r.candidates().stream().filter(c -> c.faqId().equals(entry.id())).findFirst()
                .map(c -> Math.max(0, Math.min(1, c.score()))).orElse(r.confidence());
    }

    /**
     * Which of a declined {@code r}'s likely entries is meant (a clarify), or, when it has one only (支付宝呢, 补发), that
     * entry answered, or walked when its flow asks its case first: a clarify offers two or more.
     */
    private Turn whichOrSole(Session s, Retrieval r, FlowPosition here, Utterance u) {
        if (r.options().size() != 1) {
            return declines.clarify(s, r, here);
        }
        // (an entry whose answer holds for one case its flow asks first is that flow, when the fragment gives no case)
        // (its score says how sure: a declined retrieval's own confidence is none)
        Candidate only = r.options().get(0);
        FaqEntry sole = kb.faq(only.faqId()).orElseThrow();
        return answer(s, s.inFlow() ? sole : flowEntries.askingTheCase(sole, u, DialogueEngine.today(s), null).orElse(sole),
                Math.max(0, Math.min(1, only.score())), u);
    }

    /**
     * Asked "and that one?" (那补发的呢) right after an end's entry was answered, too short to place, no walk having just
     * ended: the nearest entry, when it is another end beside the one answered ({@link EndedFlows#besideTheAnsweredEnd});
     * empty otherwise.
     */
    private Optional<FaqEntry> besideAnswered(Session s, FlowFrame ended, Retrieval r, Utterance u) {
        if (ended != null || s.inFlow() || r.decline() != Retrieval.Decline.VAGUE || r.candidates().isEmpty()
                || !QuestionWords.asksFollowingUp(u.basic())) {
            return Optional.empty();
        }
        String nearest = r.candidates().get(0).faqId();
        return endedFlows.besideTheAnsweredEnd(s.lastEntry(), nearest).flatMap(flow -> kb.faq(nearest));
    }

    /**
     * "And that one?" right after a walk ended, read at its first step, a choice: a case told there by its facts (那停产的呢 after
     * the valid end), when retrieval found nothing for so few words, is the entry of the end that case leads to; no case told
     * there, of a case chosen later under another way (那补发的呢 after the online end, {@link EndedFlows#wayChosen}), it is the
     * entry of the end just reached. Empty otherwise (那自己联系快递的呢 names another way: walked as ever).
     */
    private Optional<FaqEntry> caseAfterTheEnd(Session s, FlowFrame ended, Retrieval r, Utterance u) {
        // (or "and what if…", 那如果是停产了呢: the case it supposes, read as told)
        Utterance supposed = ended == null ? null : endedFlows.caseSupposed(u);
        Flow flow = ended == null || s.inFlow() || !QuestionWords.asksFollowingUp(u.basic()) && supposed == null ? null
                : kb.flow(ended.flowId()).orElse(null);
        FlowStep first = flow == null ? null : flow.step(flow.start());
        if (first == null || !first.isChoice()) {
            return Optional.empty();
        }
        Utterance asked = supposed == null ? u : supposed;
        LocalDate today = DialogueEngine.today(s);
        Optional<StepOption> told = toldAt(flow, first, asked, today);
        if (told.isPresent()) {
            return r.decision() != Retrieval.Decision.FALLBACK ? Optional.empty() : otherEnd(flow, ended, told);
        }
        // (a case supposed beside the end, chosen where the walk chose it, the earlier choices kept: 那要是发货时没填单号呢 after
        // the modify end is the fill-missing end)
        if (supposed != null) {
            Optional<FaqEntry> beside = caseBeside(flow, ended, supposed, today);
            if (beside.isPresent()) {
                return beside;
            }
        }
        return r.candidates().isEmpty() ? Optional.empty()
                : endedFlows.wayChosen(ended, r.candidates().get(0).faqId()).flatMap(kb::faq);
    }

    /** The entry of another end that {@code told}, read where the walk {@code ended} chose its case past the first step, leads to. */
    private Optional<FaqEntry> caseBeside(Flow flow, FlowFrame ended, Utterance told, LocalDate today) {
        for (FlowStep step : endedFlows.choicesBeforeTheEnd(ended)) {
            Optional<FaqEntry> beside = otherEnd(flow, ended, toldAt(flow, step, told, today));
            if (beside.isPresent()) {
                return beside;
            }
        }
        return Optional.empty();
    }

    /** The entry of the end option {@code told} leads to, when that is another end than the one {@code ended} reached. */
    private Optional<FaqEntry> otherEnd(Flow flow, FlowFrame ended, Optional<StepOption> told) {
        return told.map(o -> o.next() == null ? null : flow.step(o.next()))
                .filter(end -> end.isEnd() && end.entry() != null && !end.id().equals(ended.stepId()))
                .flatMap(end -> kb.faq(end.entry()));
    }

    /** The entry the end step {@code ended} reached names, when it is one of {@code candidates}. */
    private Optional<FaqEntry> endsOwn(FlowFrame ended, List<Candidate> candidates) {
        return endedFlows.endEntry(ended).filter(id -> candidates.stream().anyMatch(c -> c.faqId().equals(id)))
                .flatMap(kb::faq);
    }

    /**
     * {@link #answer}, but right after flow {@code justEnded} ended on the seller's answers, its own entry found less surely
     * than its question asked again (找不到修改运单号按钮 after the modify answer, 用微信说的可以吗 after the return checklist) is
     * answered as an entry: the question is about what the walk just said, not a new case to walk from the first step;
     * one asking how to do the task is the task asked again.
     */
    private Turn answerAfter(Session s, FaqEntry entry, double confidence, Utterance u, String justEnded) {
        // (how to do it, 保证金怎么退还, is the task asked again, walked again however it is worded)
        // (nor is one telling the case the flow's first step asks, 再帮我看一单 这单是价格设错了: that case is walked)
        if (justEnded != null && justEnded.equals(entry.flow()) && confidence < ASKED_AGAIN && u != null
                && !QuestionWords.asksHow(u.basic()) && kb.flow(justEnded).filter(f -> f.step(f.start()) != null
                        && toldAt(f, f.step(f.start()), u, DialogueEngine.today(s)).isEmpty()).isPresent()) {
            return plain(s, entry, confidence);
        }
        return answer(s, entry, confidence, u);
    }

    /**
     * An FAQ answer, or the flow the entry starts: the active flow's own entry asks its step again;
     * another flow's pauses the active one. In a flow, an answer reminds how to go back to the step.
     */
    Turn answer(Session s, FaqEntry entry, double confidence, Utterance u) {
        Optional<Flow> flow = kb.flow(entry.flow());
        // (the walk declined, 不用一步步问我 把完整步骤一次发我: the entry's own answer, every step of it at once)
        if (flow.isPresent() && u != null && declinesTheWalk(u)) {
            return plain(s, entry, confidence);
        }
        if (flow.isPresent()) {
            if (s.inFlow() && s.flowId().equals(flow.get().id())) {
                Flow active = flow.get();
                return flows.repeat(s, active, active.step(s.stepId()), null);
            }
            // turned to in so many words beside the flow in hand (对了 …, 等下先问个别的 …, 我想先申诉这个)
            boolean aside = s.inFlow() && u != null
                    && (intents.isAside(u) || intents.asideLater(u) != null || intents.ownWant(u) != null);
            // another flow is not started mid-flow on a faint likeness (转人工是不是要排队很久 ~ the deposit walk at 0.34): the
            // step the seller is at is asked again
            // (one turned to in so many words, 对了 …, is what the seller wants now, however faintly it is found)
            if (s.inFlow() && confidence < SWITCH_CONFIDENCE && u != null && !aside) {
                Optional<Flow> active = kb.flow(s.flowId());
                if (active.isPresent() && active.get().step(s.stepId()) != null) {
                    return flows.repeat(s, active.get(), active.get().step(s.stepId()), null);
                }
            }
            // (a message that tells the case the flow's first step asks is taken there: 我自己联系的韵达发的货 单号要动一下)
            // (only by what it tells, not by what it asks: 自己联系的快递，要不要补发？ asks whether to reship)
            LocalDate today = DialogueEngine.today(s);
            // (what is done on another platform tells nothing here: 淘宝那边的服务都关了，1688的保证金咋退)
            Utterance told = u == null ? null : otherPlatforms.without(intents.isQuestion(u) ? intents.statements(u) : u);
            // (…and at a choice of cases, what a how-question says happened before its asking: 自己联系的快递，单号填错了怎么改
            // tells the wrong number)
            // (only a flow with a choice reads it: the others need not pay for it)
            boolean choices = flow.get().steps().values().stream().anyMatch(FlowStep::isChoice);
            Utterance toldCase = u == null || !choices || !intents.isQuestion(u) ? told
                    : otherPlatforms.without(intents.toldBesidesHow(u));
            // (begun right after the answer on what its first step exempts, "the others" told in the same message, 那保证金怎么退
            // 其他的都关了, are the rest: the first step met)
            boolean afterExempt = !s.inFlow() && flowEntries.asksOfFirstExempt(flow.get(), s.lastEntry());
            Turn started = told == null && toldCase == null ? flows.start(s, flow.get(), entry, confidence)
                    : flows.start(s, flow.get(), entry, confidence, step -> {
                        Utterance at = step.isChoice() ? toldCase : told;
                        if (at == null) {
                            return Optional.empty();
                        }
                        Optional<StepOption> rest = afterExempt && step.id().equals(flow.get().start()) && !step.isChoice()
                                ? flowEntries.restSaidAt(flow.get(), step, at, today) : Optional.empty();
                        return rest.isPresent() ? rest : toldAt(flow.get(), step, at, today);
                    });
            Session next = started.session();
            // (begun right after the answer on what its first step exempts, 72小时发货关不掉怎么办 → 那保证金还能退吗: "the
            // others" told at that step next, 其他的都关了, are the rest)
            if (!s.inFlow() && next.inFlow() && next.stepId().equals(flow.get().start())
                    && flowEntries.asksOfFirstExempt(flow.get(), s.lastEntry())) {
                next = next.telling(FlowFrame.EXEMPT_LEFT);
                started = new Turn(next, started.reply());
            }
            // (begun as an aside beside the flow now paused, 对了顺便问下…: a bare 继续 next goes back to it)
            return aside && next.inFlow() && !next.suspended().isEmpty() && next.stepId().equals(flow.get().start())
                    ? new Turn(next.telling(FlowFrame.BEGUN_ASIDE), started.reply()) : started;
        }
        return plain(s, entry, confidence);
    }

    /** Whether {@code u} declines being walked and wants the whole answer at once (不用一步步问我 把完整步骤一次发我). */
    boolean declinesTheWalk(Utterance u) {
        return walkDeclined != null && walkDeclined.matcher(u.basic()).find();
    }

    /** {@code u}'s words with those declining the walk blanked out: what else it names, for retrieval. */
    String besidesTheWalkDeclined(Utterance u) {
        String besides = walkDeclined == null ? u.basic() : walkDeclined.matcher(u.basic()).replaceAll(" ");
        return askedAgain == null ? besides : askedAgain.matcher(besides).replaceAll(" ");
    }

    /**
     * Right after a walk ended, whether {@code u} asks for its whole answer again, or at once (刚才那几项能再给我列一下吗,
     * 把完整步骤再发我一遍): the caller answers with the entry that starts the walk, unless the message names another.
     */
    boolean asksTheWalkAgain(Utterance u) {
        return declinesTheWalk(u) || asksAgain(u);
    }

    /** Whether {@code u} asks for something said again ({@code asked-again}: 再给我列一下, 解冻条件再说一遍). */
    private boolean asksAgain(Utterance u) {
        return askedAgain != null && askedAgain.matcher(u.basic()).find();
    }

    /**
     * Mid-walk, the walk declined (不要逐条问了 一次说完吧): the whole answer of the entry {@code r} (the message's other
     * words) finds first by two words or more (运单号改的几种情况一次发我), else of the entry that starts {@code flow}; the
     * step waits, for 继续.
     */
    Turn wholeAnswer(Session s, Flow flow, Retrieval r) {
        boolean named = r.decision() != Retrieval.Decision.FALLBACK && r.best() != null && r.best().matchedWords().size() >= 2;
        Optional<FaqEntry> entry = named ? kb.faq(r.best().faqId()) : flowEntries.starterOf(flow);
        return entry.map(e -> plain(s, e, named ? r.confidence() : 1.0))
                .orElseGet(() -> flows.repeat(s, flow, flow.step(s.stepId()), null));
    }

    /** The entry's own answer, whether or not it starts a flow; in a flow, with how to go back to the step. */
    private Turn plain(Session s, FaqEntry entry, double confidence) {
        Optional<FlowStep> step = kb.flow(s.flowId()).map(f -> f.step(s.stepId()));
        // (in a walk, a bare ok next takes this side answer in, not the step's question: FlowFrame.ADVISED; and one of the
        // step's own options' entries, 官方直送怎么关？, is a thing of it still open: FlowFrame.THING_ANSWERED)
        boolean ofTheStep = step.isPresent() && step.get().options().stream().anyMatch(o -> entry.id().equals(o.faq()));
        Session next = step.isPresent()
                ? s.understood().telling(FlowFrame.ADVISED | (ofTheStep ? FlowFrame.THING_ANSWERED : 0)) : s.understood();
        String text = step.isEmpty() ? entry.answer().strip()
                : Replies.join(entry.answer(), replies.message("digression-hint"));
        List<String> options = step.map(replies::options).orElse(List.of());
        return TurnBuilder.reply(Kind.FAQ, text).faq(entry.id()).confidence(confidence).options(options)
                .at(FlowRunner.position(next)).related(replies.related(entry)).leaving(next);
    }

    /**
     * What the message that starts {@code flow} already tells of {@code step}: at a choice, the case by its facts; at a
     * condition, the option its clauses about the step's things clearly mean (子服务都关了，保证金怎么退 starts past the
     * services), as a reply telling several steps at once would be read ({@link LaterSteps#ahead}); nothing from a
     * message that guesses or doubts (好像都关了吧，保证金怎么退).
     */
    Optional<StepOption> toldAt(Flow flow, FlowStep step, Utterance told, LocalDate today) {
        if (!step.isChoice() && flowEntries.doubted(flow, step, told)) {
            return Optional.empty();
        }
        // (the whole message read at the step first: what it leaves undone may be only what the step exempts,
        // 24小时发货那个关不掉，其他子服务都关了)
        Optional<StepOption> whole = step.isChoice() ? Optional.empty() : flowEntries.saidAt(flow, step, told, today);
        return whole.isPresent() ? whole : steps.ahead(flow, step, told, today);
    }
}
