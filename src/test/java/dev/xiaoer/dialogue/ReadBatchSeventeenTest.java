package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batch 9800–9859 found misread (written in the thirty-second session, read in the
 * thirty-third): each row is another phrasing of the class than the script's own, so the fix is for the class.
 */
class ReadBatchSeventeenTest {
    private static final RealConversations talk = new RealConversations();

    /**
     * Going off to find something out (稍等 我去问下他哪天能寄, 稍等 我查下是哪单): what follows the finding-out verb is
     * what will be asked or looked up, not a question to us. It had been looked up as one (a deposit walk started, the
     * 安心购 entry answered, a clarify).
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "买家要退货/地址电话都确认了/运费我们出 到付 | 等一下哈 我去问下他什么时候能寄出 | deadline-condition",
        "买家要退货/地址电话都确认了/运费我们出 到付 | 好 我去问一下买家哪天能退回来     | deadline-condition",
        "单号要改/自己联系的极兔                     | 稍等 我查一下是哪个订单           | self-situation",
        // (guards, as at the start: a finding out that tells the step nothing stays)
        "买家要退货/地址电话都确认了/运费我们出 到付 | 等等 我去问问买家哪天寄回         | deadline-condition",
        "保证金怎么退/子服务都关了/订单都成功了/没投诉 | 稍等 我查下最后一单是几号成功的 | check-aftersales-window",
    })
    void goingOffToFindOutAsksNothing(String before, String said, String step) {
        Turn t = talk.sayAfter(before.split("/"), said);
        assertEquals(Kind.FLOW, t.reply().kind(), said);
        assertEquals(step, RealConversations.step(t), said);
    }

    /**
     * Cantonese 同 (with) in going off to see the buyer, with thanks (唔該 我去同佢講埋退貨時間): small talk that keeps the
     * step. It had been read as the step's answer (唔該晒 我去同買家講清楚 passed the deadline step) or asked again.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "唔該晒 我去同買家講清楚",
        "多谢 我去同佢讲下时间",
    })
    void cantoneseGoingOffToTheBuyer(String said) {
        Turn t = talk.sayAfter(new String[] {"买家要退货", "地址电话都确认了", "运费我们出 到付"}, said);
        assertEquals(Kind.SMALLTALK, t.reply().kind(), said);
        assertEquals("deadline-condition", RealConversations.step(t), said);
    }

    /**
     * At the 30-day step, an order whose completion has not happened (一直没确认收货, 没签收) is an open order: the walk goes
     * back to the orders. Its 确认收货 had been read as the days step's own word, a date of the last completion.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "哦 还有个买家到现在都没确认收货       | check-orders",
        "等下 刚翻到还有一单买家一直没确认收货 | check-orders",
        // (guards, as at the start: a 'not' of the days themselves is this step's)
        "等下 刚看到有一单客户一直没签收       | check-orders",
        "还有一单还没到30天                    | check-aftersales-window",
    })
    void anOrderNotCompletedAtTheDaysStep(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"保证金怎么退", "子服务都关了", "订单都交易成功了", "没有投诉"}, said), said);
    }

    /**
     * Right after a walk begun beside another ended, an answer to the paused walk's step takes it up there and is read
     * as that step's answer: it had been taken up and asked again.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "订单全都交易成功了",
        "订单那边全部都关闭了",
    })
    void anAnswerToThePausedStepAfterANestedEnd(String said) {
        Turn t = talk.sayAfter(new String[] {"保证金怎么退", "子服务都关了", "我自己找的中通发的 单号填错了一位 咋改"}, said);
        assertEquals("deposit-refund", t.reply().flow().id(), said);
        assertEquals("check-complaints", RealConversations.step(t), said);
    }

    /**
     * A 'no longer' naming what it is about beside a question naming nothing (现货安心购不想做了 咋退出): the whole message is
     * the question, answered by its entry; it had been a stop with nothing to stop. Never a walk begun on a 'no longer'.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "安心购不想弄了 咋整         | FAQ",
        // (guards, as at the start)
        "安心购不做了 怎么退出来     | FAQ",
        "保证金不想退了 咋办         | SMALLTALK",
    })
    void aNoLongerNamingItsTopic(String said, Kind kind) {
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), said);
        if (kind == Kind.FAQ) {
            assertEquals("anxingou.exit", t.reply().faqId(), said);
        }
    }

    /**
     * A fine told as what happened (被罚款了能申诉吗) asks whether the ruling can be appealed, not what something costs: the
     * appeal walk, also as the 1688 follow-up to another platform's (拼多多…, then 那1688的呢). It had been declined as a fee.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "被罚款了能申诉吗",
        "拼多多被罚款了能申诉吗/那1688的呢",
        // (guards, as at the start)
        "我们被罚了款 能申诉不",
    })
    void aFineToldIsTheRulingAppealed(String said) {
        Turn t = talk.say(said.split("/"));
        RealConversations.assertAt(t, "appeal-check", "reason", said);
    }

    /** Whether a fine is incurred, or comes back, is still a fee the seed does not tell (guards, as at the start). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "会被罚款吗",
        // (nor whether the fine comes back: the fresh reader's find on the first version, which walked the appeal)
        "被罚款了能退吗",
    })
    void whetherAFineIsIncurredIsDeclined(String said) {
        assertEquals(Kind.FALLBACK, talk.say(said).reply().kind(), said);
    }

    /**
     * A number left out, told beside having shipped online (漏填单号了 货是在线上下单发的): the waybill walk from that case, to
     * its online end. It had been the online entry without the walk, or the fill-in the seed gives for a courier of one's
     * own (运单号没填上 是在物流平台下单发的), which does not hold online.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "单号漏了没填 我们是线上下的单         | online",
        "运单号没填上 是在物流平台下单发的     | online",
        "单号漏填了 线上发的货 怎么补          | online",
        // (guard, as at the start)
        "我自己叫的顺丰 发货时没填单号         | fill-missing",
    })
    void aNumberLeftOutOnline(String said, String step) {
        Turn t = talk.say(said);
        RealConversations.assertAt(t, "waybill-fix", step, said);
    }

    /** How it was shipped told alone, outside a walk, is still the online entry (guard, as at the start). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "我是在物流平台下的单",
    })
    void shippedOnlineAlone(String said) {
        Turn t = talk.say(said);
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals("waybill.online", t.reply().faqId(), said);
    }

    /**
     * Right after an entry's answer, going off to do what it told (行 我去物流平台找找, 好 我去后台改一下): small talk. It had
     * been declined or asked to choose a topic; only right after a walk's end was a plan taken in.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "线上发货的运单能撤销吗   | 行 我去物流平台找找",
        "收款支付宝要换 在哪弄    | 好 我去后台改一下",
        "官方直送怎么关           | 好的 我这就去关",
        // (guard, as at the start)
        "收款支付宝要换 在哪弄    | 好的谢谢",
    })
    void goingOffAfterAnEntrysAnswer(String asked, String said) {
        assertEquals(Kind.SMALLTALK, talk.say(asked, said).reply().kind(), said);
    }

    /** …but a question beside it is asked (guard, as at the start). */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "官方直送怎么关 | 好的 我去关一下 对了 保证金咋退",
    })
    void aQuestionBesideGoingOff(String asked, String said) {
        RealConversations.assertAt(talk.say(asked, said), "deposit-refund", "close-services", said);
    }

    /**
     * At the complaints step, "no complaint, but one order's refund or return is under way" (投诉没有，但是有一单在走退款) goes
     * back to the orders: it had passed to the 30-day step, an open order's condition passed by (the blind batch
     * 2800–2859's `notStep`).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "投诉没有，但是有一单在走退款",
        "没投诉 但是有一单在退货",
        // (guard, as at the start)
        "投诉没有 还有一单在途",
    })
    void aRefundUnderWayBesideNoComplaint(String said) {
        assertEquals("check-orders", talk.stepAfterReply(new String[] {"保证金怎么退", "子服务都关了", "订单都交易成功了"}, said), said);
    }

    /**
     * At the orders step, no sale only since lately (上个月就没出过单了) tells nothing of the orders before it, which may still
     * be open: asked again. It had been read as all done (the blind batch 2800–2859's other `notStep`); a sale long gone
     * (很久没出过单了) or the orders told closed beside it still are.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "上个月开始就没出过单了          | check-orders",
        "上周就没单了                    | check-orders",
        "最近半个月没出单                | check-orders",
        // (guards, as at the start)
        "很久没出过单了                  | check-complaints",
        "订单都关闭了，上个月就没单了    | check-complaints",
    })
    void noSaleOnlySinceLately(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"保证金怎么退", "子服务都关了"}, said), said);
    }

    /**
     * With no walk under way, only going off to do something (好吧 我再去找快递网点谈谈) asks for nothing: small talk. Its
     * words had started the return walk (谈谈 ~ agreeing with the buyer) or been declined.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "好吧 我再去找快递网点谈谈       | SMALLTALK",
        "我再去跟买家商量下              | SMALLTALK",
        "我现在去联系快递网点            | SMALLTALK",
        // (guards, as at the start: a question beside it is asked; coming back later is small talk)
        "我去跟买家说 退货要确认什么     | FLOW",
        "那我过几天再来                  | SMALLTALK",
    })
    void onlyGoingOffAsksNothing(String said, Kind kind) {
        assertEquals(kind, talk.say(said).reply().kind(), said);
    }

    /**
     * …but a why, where or how after the finding-out verb is asked of us (帮我查一下为什么保证金还没解冻): answered, the step
     * waiting (guards, as at the start; the fresh reader's find on the first version, which took them as going off).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "帮我查一下为什么保证金还没解冻",
        "我查一下订单在哪查",
    })
    void aWhyOrWhereAfterFindingOutIsAsked(String said) {
        Turn t = talk.sayAfter(new String[] {"保证金怎么退", "都关了"}, said);
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals("check-orders", RealConversations.step(t), said);
    }

    /**
     * At the complaints step, an order not yet received told in a clause of its own beside no complaint (有一单没确认收货
     * 投诉没有) goes back to the orders: it had passed to the 30-day step (the fresh reader's both-build find). A 'not' of
     * the days (最后一单没超过30天) is of the step ahead, not an open order.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "有一单没确认收货 投诉没有          | check-orders",
        "投诉一个没有 有两单没确认收货      | check-orders",
        // (guards, as at the start)
        "有一单买家还没签收 投诉没有        | check-orders",
        "投诉没有 最后一单没超过30天        | check-aftersales-window",
    })
    void anOrderNotReceivedBesideNoComplaint(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"保证金怎么退", "都关了", "都完结了"}, said), said);
    }

    /**
     * At how-shipped, going off to change it in the back office (我去后台改) tells nothing of how it was shipped: the step
     * is kept. Its 后台 had been read as shipping online, ending the walk on the logistics platform's path (the fresh
     * reader's both-build find: a wrong menu path for a courier of one's own).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "我去后台改               | how-shipped",
        "我去后台改一下           | how-shipped",
        // (guard, as at the start)
        "我是在后台下单的         | online",
    })
    void goingToTheBackOfficeTellsNotHowItShipped(String said, String step) {
        assertEquals(step, talk.stepAfterReply(new String[] {"发货时运单号怎么修改"}, said), said);
    }
}
