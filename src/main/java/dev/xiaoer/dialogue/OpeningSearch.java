package dev.xiaoer.dialogue;

import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a message outside a flow is looked up as: the whole of it, without negated requests (不用转人工，
 * 押金怎么退 → 押金怎么退), and, when the whole finds nothing or answers an entry of no flow by its context's
 * words, the clauses that ask or want alone. Immutable and thread-safe.
 */
final class OpeningSearch {
    /** The least confidence a follow-up's answer, read in the last answer's topic, is given with. */
    private static final double FOLLOW_UP_CONFIDENCE = 0.5;

    private final Retriever retriever;
    private final IntentReader intents;
    private final FlowEntries flowEntries;

    OpeningSearch(Retriever retriever, IntentReader intents, FlowEntries flowEntries) {
        this.retriever = retriever;
        this.intents = intents;
        this.flowEntries = flowEntries;
    }

    /** Retrieval's reading of {@code u} as an opening message on {@code today} (the seller's date, for days told). */
    Retrieval search(Utterance u, LocalDate today) {
        return search(u, intents.withoutNegatedRequests(u), today);
    }

    /** Whether {@code u} names 1688 and nothing else of its own (那1688的呢): {@link Retriever#namesOurPlatformOnly}. */
    boolean namesOurPlatformOnly(Utterance u) {
        return retriever.namesOurPlatformOnly(u);
    }

    /** Retrieval's reading of some of a message's words alone ({@code words}: what is left of it once its asking is blanked). */
    Retrieval words(String words) {
        return retriever.search(words);
    }

    /** {@link #search(Utterance, LocalDate)}, with {@code asked}, the message without its negated requests, found already. */
    private Retrieval search(Utterance u, Utterance asked, LocalDate today) {
        Retrieval whole = retriever.search(asked);
        return onTopicFlow(asked, taskAmongItsFacts(asked, whole, today).orElseGet(() -> askedAlone(u, asked, whole)));
    }

    /**
     * The same, for a message after the bot answered with entry {@code lastEntry} (null when none): a question that names
     * no topic and finds no answer alone, or only a choice or the topic menu (那退出要在哪里操作), is read in that entry's
     * topic. Honest declines (another platform, a question known to be out of scope, what an entry does not say) stand.
     */
    Retrieval search(Utterance u, String lastEntry, LocalDate today) {
        Utterance asked = intents.withoutNegatedRequests(u);
        Retrieval alone = search(u, asked, today);
        // (a choice or the topic menu only: what finds nothing alone, 你是谁, 怎么提高流量, is no follow-up of the topic)
        boolean open = alone.decision() == Retrieval.Decision.CLARIFY || alone.decision() == Retrieval.Decision.FALLBACK
                && alone.decline() == Retrieval.Decline.VAGUE;
        // (only a question follows up: a statement, 都关好了 once its flow is gone, is no question of the topic)
        if (lastEntry == null || !open || !intents.isQuestion(u)) {
            return alone;
        }
        // (and only to another entry of the topic that answers no flow's first question, surely: 怎么退 after the deposit's
        // answer is not the refund flow again, nor the same answer again)
        return retriever.followingUp(lastEntry, asked)
                .filter(r -> r.decision() != Retrieval.Decision.ANSWER || !r.best().faqId().equals(lastEntry)
                        && !flowEntries.starts(r.best().faqId()) && r.confidence() >= FOLLOW_UP_CONFIDENCE)
                .orElse(alone);
    }

    /**
     * A clarify led by a flow's starter whose other options are all of topics the message does not name (我被扣了发货分，
     * 要申诉的话得准备些啥？: the ruling, beside aftersales.tips by 准备) starts that flow: its first step asks before any
     * answer is given. Otherwise {@code r} as it is.
     */
    private Retrieval onTopicFlow(Utterance u, Retrieval r) {
        if (r.decision() != Retrieval.Decision.CLARIFY || r.options().size() < 2
                || !r.options().get(0).faqId().equals(r.best().faqId()) || !flowEntries.starts(r.best().faqId())) {
            return r;
        }
        boolean othersOff = r.options().stream().skip(1).allMatch(c -> retriever.offTopic(u, c.faqId()));
        // (or a statement, which asks for none of the others' answers: 买家投诉我们没发货 被判了 我不认 tells the ruling disagreed
        // with, beside the complaint that brought it; the walk's first step asks what happened)
        othersOff |= !intents.isQuestion(u) && intents.wanting(u) == null;
        return othersOff ? new Retrieval(Retrieval.Decision.ANSWER, r.candidates(), List.of(), r.confidence(),
                r.normalized()) : r;
    }

    /**
     * A flow's task asked among facts that tell its first step met, whose words find an entry the walk covers instead (保证金
     * 怎么退 买家保障子服务都关了 订单都交易成功了 投诉也都处理完了 最后一笔是9月份的: the close-services entry, by 买家保障 and 子服务):
     * retrieval's reading of the clauses that ask alone, which answer the flow's starter, whose walk reads the facts. So too
     * when the facts' words find a choice led by such an entry (…投诉有一个现在客服介入中还没结案: the unfreeze conditions beside
     * the after-sales tips, by 客服介入).
     */
    private Optional<Retrieval> taskAmongItsFacts(Utterance asked, Retrieval whole, LocalDate today) {
        // (the entry found: the answer, or the choice's first option a flow covers)
        String found = whole.decision() == Retrieval.Decision.ANSWER ? whole.best().faqId()
                : whole.decision() == Retrieval.Decision.CLARIFY ? whole.options().stream().map(c -> c.faqId())
                        .filter(flowEntries::inAnyFlow).findFirst().orElse(null)
                : null;
        // (or a choice led by the starter itself, beside an entry the facts' words find: 保证金怎么退 子服务都关了 不过有一单我已经
        // 同意退款了 就等平台处理 — the refund beside where a refund's progress is seen, by 退款)
        String leading = whole.decision() == Retrieval.Decision.CLARIFY && !whole.options().isEmpty()
                && flowEntries.starts(whole.options().get(0).faqId()) ? whole.options().get(0).faqId() : null;
        if (leading == null && (found == null || flowEntries.starts(found) || !flowEntries.inAnyFlow(found))) {
            return Optional.empty();
        }
        // (or, with no word of wanting, the task named first, before the facts: 保证金退回 子服务关完了 最后一单10月15号确认收货)
        Utterance wanted = intents.wanting(asked);
        wanted = wanted != null ? wanted : intents.opening(asked);
        Retrieval alone = wanted == null ? null : retriever.search(wanted);
        if (alone == null || alone.decision() != Retrieval.Decision.ANSWER) {
            return Optional.empty();
        }
        return (leading != null ? alone.best().faqId().equals(leading) && flowEntries.startsFirstMet(leading, asked, today)
                : flowEntries.taskBesideFirstMet(alone.best().faqId(), found, asked, today))
                ? Optional.of(alone) : Optional.empty();
    }

    /**
     * A question offered a choice by the facts told beside it, whose asking clauses alone answer an entry the choice holds
     * (我店铺已经关了 安心购也退出了 保证金可以退了吗: exiting 安心购 by 安心购 退出; asked: the refund, whose walk reads the
     * facts; 保证金解冻需要哪些条件 子服务我已经全部关闭了: the conditions' list): that answer. Else empty.
     */
    private Optional<Retrieval> factsBesideTask(Utterance u, Utterance asked, Retrieval whole) {
        if (whole.decision() != Retrieval.Decision.CLARIFY || !intents.isQuestion(u)) {
            return Optional.empty();
        }
        Utterance wanted = intents.wanting(asked);
        if (wanted == null || wanted.basic().length() >= asked.basic().length()) {
            return Optional.empty();
        }
        Retrieval alone = retriever.search(wanted);
        // (not a first step's own thing asked beside that step told met, 买家保障子服务都关了 订单都交易成功了 官方直送怎么关:
        // asked which)
        return alone.decision() == Retrieval.Decision.ANSWER && !flowEntries.offeredFirst(alone.best().faqId())
                && whole.options().stream().anyMatch(c -> c.faqId().equals(alone.best().faqId()))
                ? Optional.of(alone) : Optional.empty();
    }

    /**
     * For a long message whose context drowns what it asks (客户说物流信息对不上，我得改下运单号), retrieval's
     * reading of the clauses that ask or want, when the whole found nothing and they find something.
     */
    private Retrieval askedAlone(Utterance u, Utterance asked, Retrieval whole) {
        boolean nothing = whole.decision() == Retrieval.Decision.FALLBACK && (whole.decline() == Retrieval.Decline.NO_MATCH
                || whole.unfoundTopic()
                || whole.decline() == Retrieval.Decline.KNOWN_OUT_OF_SCOPE && !intents.isQuestion(u));
        // or answered an entry of no flow by the context's words, while what is wanted is a flow's task
        // (被一个买家投诉描述不符扣了分，想申诉看看: the complaint entry by 投诉 描述不符; wanted: 申诉)
        // (or, a statement, offered a choice no flow walks among entries found by its context's words: 买家投诉我们没发货 我要申诉
        // between avoiding complaints, the invalid appeals and after-sales tips; wanted: 申诉 — not a question, 退出安心购 保证金会退吗,
        // whose choice is what it asks)
        boolean beside = whole.decision() == Retrieval.Decision.ANSWER && !flowEntries.inAnyFlow(whole.best().faqId())
                || whole.decision() == Retrieval.Decision.CLARIFY && flowEntries.covering(whole.options()).isEmpty()
                    && !intents.isQuestion(u);
        if (!nothing && !beside) {
            return factsBesideTask(u, asked, whole).orElse(whole);
        }
        // (or, with no want said, the penalty and the disagreement told beside the story: 买家投诉我们发错货 被扣分了 我不认 —
        // the complaint entry by 投诉 发错货; brought: the ruling disagreed with)
        Utterance wanted = intents.wanting(asked);
        wanted = wanted == null && beside ? intents.disagreeing(asked) : wanted;
        // (or, a statement, the task named first before its facts: 退保证金 我开了5个子服务 关了4个 还剩1个 — the official
        // direct entry by 子服务; named: the refund, whose walk reads the facts)
        wanted = wanted == null && beside && !intents.isQuestion(u) ? intents.opening(asked) : wanted;
        // (not a clause asking whether the thing the whole tells affects a task: 48小时发货服务关不掉 退保证金有影响吗 asks of
        // the service, not for the refund)
        Retrieval alone = wanted == null || beside && intents.asksAnEffect(wanted) ? null : retriever.search(wanted);
        if (alone == null) {
            return whole;
        }
        // the clause alone has lost the topic the whole names (违规扣分了 有啥办法撤回: 有啥办法撤回 alone finds the online
        // waybill's 撤回): an answer or a clarify led by an entry of a topic the whole does not name is not what it asks
        if (alone.decision() != Retrieval.Decision.FALLBACK && retriever.offTopic(u, alone.best().faqId())) {
            return whole;
        }
        if (beside) {
            boolean flowsTask = alone.decision() == Retrieval.Decision.ANSWER && flowEntries.inAnyFlow(alone.best().faqId())
                    || flowEntries.coveringUndecided(alone, !intents.isQuestion(wanted)).isPresent()
                    || alone.decision() == Retrieval.Decision.CLARIFY && flowEntries.covering(alone.options()).isPresent();
            return flowsTask ? alone : whole;
        }
        if (alone.decision() != Retrieval.Decision.FALLBACK) {
            return alone;
        }
        // (or could be any of one flow's entries, which its first step tells apart: 投诉处罚已经扣了 现在想申诉一下 — 想申诉
        // alone is the appeal flow's, as it would be said alone)
        return flowEntries.coveringUndecided(alone, !intents.isQuestion(wanted)).isPresent() ? alone : whole;
    }
}
