package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes the thirty-eighth session's fresh readers found on both builds and left for the next (their reports were kept
 * with that session's note): each row another phrasing than theirs. Every row fails at 4cd71e3e except those marked as
 * guards; the rows of the methods marked "Fortieth" (the thirty-ninth's readers' finds, mended in the fortieth) fail at
 * a0c38811 instead.
 */
class LeftByFreshReadersTest {
    private static final RealConversations talk = new RealConversations();
    private static final String WALKED_TO_TRANSFER = "保证金怎么退 子服务都关了 订单都完结了 也没有投诉/最后一单9月就成功了";

    /**
     * Where the buyer bought it (订单是在1688拍的, 买家1688下单的, 1688的订单) says nothing of how the parcel was shipped: every
     * order here was placed on 1688. At how-shipped it had been the online way, whose menu path is wrong for a seller who
     * called their own courier; it is asked again. Placing the shipment on 1688 (在1688上下的单) is still the online way.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "订单是买家在1688上拍的                 | how-shipped",
        "客户在1688下的单                       | how-shipped",
        "就是1688上的订单啊                     | how-shipped",
        // (guards, as at the start: the way told beside it; the shipment placed there, or on the logistics platform)
        "买家1688拍的 我自己叫的中通            | self-situation",
        "在1688上下的单                         | online",
        "买家在1688拍的 我们在物流平台下的单    | online",
    })
    void whereTheBuyerBoughtIt(String reply, String step) {
        assertEquals(step, talk.stepAfter("运单号填错了怎么改", reply), reply);
    }

    /**
     * Right after "all three conditions met", the last sale corrected to inside the 30 days in other words than before: a
     * duration in weeks and some (才两个多星期), a date after 其实是, the sale that later closed in a refund (8月那单后来退款了
     * 上周才关闭), ten-odd days in Cantonese (其實先過咗十幾日). The 30-day step is read again and is not met. It had left "all
     * met" standing, with a side answer or a fallback.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "哦不对 才三个多星期                    | check-aftersales-window",
        "实际上是11月22号                       | check-aftersales-window",
        "9月那单后来又退款了 前几天才关闭       | check-aftersales-window",
        "其實最後嗰單先過咗兩個星期              | check-aftersales-window",
        "不对 才过了二十几天                    | check-aftersales-window",
        // (guards, as at the start: a plan after the end; a correction in the words read before, or naming the step's sale)
        "其实是11月20号确认收货的               | check-aftersales-window",
        "那我过3天去点转出                      | ",
        "不对不对 最后一单是上周的              | check-aftersales-window",
    })
    void correctedAfterAllMet(String after, String step) {
        Turn t = talk.say((WALKED_TO_TRANSFER + "/" + after).split("/"));
        assertEquals(step, RealConversations.step(t), after);
    }

    /**
     * How long until the money arrives, asked right after the deposit walk's end with the money named (钱几天能到, 钱多久到):
     * the seed times the unfreezing, never the arrival, so it is declined. It had been the transfer-out entry, whose 第3天解冻
     * reads as the answer. "When" (那啥时候能到账) is still that entry, which tells the order of things (8110).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "钱几天能到              | FALLBACK | ",
        "那钱多久到              | FALLBACK | ",
        // (guards, as at the start: how long, asked with the arrival first; when; where to click)
        "到账要几天              | FALLBACK | ",
        "那啥时候能到账          | FAQ      | deposit.transfer-out",
        "转出在哪里点            | FAQ      | deposit.transfer-out",
    })
    void whenTheMoneyArrives(String after, Kind kind, String faqId) {
        Turn t = talk.say((WALKED_TO_TRANSFER + "/" + after).split("/"));
        assertEquals(kind, t.reply().kind(), after);
        assertEquals(faqId, t.reply().faqId(), after);
    }

    /** Production cut off (断产) is the seed's 停产: the invalid case. It had been no reason at all, asked again. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "厂家断产了                   | invalid",
        "那款断产了                   | invalid",
        // (guards, as at the start: told with what follows from it; 停产 itself)
        "那款厂家断产了 发不出来      | invalid",
        "工厂停产了 发不了货          | invalid",
    })
    void productionCutOff(String reply, String step) {
        assertEquals(step, talk.stepAfter("被扣分了想申诉", reply), reply);
    }

    /**
     * The ruling asked back (凭啥判我们责任, 凭什么判我) or refused in Cantonese (我唔认, 唔认可): disagreeing with it, the
     * appeal walk. It had been a fallback.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "凭啥判我们有责任                | FLOW     | reason",
        "凭什么判我们责任                | FLOW     | reason",
        "呢个判责我唔认                  | FLOW     | reason",
        // (guards, as at the start: with the platform named, or 唔认可; 不同意 said of the ruling; 凭啥 alone names nothing)
        "平台凭什么判我的责任啊          | FLOW     | reason",
        "个判罚我唔认可                  | FLOW     | reason",
        "判我责任 我不同意               | FLOW     | reason",
        "凭啥                            | FALLBACK | ",
    })
    void theRulingAskedBack(String said, Kind kind, String step) {
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals(step, RealConversations.step(t), said);
    }

    /**
     * "All sorted" (都搞定了) at the return checklist's address step, as at its later steps: the items confirmed. It had been
     * asked again there.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "都搞定了                        | shipping-fee",
        "都搞定了 运费我们出 到付         | deadline-condition",
        // (guards, as at the start: the items named with it; a bare ok is no answer)
        "地址电话都搞定了 运费我们出 到付 | deadline-condition",
        "好的                            | address",
    })
    void allSortedAtTheAddress(String reply, String step) {
        assertEquals(step, talk.stepAfter("买家要退货 要跟他确认啥", reply), reply);
    }

    /** More of where the buyer bought it (这是1688上的单子, 订单是在1688平台上买的): asked again (this session's reviewer A). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "这是1688上的单子           | how-shipped",
        "订单是在1688平台上买的     | how-shipped",
    })
    void moreOfWhereTheBuyerBoughtIt(String reply, String step) {
        assertEquals(step, talk.stepAfter("运单号咋改", reply), reply);
    }

    /**
     * Only so many days told right after "all met" (才十几天, 才三个礼拜): the 30-day step again, not met. It had been a
     * fallback or the overview, "all met" left standing (this session's reviewer A).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "才十几天                   | check-aftersales-window",
        "才三个星期而已             | check-aftersales-window",
        // (guards, as at the start: after 其实才, a correction; a plan after the end)
        "其实才三个礼拜             | check-aftersales-window",
        "那我过3天去点转出          | ",
    })
    void onlySoManyDaysAfterAllMet(String after, String step) {
        Turn t = talk.say((WALKED_TO_TRANSFER + "/" + after).split("/"));
        assertEquals(step, RealConversations.step(t), after);
    }

    /**
     * The buyer's terms told and the seller's agreement denied (他说到付 我没同意, 佢話到付 我未答應): not agreed, the step kept.
     * It had passed the freight step as agreed (this session's reviewer B, whose regression of the first build it was once
     * the address step's label came first).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "地址电话都发了/他说到付 我们没同意          | shipping-fee",
        "地址电话都发了/買家話到付 我哋未答應        | shipping-fee",
        // (guards: said with 要, as at the start; the first build's regression, the label first — since the forty-first
        // session the label answers the address step, as the team's 都确认好了 + a later step's facts does, and the fee
        // not agreed keeps the fee step: never past it; agreed in so many words)
        "地址电话都发了/他说要到付 我们没答应        | shipping-fee",
        "确认好了 他说到付 我没同意                  | shipping-fee",
        "地址电话都发了/运费我们出 到付 他同意了      | deadline-condition",
    })
    void theBuyersTermsNotAgreed(String said, String step) {
        assertEquals(step, talk.stepAfter(("买家要退货 要跟他确认啥/" + said).split("/")), said);
    }

    /**
     * At the 30-day step, a day early next year named in December (那要到1月5号以后, 那就得元旦以后了): a wait told, across the
     * year's end, not the last sale's date eleven months back. It had ended the walk at "all met" (this session's reviewer
     * B, both builds). This year's day said so (今年1月5号) is still past.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "最后一单11月20号确认收货的/那要到1月5号以后了         | check-aftersales-window",
        "最后一单11月20号确认收货的/好吧 那就得元旦以后了      | check-aftersales-window",
        // (…in February too: its 2月 had been read as two months back once the day was no past date)
        "最后一单11月20号确认收货的/那得2月1号以后了           | check-aftersales-window",
        // (guards, as at the start: this year's day; a month long past)
        "最后一单是今年1月5号                                  | transfer-out",
        "最后一单9月就成功了                                   | transfer-out",
    })
    void aDayEarlyNextYear(String said, String step) {
        assertEquals(step, talk.stepAfter(("保证金怎么退 子服务都关了 订单都完结了 也没有投诉/" + said).split("/")), said);
    }

    /**
     * (Fortieth session, the thirty-ninth's reader B, both builds.) Going off to ask a person named right after 问下 with no
     * 我 (稍等 问下买家): 问下 alone is IM filler, so 问下买家 had read as 买家, which resembled "confirmed" and passed the step.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "买家要退货 要确认啥/等下 问一下买家            | address",
        "买家要退货 地址电话都发了/稍等 问下买家         | shipping-fee",
        // (guards, as at the start: with 我; a question to us)
        "买家要退货 要确认啥/我问下买家                 | address",
        "买家要退货 要确认啥/都确认好了                 | shipping-fee",
    })
    void goingOffToAskWithNoI(String said, String step) {
        assertEquals(step, talk.stepAfter(said.split("/")), said);
    }

    /** (Fortieth, reader B, both builds.) Several told closed (好几个都关了, 好几单都完成了): not all, the step asked again. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退/子服务好几个都关了                 | close-services",
        "保证金怎么退/子服务都关了/好几单都交易成功了     | check-orders",
        // (guards, as at the start: all told; a duration of 好几个月 at the days step)
        "保证金怎么退/子服务全都关了                     | check-orders",
        "保证金怎么退 子服务都关了 订单都成功了 没投诉/最后一单好几个月前了 | transfer-out",
    })
    void severalIsNotAll(String said, String step) {
        assertEquals(step, talk.stepAfter(said.split("/")), said);
    }

    /**
     * (Fortieth, readers A and B, both builds.) After "all met", 看错了 corrects as 说错了 does, and one more sale completed
     * lately (上礼拜还有一单完成了) is the 30-day step's, not an order left open.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "我看错了 才过了一周                  | check-aftersales-window",
        "看错了 最近那笔刚过了两周             | check-aftersales-window",
        "不好意思说错了 上周还有一单完成了     | check-aftersales-window",
        // (guard, as at the start: a sale still open goes back to the orders step)
        "说错了 还有一单没确认收货            | check-orders",
    })
    void correctionsAfterAllMetInOtherWords(String after, String step) {
        assertEquals(step, talk.stepAfter((WALKED_TO_TRANSFER + "/" + after).split("/")), after);
    }

    /**
     * (Fortieth, the thirty-ninth's reader A.) At the address step, a bare yes in the words the step's label opens with
     * (确认了, 確認咗 beside 确认好了) said first, then the fee step's facts: both answered, as the label itself already was.
     * A yes that may only take in what was said (好了) is still asked again (ReadBatchTwentyThreeTest's guard).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "确认了 运费我们来出 到付            | deadline-condition",
        "確認咗 運費我哋出 到付              | deadline-condition",
        // (guards, as at the start: the label; the fee facts alone, another step's; 好了, which may only take it in)
        "好了 运费我们承担 让他到付          | address",
        "确认好了 运费我们出 到付            | deadline-condition",
        "运费我们出 到付                     | address",
    })
    void aBareYesFirstThenTheFee(String reply, String step) {
        assertEquals(step, talk.stepAfter("买家要退货 要跟他确认啥", reply), reply);
    }

    /**
     * (Fortieth, reader A.) Right after the side answer on a service the first step exempts, "the others closed" with "go
     * on" (其他都关了 然后呢) is the step done, as it is without the "go on": it had been read without what was told before.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "其余的都关了 然后呢        | check-orders",
        "其他的都关了 然后呢        | check-orders",
        // (guard, as at the start: no "go on")
        "其余的都关了               | check-orders",
    })
    void theOthersClosedWithGoOn(String reply, String step) {
        assertEquals(step, talk.stepAfter("保证金怎么退", "72小时发货的关不掉咋办", reply), reply);
    }

    /**
     * (Fortieth, the thirty-ninth's readers A and B.) Where the buyer ordered, told in words that hold the online way's sign
     * (客户是网上下的单 holds 网上下的单) or with 上 (订单是1688上的): how-shipped's premise, so a sign inside it is told of no
     * option; the way is asked again. Said of the shipment (网上下的单 alone, 物流平台下的单) it is still the online way.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "客户是网上下的单                    | how-shipped",
        "买家在网上下的单 我们自己叫的快递    | self-situation",
        "单子是1688上的                      | how-shipped",
        // (guards, as at the start: the shipment placed online)
        "网上下的单                          | online",
        "物流平台下的单                      | online",
    })
    void theBuyersOrderHoldingASign(String reply, String step) {
        assertEquals(step, talk.stepAfter("运单号填错了怎么改", reply), reply);
    }
}
