package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A question asked while a flow waits at a step, its answer not read for certain: a request for another
 * flow's task (that flow, pausing this one), the step's own side question asked beside a fact, and a fact
 * told with a question, which answers the step (with the side answer of a question turned to after it, or
 * of what the step exempts). Part of {@link DialogueEngine}; immutable and thread-safe.
 */
final class InFlowQuestions {
    private final KnowledgeBase kb;
    private final Retriever retriever;
    private final IntentReader intents;
    private final FlowRunner flows;
    private final FlowEntries flowEntries;
    private final EarlierSteps earlierSteps;
    private final Digressions digressions;
    private final EntryTurns entryTurns;
    /** Which of the step's options to pick, asked ({@code which-option-asked}, optional: null when absent). */
    private final java.util.regex.Pattern whichOption;
    /** How sure retrieval must be of one of the flow's own entries, asked while it waits, to answer it there. */
    private static final double SURE_OWN_ENTRY = 0.8;

    InFlowQuestions(KnowledgeBase kb, Retriever retriever, IntentReader intents, FlowRunner flows,
                    FlowEntries flowEntries, EarlierSteps earlierSteps, Digressions digressions, EntryTurns entryTurns) {
        this.kb = kb;
        this.retriever = retriever;
        this.intents = intents;
        this.flows = flows;
        this.flowEntries = flowEntries;
        this.earlierSteps = earlierSteps;
        this.digressions = digressions;
        this.entryTurns = entryTurns;
        this.whichOption = kb.phrases().patterns().get("which-option-asked");
    }

    /**
     * Whether {@code asked}, at a choice step, asks which option to pick (那我这个是要选哪一个), while retrieval's choice {@code r}
     * finds no answer, or only entries of no concern to {@code flow} (the Alipay change by 选 哪一个): the step is what it
     * asks of, asked again with its options.
     */
    private boolean asksWhichOption(Flow flow, FlowStep step, Utterance asked, Retrieval r) {
        return whichOption != null && step.isChoice() && r.decision() != Retrieval.Decision.ANSWER
                && whichOption.matcher(asked.basic().strip()).find()
                && r.options().stream().noneMatch(c -> flowEntries.about(c.faqId(), flow));
    }

    /**
     * Whether question {@code u} ({@code asked}: as read) asks, at {@code step}, a choice of cases, how to do the one its
     * {@code reading} clearly names (那补发的怎么搞, 线上下单的怎么改): the case is picked, its end telling how. Not the catch-all
     * 'other', nor a guess (可能要补发吧 看买家怎么说), nor an aside (另外问下 平时要怎么做才能避免被投诉).
     */
    boolean asksHowOfACase(Flow flow, FlowStep step, StepReader reader, StepReader.Reading reading, Utterance u, Utterance asked) {
        if (!reading.clear() || !step.isChoice() || reading.option().catchAll() || reading.option().next() == null) {
            return false;
        }
        FlowStep next = flow.step(reading.option().next());
        return next != null && next.isEnd() && QuestionWords.asksHow(asked.basic()) && !intents.isAside(u) && !reader.doubts(asked);
    }

    /**
     * The turn for a question {@code u} asked at {@code step} ({@code asked}: without negated requests or an
     * echo), when it is one of the above; empty when the step's reading and the rest of the flow's turn
     * decide. {@code searched} is what retrieval found after an aside's turn (对了 …), if any, and {@code r}
     * what it finds for the question.
     */
    Optional<Turn> answer(Session s, Flow flow, FlowStep step, StepReader reader, Utterance u, Utterance asked,
                          Retrieval searched, Retrieval r, LocalDate today) {
        if (asksWhichOption(flow, step, asked, r)) {
            return Optional.of(flows.reask(s, flow, step, false));
        }
        // a request for another flow's task is that flow's, whatever fact beside it reads as an answer
        // here (等下，有一单运单号填错了，先帮我改一下 at the orders step)
        Optional<FaqEntry> another = digressions.startsAnother(r, u, today, flow);
        if (another.isPresent()) {
            return Optional.of(entryTurns.answer(s, another.get(), r.confidence(), u));
        }
        // the step's own question asked beside a fact (别的都关了，官方直送要在哪里关啊？) is that question
        Utterance asking = intents.questions(asked);
        StepReader.Reading byQuestion = asking == null ? null : reader.read(asking, today);
        if (byQuestion != null && byQuestion.clear() && byQuestion.option().faq() != null
                && (byQuestion.certain() || !answersAnother(byQuestion.option(), r, asking, step))) {
            return Optional.of(entryTurns.answer(s, kb.faq(byQuestion.option().faq()).orElseThrow(), 1.0, u));
        }
        // a fact with a question (最后一笔是去年国庆前后，钱多久能到？): the fact answers the step; at a
        // choice, the case it tells is the answer to "can I…?" (买家同意撤销投诉了，能把分撤回来吗)
        Utterance stated = intents.statements(asked);
        StepReader.Reading byFact = stated == null ? null : reader.read(stated, today);
        boolean exemptAsked = stated != null && reader.leavesOnlyExempt(stated);
        // a question turned to after the answer (运费还没谈呢。对了 卖家在哪能看到售后进度): a side entry's
        // answer, beside the answer it follows, whatever of the step's things that answer names (都关了)
        // (one turned to at the start, 另外问下 …, leaves no answer before it)
        Optional<FaqEntry> aside = Optional.empty();
        Retrieval turned = null;
        Utterance later = searched != null || byFact == null || !byFact.clear() ? null : intents.asideLater(asked);
        if (later != null) {
            turned = retriever.search(later);
            aside = sideEntry(turned);
        }
        // (a side question naming this flow's things, 对了 买家刚申请了退款在哪看, may say a step is not met:
        // it moves nothing on, nor does an option's own words beside such a question)
        boolean asideElsewhere = aside.isPresent() && !namesFlowsThings(later, flow);
        if (byFact != null && byFact.clear() && byFact.option().faq() == null
                && !(byFact.option() == step.affirmativeOption().orElse(null) && reader.saysNotYet(asked))
                // (nor a fact beside one of the step's pending states told, 买家说要补发，我还在考虑要不要发: not that case yet)
                && !(!byFact.option().stays() && earlierSteps.statesPendingUnasked(asked, step))
                && !(byFact.byDays() && !byFact.option().stays()
                    && reader.keepsDaysFromStanding(asked, today))
                && (byFact.byDays() || earlierSteps.mentions(stated, step)
                    || reader.tellsTheCase(byFact, asked) || exemptAsked || asideElsewhere
                    // (or it is an option's own words, 都关了 beside 关完多久能退到账？)
                    || byFact.how() == StepReader.How.WORDS && asking != null && !namesFlowsThings(asking, flow))) {
            // (the step waits when the answer keeps it: the side answer alone, else the next step follows it)
            if (aside.isPresent() && byFact.option().stays()) {
                return Optional.of(entryTurns.answer(s, aside.get(), turned.confidence(), u));
            }
            // asked about what the step exempts (就剩48小时发货关不掉，咋整): that answer, then the next step
            // (…or, with no turn to it, a question beside the answer that another matter's entry surely answers: 都关了，
            // 支付宝怎么换绑; 有投诉没处理完，怎么避免以后再被投诉 — it was dropped)
            return Optional.of(flows.take(s, flow, step, byFact.option(), exemptAsked ? besideAnswer(r, flow)
                    : asideElsewhere ? aside.get().answer().strip() : otherMatterBeside(asking, flow)));
        }
        // one of this flow's own entries asked while it waits, nothing told beside it (售后受理期是多久啊 at the 30-day step):
        // that entry, the step waiting, when retrieval is sure of it and the question reads as none of the step's options
        // (it was asked again as an unclear answer)
        // (not a guess asked back, 超过30天了吧？: the seller does not know yet, and is asked to look)
        // (one too short to name its topic, 要关的是哪几个服务, is read in the flow's: its starter's topic named first)
        Retrieval inTopic = r.decision() == Retrieval.Decision.FALLBACK && r.decline() == Retrieval.Decline.VAGUE
                ? flowEntries.starterOf(flow).flatMap(e -> retriever.followingUp(e.id(), asked)).orElse(r) : r;
        if (stated == null && inTopic.decision() == Retrieval.Decision.ANSWER && inTopic.confidence() >= SURE_OWN_ENTRY
                && QuestionWords.asksInWords(u) && !reader.guesses(asked)) {
            // (the flow's entries, or the one a step's option answers: 官方直送是不是要店铺跟订单都退出了才能关 — that one also
            // when the question reads as another option only by resemblance, which never moves a step for a question:
            // 官方直送是不是得先把店铺和订单都退出来才能关 ~ 都关好了)
            Optional<FaqEntry> optionsOwn = sideEntry(inTopic).filter(e -> step.options().stream().anyMatch(o -> e.id().equals(o.faq())));
            Optional<FaqEntry> own = optionsOwn.isPresent() ? optionsOwn : sideEntry(inTopic).filter(e -> flow.covers().contains(e.id()));
            StepReader.Reading read = reader.read(asked, today);
            if (own.isPresent() && (!read.clear() || optionsOwn.isPresent() && !read.certain())) {
                return Optional.of(entryTurns.answer(s, own.get(), inTopic.confidence(), u));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether retrieval answers a question read only by resemblance as {@code option}, one of {@code step}'s own questions
     * (官方直送怎么关？), with another entry, and the question names none of the step's things (支付宝账号想换一个 在哪里换
     * shares only its 哪里 and 一个): that entry is what is asked.
     */
    boolean answersAnother(StepOption option, Retrieval r, Utterance asked, FlowStep step) {
        return option.faq() != null && r.decision() == Retrieval.Decision.ANSWER && !r.best().faqId().equals(option.faq())
                && !earlierSteps.mentions(asked, step);
    }

    /** The answer retrieval gives to what was asked beside a step's answer, when it is one of this flow's side entries. */
    private String besideAnswer(Retrieval r, Flow flow) {
        return sideEntry(r).filter(e -> flowEntries.about(e.id(), flow)
                        || e.related().stream().anyMatch(id -> flowEntries.about(id, flow)))
                .map(e -> e.answer().strip()).orElse(null);
    }

    /** The answer to {@code asking}, asked beside a step's answer, when an entry outside {@code flow} surely answers it. */
    private String otherMatterBeside(Utterance asking, Flow flow) {
        if (asking == null) {
            return null;
        }
        Retrieval q = retriever.search(asking);
        // (a question of its own, by two words of the entry at least: 够了没 beside a date asks about the date, whatever
        // entry its few characters happen to find)
        boolean ownWords = q.best() != null && q.best().wordsMatched() >= 2;
        return q.confidence() < SURE_OWN_ENTRY || !ownWords ? null : sideEntry(q)
                .filter(e -> !flow.covers().contains(e.id()) && !flowEntries.about(e.id(), flow))
                .map(e -> e.answer().strip()).orElse(null);
    }

    /** Whether {@code u} names the things any step of {@code flow} asks about (退款, 投诉, 售后期). */
    private boolean namesFlowsThings(Utterance u, Flow flow) {
        return flow.steps().values().stream().anyMatch(st -> earlierSteps.mentions(u, st));
    }

    /** The entry retrieval surely answers with, when it starts no flow (a side question's answer). */
    private Optional<FaqEntry> sideEntry(Retrieval r) {
        return r.decision() != Retrieval.Decision.ANSWER || r.best() == null ? Optional.empty()
                : kb.faq(r.best().faqId()).filter(e -> e.flow() == null);
    }
}
