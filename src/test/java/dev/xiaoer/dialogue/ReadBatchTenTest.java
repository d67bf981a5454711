package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batch 8900–8959 and the reviewers' scripts found misread (the twenty-eighth session): each
 * row is another phrasing of the class than the script's own, so the fix is for the class.
 */
class ReadBatchTenTest {
    private static final RealConversations talk = new RealConversations();
    /** The deposit walk at its complaints step. */
    private static final String[] AT_COMPLAINTS = {"保证金怎么退", "都关了", "订单都交易成功了"};
    /** The deposit walk at its 30-day step. */
    private static final String[] AT_WINDOW = {"保证金怎么退", "都关了", "订单都交易成功了", "没有投诉"};
    /** The deposit walk at its orders step. */
    private static final String[] AT_ORDERS = {"保证金怎么退", "都关了"};

    /**
     * "Not a single one" (投诉这块一单都没有, 一笔也没有): none at all, not "some" — its 一单 is no 有一单还在处理. A count of
     * one still open is still a part.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "投诉方面一单都没         | check-aftersales-window",
        "投诉？一单都没有过       | check-aftersales-window",
        "投诉的话一个也没有啦     | check-aftersales-window",
        "投诉还有一单没处理完     | check-complaints",
        "有一个投诉还在处理       | check-complaints",
    })
    void notASingleComplaint(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_COMPLAINTS, said), said);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "退款中的一单也没有       | check-complaints",
        "一单都没完结             | check-orders",
        "有一单还没完结           | check-orders",
    })
    void notASingleOrderOpen(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_ORDERS, said), said);
    }

    /**
     * The 在 of 现在 before a pending state's own deed, done (现在关闭了): the deed is done now, not under way (在关闭). Still
     * being closed, or asked, is not.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "子服务现在关闭了         | check-orders",
        "弄了半天，现在关闭啦     | check-orders",
        "子服务现在关闭中         | close-services",
    })
    void closedNow(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"保证金怎么退"}, said), said);
    }

    /**
     * Mid-walk, another order's matter wanted first (我另一单的运单号得先改一下): that flow starts and the walk waits. Another
     * order of the walk's own matter (另一单也要退货) is no other flow.
     */
    @ParameterizedTest(name = "{1} → {2}/{3}")
    @CsvSource(delimiter = '|', value = {
        "退货要跟买家确认什么/地址电话都给他了 | 稍等，我另外一单运单号要先改            | waybill-fix      | how-shipped",
        "保证金怎么退/都关了/订单都交易成功了  | 等等 我另一个单子的运单号要先修改一下   | waybill-fix      | how-shipped",
        "退货要跟买家确认什么/地址电话都给他了 | 另一单也要退货                          | return-checklist | shipping-fee",
    })
    void anotherOrdersMatterFirst(String before, String said, String flow, String step) {
        Turn turn = talk.sayAfter(before.split("/"), said);
        RealConversations.assertAt(turn, flow, step, said);
    }

    /**
     * A question clause (是不是系统问题, 是bug吗) beside a 'not' clause is no "it is B, not A": the 'not' clause still counts
     * (72小时发货的关不了 tells only the exempt service left, so 其他的都关了 after it is all closed). 不是A，是B still is one.
     */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "72小时发货的服务关不掉，是不是有问题 | 其余的都关掉了         | check-orders",
        "那个48小时发货的也关不了 是不是出bug了 | 其他都关好了         | check-orders",
    })
    void aQuestionClauseIsNoContrast(String first, String then, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"保证金怎么退", first}, then), then);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "不是我们不发，是快递一直没来揽收 | valid",
    })
    void notAButBStillContrasts(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"判罚结果我不认可"}, said), said);
    }

    /**
     * At the 30-day step, "over 30 days" beside a buyer saying they want to return (买家说想退货): that order is not finished,
     * so never "三个条件都满足了".
     */
    @ParameterizedTest(name = "{0} → not {1}")
    @CsvSource(delimiter = '|', value = {
        "都超过一个月了，但是有个买家刚说想退货 | transfer-out",
        "早超过30天了，就是有个客户说要退换    | transfer-out",
    })
    void pastButABuyerWantsToReturn(String said, String notStep) {
        assertNotEquals(notStep, talk.stepAfterReply(AT_WINDOW, said), said);
    }

    /**
     * A number typed in by hand (单号是我手动录进去的): an online shipment's number is the platform's own, so never the online
     * end, whatever 后台 or 发货页面 the reply names beside it.
     */
    @ParameterizedTest(name = "{0} → not online")
    @CsvSource(delimiter = '|', value = {
        "在后台点发货的，单号是我手动录进去的",
        "1688发货页面发的 单号手动填的",
        "后台点的发货 手动填的单号",
        "在1688后台发的货，单号自己填的",
    })
    void aNumberTypedByHandIsNotOnline(String said) {
        assertNotEquals("online", talk.stepAfterReply(new String[] {"运单号怎么改"}, said), said);
    }

    /**
     * A reship the buyer asks for, told beside a question, while the seller has not decided (我还没决定要不要寄): not that case
     * yet — the fact beside the question does not move the step past the seller's own pending state.
     */
    @ParameterizedTest(name = "{0} → not reship")
    @CsvSource(delimiter = '|', value = {
        "客户要我补寄一个，我还没决定要不要寄",
        "买家说少发了要补发，我还在考虑要不要补",
    })
    void aReshipNotDecidedAskedAbout(String said) {
        assertNotEquals("reship", talk.stepAfterReply(new String[] {"运单号怎么改", "自己联系物流"}, said), said);
    }

    /**
     * "Most of them" succeeded, alone (交易成功的占绝大部分): a part, never all ended — its 交易成功 and 成功 are one state, not
     * two told one by one. Beside the rest told in another clause it is the whole.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "交易成功的占绝大部分                 | check-orders",
        "交易成功的单子占了多数               | check-orders",
        "订单交易成功的是一大半               | check-orders",
        "大部分交易成功，剩下两单是交易关闭的 | check-complaints",
    })
    void mostSucceededAloneIsAPart(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_ORDERS, said), said);
    }

    /**
     * At the 30-day step, a bare acknowledgement (ok, 👌, 嗯嗯) agrees rather than tells: the step's yes ends the walk with
     * "三个条件都满足了", so it is asked again. A plain yes (是的, 对) still answers it.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "ok     | check-aftersales-window",
        "👌     | check-aftersales-window",
        "嗯嗯   | check-aftersales-window",
        "是的   | transfer-out",
        "对     | transfer-out",
    })
    void anAcknowledgementAtTheDaysStep(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_WINDOW, said), said);
    }

    /**
     * At the return's address step, why the buyer returns it or the goods' state (买家说质量问题, 我觉得他洗过了) is no return
     * information, however like 买家说没问题 its words are: asked again. The address things confirmed still answer.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "他说是质量问题，我觉得他洗过了   | address",
        "买家讲是质量问题 可我看他是用过了 | address",
        "客户说衣服有质量问题             | address",
        "地址收货人电话都确认了           | shipping-fee",
    })
    void whyTheBuyerReturnsItIsNoAddress(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"买家要退货"}, said), said);
    }

    /**
     * Right after the return checklist ended, another buyer's return (又有一个客户要退货, 另外一个买家也要退 运费还没谈) is a new
     * case, walked from the start — not the fee step reopened for the case just walked. More of the case just walked (还有个投诉
     * 没结, after the deposit's end) still reopens its step.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "买家要退货/确认好了/约定好了/说好了                  | 又有一个客户要退货，要确认啥           | address",
        "买家要退货/确认好了/约定好了/说好了                  | 还有一个客户也要退                     | address",
        "买家要退货/确认好了/约定好了/说好了                  | 另外一个买家也要退 运费还没谈好        | address",
        "保证金怎么退/都关了/订单都完结了/没有投诉/超过30天了 | 等下 还有个投诉没结                    | check-complaints",
    })
    void anotherCaseAfterTheEnd(String before, String said, String step) {
        assertEquals(step, talk.stepAfterReply(before.split("/"), said), said);
    }

    /**
     * What the session's fresh reader found this change misread, read right at its start: a real correction beside a flow
     * wanted (说错了…我想先申诉) still goes back; a deed not done by a single one (一个也没撤, 一个都不会关) is no "none there";
     * a handling now (现在处理了两天了) is no closing done; two end states in one clause with "most" are all; a question
     * clause (要先问老板吗) tells no pending state; a yes beside why the buyer returns it still answers; "the buyer complained
     * anyway" beside a listed reason is no other reason.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退/都关了/订单都交易成功了/没有投诉 | 等等，说错了，有个投诉还在处理，我想先申诉 | check-complaints",
        "保证金怎么退/都关了/订单都交易成功了          | 投诉一个也没撤                             | check-complaints",
        "保证金怎么退                                   | 官方直送一个都不会关                       | close-services",
        "保证金怎么退/都关了/订单都交易成功了          | 投诉现在处理了两天了                       | check-complaints",
        "保证金怎么退/都关了                            | 多数交易成功少数交易关闭                   | check-complaints",
        "运单号怎么改/自己联系物流                      | 单号填错了，要先问老板吗                   | modify",
        "买家要退货                                     | 确认好了，他说不喜欢                       | shipping-fee",
        "买家要退货                                     | 都确认了，买家说尺码小了                   | shipping-fee",
        "判罚结果我不认可                               | 快递丢件了，买家还是投诉了                 | valid",
    })
    void theFreshReaderFound(String before, String said, String step) {
        assertEquals(step, talk.stepAfterReply(before.split("/"), said), said);
    }

    /**
     * At the 30-day step, none of those past 30 days (超过30天的一单都没有, 超过30天的订单一个都没有): fewer than 30 days, never
     * "三个条件都满足了" (the fresh reader found it reached transfer-out already at the start).
     */
    @ParameterizedTest(name = "{0} → not transfer-out")
    @CsvSource(delimiter = '|', value = {
        "超过30天的没有",
        "超过30天的订单一个都没有",
        "超过三十天的交易都没有",
    })
    void noneOfThosePast(String said) {
        assertNotEquals("transfer-out", talk.stepAfterReply(AT_WINDOW, said), said);
    }

    /**
     * A correction of an earlier step told with going off to do something (不对，刚才说错了，还有个投诉没处理完，我先去弄一下):
     * back to that step — the going off had kept the 30-day step, and a later 超过30天了 reached "三个条件都满足了".
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "不对，刚才说错了，还有个投诉没处理完，我先去弄一下 | check-complaints",
        "说错了，有一单还没确认收货，我先去催买家           | check-orders",
    })
    void aCorrectionToldWithGoingOff(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_WINDOW, said), said);
    }
}
