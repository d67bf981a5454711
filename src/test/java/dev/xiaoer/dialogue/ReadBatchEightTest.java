package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batch 8700–8759 found misread (read in the twenty-sixth session): each row is another
 * phrasing of the class than the batch's own, so the fix is for the class. Turns before the last are separated by /.
 */
class ReadBatchEightTest {
    private static final RealConversations talk = new RealConversations();
    /** The deposit walk at its complaints step. */
    private static final String AT_COMPLAINTS = "保证金怎么退 / 都关了 / 订单都完结了";

    /**
     * An acknowledgement opening a reply (好, 行), before what the seller will now go and do, takes in what was said: the
     * step is not answered "all handled" by it.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        AT_COMPLAINTS + " / 还有一个投诉没结 | 好 我去跟买家再沟通一下     | check-complaints",
        AT_COMPLAINTS + " / 还有一个投诉没结 | 行 我找快递要个证明         | check-complaints",
        AT_COMPLAINTS + "                    | 好 都处理完了               | check-aftersales-window",
    })
    void anAcknowledgementBeforeAPlanAnswersNothing(String before, String said, String step) {
        assertEquals(step, RealConversations.step(talk.sayAfter(before.split(" / "), said)), said);
    }

    /**
     * In a walk, a statement of what the seller wants done now that is another flow's task (我想先申诉一下) starts that flow,
     * and the walk waits at its step.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        AT_COMPLAINTS + "        | 有个投诉判得不对 我要先申诉一下           | appeal-check",
        "保证金怎么退 / 都关了    | 先帮我改个运单号 有一单填错了              | waybill-fix",
        AT_COMPLAINTS + "        | 我想申诉的那个是快递弄丢件了 被判了我的责任 | appeal-check",
    })
    void aWantOfAnotherFlowsTaskStartsIt(String before, String said, String flow) {
        Turn turn = talk.sayAfter(before.split(" / "), said);
        assertEquals(flow, turn.reply().flow().id(), said);
        assertEquals("deposit-refund", turn.reply().flow().suspended().get(0).flowId(), said);
    }

    /** The paused flow named before "go on" (保证金那个继续, 退货的接着来) goes back to it. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        AT_COMPLAINTS + " / 对了 运单号填错了怎么改 | 好的 保证金的接着来 | deposit-refund",
        AT_COMPLAINTS + " / 对了 运单号填错了怎么改 | 嗯 保证金那块继续   | deposit-refund",
    })
    void thePausedFlowNamedBeforeGoOn(String before, String said, String flow) {
        assertEquals(flow, talk.sayAfter(before.split(" / "), said).reply().flow().id(), said);
    }

    /** Coming back when what the step waits for has happened, or at a time named, with thanks: the step kept, thanked. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 都关了 / 还有两单买家没收货                  | 好的 等他们收了货我再来 谢谢",
        "保证金怎么退 / 都关了 / 都完结了 / 没投诉 / 上周还有一单成交 | 那我下个月再来 谢啦",
    })
    void comingBackLaterWithThanks(String before, String said) {
        assertEquals(Kind.SMALLTALK, talk.sayAfter(before.split(" / "), said).reply().kind(), said);
    }

    /** A question that retrieval surely answers with the entry one of the step's options answers: that entry. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"官方直送是不是得先把店铺和订单都退出来才能关"})
    void theStepsOwnOptionsEntryAsked(String said) {
        assertEquals("deposit.official-direct", talk.sayAfter(new String[] {"保证金怎么退", "还有一个没关好"}, said).reply().faqId(), said);
    }

    /**
     * Facts read right: "either … or …" with 要么 names the states all are in; "all done" in English; signed for and
     * confirmed is a trade's end; "the services" closed at the deposit's opening are its sub-services; what is done on
     * another platform answers no step.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 都关了 | 单子要么关了要么成功了             | check-complaints",
        "保证金怎么退 / 都关了 | 那单我关掉了 all done now          | check-complaints",
        "保证金怎么退 / 都关了 / 都完结了 / 没投诉 | 最后一单9月28号买家签收确认的 | transfer-out",
    })
    void factsReadRight(String before, String said, String step) {
        assertEquals(step, RealConversations.step(talk.sayAfter(before.split(" / "), said)), said);
    }

    /** An opening telling the deposit's steps met: "the services" are its sub-services, another platform's are none. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金退回 服务都关了 订单也都完结了        | check-complaints",
        "淘宝那边的子服务都关完了 1688保证金怎么退  | close-services",
    })
    void anOpeningsFacts(String said, String step) {
        assertEquals(step, RealConversations.step(talk.say(said)), said);
    }

    /** A price changed wrong by staff, told in the opening of an appeal, is the invalid reason's sign. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"运营把价格改错了 十块的卖成一块 没发货被扣分 我要申诉"})
    void aPriceChangedWrong(String said) {
        assertEquals("invalid", RealConversations.step(talk.say(said)), said);
    }

    /** Right after a walk ended, what the seller will see to themselves takes the answer in. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"好 我们自己准备材料吧", "不用转人工了 我自己收集证据"})
    void seeingToItThemselves(String said) {
        assertEquals(Kind.SMALLTALK, talk.sayAfter(new String[] {"申诉", "买家恶意差评 我们冤枉"}, said).reply().kind(), said);
    }

    /** Cantonese: 有客要退貨 (a customer), 傾好咗 (talked through), 應承 (agreed). */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "                                            | 有客要退貨 我要同佢確認啲咩   | address",
        "有客要退貨 / 地址電話都畀咗佢               | 運費傾好咗 佢出 寄中通        | deadline-condition",
    })
    void cantoneseReturn(String before, String said, String step) {
        String[] opening = before == null ? new String[0] : before.split(" / ");
        assertEquals(step, RealConversations.step(talk.sayAfter(opening, said)), said);
    }

    /** After a clarify, a pick of a walk that asks a narrower question the walk covers gets that question's entry. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"保证金的话 解冻需要什么条件 | deposit.unfreeze-conditions"})
    void aNarrowerQuestionBesideAPick(String said, String faqId) {
        assertEquals(faqId, talk.sayAfter(new String[] {"怎么退"}, said).reply().faqId(), said);
    }

    /** Cantonese 幾多 (how much): paying the deposit in, which the seed does not say, is not the refund walk. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"保證金一共要交幾多"})
    void howMuchInCantonese(String said) {
        assertEquals(Kind.FALLBACK, talk.say(said).reply().kind(), said);
    }

    /** "Wait, first do X" in English beside Chinese, mid-walk: the other flow's task. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {"买家要退货 / 地址电话都发了 | wait 先改个单号 填错了 自己发的快递 | waybill-fix"})
    void waitFirstDoAnother(String before, String said, String flow) {
        assertEquals(flow, talk.sayAfter(before.split(" / "), said).reply().flow().id(), said);
    }

    /** The deposit named by the service it was paid for (怎么退保障服务的保证金) is the deposit's refund, not leaving the service. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"想退买家保障的保证金", "要怎么退买家保障保证金", "退买家保障的保证金怎么操作"})
    void theDepositNamedByItsService(String said) {
        assertEquals("deposit-refund", talk.say(said).reply().flow().id(), said);
    }

    /**
     * What a fresh reader of this session's change found it misread, each mended: a want that is the step's own business
     * (还要退一单), a want beside the step's answer (是快递丢件 我要先补发), services closed and reopened or failing, another
     * sale come in (又再来了一单), a state going on named before 继续.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 都关了                       | 我们还要退一单货给买家           | check-orders",
        "申诉                                        | 是快递丢件 我要先补发            | valid",
        "保证金怎么退 / 都关了 / 都完结了 / 没投诉   | 月底买家又再来了一单 还没收货    | check-orders",
        "保证金怎么退 / 都关了                       | 还有两单退货的继续在处理中       | check-orders",
    })
    void whatTheReviewFound(String before, String said, String step) {
        assertEquals(step, RealConversations.step(talk.sayAfter(before.split(" / "), said)), said);
    }

    /** An opening telling the services closed and then reopened, or the closing failing, has not closed them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"服务关了又自动开了 保证金怎么退", "服务关了好几次都失败 保证金怎么退"})
    void servicesClosedThenNot(String said) {
        assertEquals("close-services", RealConversations.step(talk.say(said)), said);
    }

    /** A plan to wait for what the step asks about (我要等订单完结) is no "all met" by its polarity. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"我要等订单完结", "要等订单都完结"})
    void aPlanToWaitIsNotAllMet(String said) {
        assertEquals("check-orders", RealConversations.step(talk.sayAfter(new String[] {"保证金怎么退", "都关了"}, said)), said);
    }
}
