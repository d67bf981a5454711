package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batches 2040–2099 and 2240–2299 found misread (written in the forty-second session, read in the
 * forty-third): each row is another phrasing of the class than the script's own, so the fix is for the class. Every row
 * fails at 210f5707 except those marked as guards.
 */
class ReadBatchTwentySevenTest {
    private static final RealConversations talk = new RealConversations();

    private static String kind(Turn t) {
        return t.reply().kind().name().toLowerCase(Locale.ROOT);
    }

    /**
     * A reply at "how was it shipped?" that meets another entry by one lone character (发) asks nothing of it: the step is
     * asked again. It had started the appeal walk (怎么发的？就平常那样发的啊 ~ 发不了货) or answered the fill-missing entry.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "怎么发的？就平常那样发的啊",
        "问我怎么发的？就那样发的",
        // (guard, as at the start: a way of shipping told)
        "怎么发的？我们自己叫的快递",
    })
    void loneCharacterAtHowShipped(String said) {
        Turn t = talk.say("运单号填错了 怎么改啊", said);
        assertEquals("flow", kind(t), said);
        assertEquals("waybill-fix", t.reply().flow().id(), said);
        assertTrue(t.reply().faqId() == null, said + " → " + t.reply().faqId());
    }

    /**
     * Going off to look up how a thing was done then (我去后台看看当时怎么发的) is going off, the step kept: its 怎么…的 is a
     * past deed looked up, not a how asked of us. It had answered how to close 官方直送 by its 后台.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "行 我去后台看看当时怎么发的",
        "好 我查下当时是怎么寄的",
        // (guard, as at the start: a how asked of us is answered, not gone off with)
        "我去后台看看怎么关官方直送",
    })
    void lookingUpHowItWasDone(String said) {
        Turn t = talk.say("运单号填错了 怎么改啊", said);
        if (said.contains("官方直送")) {
            assertEquals("deposit.official-direct", t.reply().faqId(), said);
            return;
        }
        assertEquals("how-shipped", RealConversations.step(t), said);
        assertTrue(t.reply().text().contains("留着"), said + " → " + t.reply().text());
    }

    /** Typos no synonym held: 运当号 (it had answered the Alipay entry by 换成新的), 手续废, Cantonese 边啲 (哪些). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "少发了两件又寄了一个包裹 运当号要换成新的怎么弄 | flow     | waybill-fix",
        "边啲情况可以申诉                               | faq      | appeal.valid",
        // (guard, as at the start)
        "少发了两件又寄了一个包裹 运单号要换成新的怎么弄 | flow     | waybill-fix",
    })
    void typosInAnOpening(String said, String kind, String what) {
        Turn t = talk.say(said);
        assertEquals(kind, kind(t), said);
        assertEquals(what, "flow".equals(kind) ? t.reply().flow().id() : t.reply().faqId(), said);
    }

    /** What the seed does not say, asked mid-walk with a typo, is declined, the step waiting (it was asked again as unclear). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "退保证金要收手续废吗",
    })
    void unansweredAskedWithATypo(String said) {
        Turn t = talk.say("保证金怎么退", said);
        assertEquals("fallback", kind(t), said);
        assertEquals("close-services", RealConversations.step(t), said);
    }

    /**
     * A courier called by phone (我自己打电话叫的韵达) tells how the parcel was sent; it asks nobody's number. It had been
     * declined as asking whom to call (资料里没有写到该联系谁).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "单号填错了 我们是打电话叫的中通上门取的",
        "电话叫的顺丰 运单号少打了一位",
    })
    void courierCalledByPhone(String said) {
        Turn t = talk.say(said);
        assertEquals("flow", kind(t), said);
        assertEquals("modify", RealConversations.step(t), said);
    }

    /** (guard, as at the start) Asking for a number to call is still declined as what the seed does not say. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "运单号填错了 要打什么电话",
    })
    void askingWhomToCall(String said) {
        assertEquals("fallback", kind(talk.say(said)), said);
    }

    /**
     * The refund asked among facts that tell the services closed and a refund still under way (有一单我已经同意退款了 就等平台
     * 处理) starts the walk at the orders: the refund's words had found a choice led by the refund entry itself, beside where a
     * refund's progress is seen, and the seller was asked which.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "押金咋退 服务都关了 有个单买家申请退款我同意了还没退完",
        // (guards, as at the start)
        "保证金怎么退 子服务都关完了 还有一单退款在等平台处理",
        "保证金怎么退 子服务都关了",
    })
    void refundAmongFactsOfARefundUnderWay(String said) {
        Turn t = talk.say(said);
        RealConversations.assertAt(t, "deposit-refund", "check-orders", said);
    }

    /**
     * Turning aside (对了) to a ruling disagreed with on another order, at the complaints step, starts the appeal walk with the
     * refund waiting: the appeal's starter named by two words of its own (被扣分, 不服) is that walk, however surely retrieval
     * holds it. It had gone back to the orders, read as "another order not ended".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "对了 之前另一单被扣了分 我不服",
        // (guard, as at the start)
        "对了 另外一单被扣了分 我想申诉",
    })
    void asideToAnAppealAtTheComplaints(String said) {
        Turn t = talk.say("保证金怎么退 子服务都关了 订单都完结了", "还有一个投诉案件没完结", said);
        RealConversations.assertAt(t, "appeal-check", "reason", said);
        assertEquals("deposit-refund", t.session().suspended().get(0).flowId(), said);
    }

    /** Goods short in the parcel, told by the buyer (买家说少件, 仓库少装了两件), are the seller's own: the appeal's 其他. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "买家收到货说少件了 投诉我们",
        "仓库少装了两件 客户投诉的",
    })
    void goodsShortAreOurOwn(String said) {
        Turn t = talk.say("判了延迟发货 我要申诉", said);
        RealConversations.assertAt(t, "appeal-check", "other", said);
    }

    /**
     * An order said not ended at the 30-day step, with no time in the message (还有一单还没交易成功), goes back to the orders: read
     * at the days step only by its polarity, it is no reading of the days. It had been told to wait out the 30 days.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "不对 还有一单还没交易成功         | check-orders",
        "还有一个单子还没交易成功呢        | check-orders",
        // (guards, as at the start: the days not reached; an order open told with its buyer)
        "还没到30天                        | check-aftersales-window",
        "有一单买家还没点确认收货          | check-orders",
    })
    void orderOpenToldAtTheDaysStep(String said, String step) {
        Turn t = talk.say("保证金怎么退 子服务都关了 订单都交易成功了", "投诉没有", said);
        RealConversations.assertAt(t, "deposit-refund", step, said);
    }

    /**
     * The refund asked right after the answer on a service the first step exempts, "the others" told in the same message (好 那押金
     * 咋退 别的都关掉了), starts the walk past the services: the others are the rest. It had asked the services again.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "24小时发货那个服务关不了怎么办 | 好 那押金咋退 别的都关掉了      | check-orders",
        "48小时发货服务关不掉咋办       | 那保证金怎么退 其他的都关了      | check-orders",
        // (guards, as at the start: the rest named; "the others" with nothing spoken of before)
        "72小时发货关不掉是为什么       | 保证金怎么退 剩下的子服务都关了  | check-orders",
        "保证金多久能到账               | 保证金怎么退 其他的都关了        | close-services",
    })
    void othersAfterTheExemptAnswer(String before, String said, String step) {
        Turn t = talk.say(before, said);
        RealConversations.assertAt(t, "deposit-refund", step, said);
    }

    /**
     * 放心 ("rest assured") beside where the terms were told, right after the return walk's end, only takes the end in: it had
     * started the walk again from the address.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "放心吧 都是在旺旺上跟他说的",
        "旺旺上说的 你放心",
        // (guard, as at the start)
        "旺旺上说的",
    })
    void restAssuredAfterTheReturnEnd(String said) {
        Turn t = talk.say("退货要跟买家确认哪些 地址电话收件人 运费我们出 时间吊牌包装 都说好了", said);
        assertEquals("smalltalk", kind(t), said);
    }

    /**
     * The seller's own slips told as a story (客服忘了点发货, 同事把颜色拿混了, 打面单的时候地址抄错) are the appeal's 其他: none of
     * the listed reasons, the seed's 客服操作失误 being the one that sets the price too low. They had been asked again. Said of
     * the courier, they are not ours.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "是我们这边忘了点发货 拖了好几天              | other",
        "仓库的同事把颜色拿混了                        | other",
        "後來查了 是我們打面單的時候地址抄錯了        | other",
        // (guards, as at the start: the courier's, asked again)
        "快递把面单打错了                              | reason",
        "快递员分拣的时候拿混了                        | reason",
    })
    void ownSlipsAreOther(String said, String step) {
        Turn t = talk.say("被判了延迟发货 我不服", said);
        RealConversations.assertAt(t, "appeal-check", step, said);
    }

    /**
     * Going back to the buyer to negotiate again (我再跟他磨磨, 我再去跟他磨一磨) beside what the buyer would like (买家想到付)
     * keeps the fee step: the term is still open (the forty-second's reader B found it passed, telling the seller the fee was
     * agreed). Told settled beside it (说好了), it moves on as before.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "买家想到付 我再去跟他磨一磨          | shipping-fee",
        "他说想让我们出运费 我再跟他磨磨      | shipping-fee",
        // (guards, as at the start)
        "运费说好了到付 我再跟他谈谈时间      | deadline-condition",
        "到付吧 我再和他谈谈                  | shipping-fee",
    })
    void negotiatingAgainAtTheFeeStep(String said, String step) {
        Turn t = talk.say("买家要退货 要跟他确认什么", "地址电话收货人都发给他了", said);
        RealConversations.assertAt(t, "return-checklist", step, said);
    }

    /**
     * How long a complaint takes (投诉要多久才结案), asked at the complaints step with nothing told, is what the seed does not say:
     * declined, the step waiting. It had been read by its 结案 or 处理完 as "all closed" and asked again as unsure (the
     * forty-second's readers).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "投诉要多久才结案                 | fallback",
        "投诉一般多长时间能处理完         | fallback",
        // (guard, as at the start: a complaint told open beside the question)
        "有个投诉在处理 多久能结案        | flow",
    })
    void howLongAtTheComplaints(String said, String kind) {
        Turn t = talk.say("保证金怎么退 子服务都关了 订单都交易成功了", said);
        assertEquals(kind, kind(t), said);
        assertEquals("check-complaints", RealConversations.step(t), said);
    }

    /**
     * Talking with the buyer later, the person named (我回头再跟他聊聊运费的事, 我晚点再跟买家聊), is going off, the step kept:
     * it had ended the walk as a stop (the forty-second's reader). A bare later (回头再说吧) still stops.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "我回头再跟他聊聊运费的事     | flow",
        "我晚点再跟买家聊             | flow",
        "那我等会再和他谈谈           | flow",
        // (guards, as at the start)
        "我明天再和买家商量下运费     | flow",
        "回头再说吧                   | cancel",
    })
    void talkingWithTheBuyerLater(String said, String kind) {
        Turn t = talk.say("买家要退货 要跟他确认什么", "地址电话收货人都发给他了", said);
        assertEquals(kind, kind(t), said);
        if ("flow".equals(kind)) {
            assertEquals("shipping-fee", RealConversations.step(t), said);
        }
    }

    /**
     * A penalty disagreed with, told beside the story of wrong goods sent (買家投訴我們發錯貨 扣咗分 我唔服), starts the appeal walk:
     * the story's words had found how to avoid complaints, which the seller did not ask. The story alone still finds it.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "買家投訴我們發錯貨 扣咗分 我唔服            | appeal-check",
        "买家投诉发错货 给扣了分 我们不认可          | appeal-check",
        "投诉我发错货 扣了3分 不服                   | appeal-check",
        // (guards, as at the start)
        "客户投诉我们发错了颜色 扣了分 我不服        | appeal-check",
        "买家投诉我们发错货 被扣分了                 | ",
    })
    void penaltyDisagreedBesideWrongGoods(String said, String flow) {
        Turn t = talk.say(said);
        if (flow == null) {
            assertEquals("complaint.avoid", t.reply().faqId(), said);
            return;
        }
        RealConversations.assertAt(t, flow, "reason", said);
    }

    /**
     * This session's reader B found two regressions at e59ec7f3, both right at the start (guards): an exit of 官方直送 still
     * under way or only applied for (在退了, 申请退了) passed the services step, read like 官方直送也退了; and a ruling only
     * awaited (对了 另一单投诉判责还在等结果) started the appeal walk. An aside starts the appeal only when it disagrees with a
     * penalty told.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "官方直送在退了 其他都关了",
    })
    void officialDirectStillExiting(String said) {
        Turn t = talk.say("保证金咋退", "官方直送怎么关", "好的", said);
        RealConversations.assertAt(t, "deposit-refund", "close-services", said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "对了 另一单投诉判责还在等结果",
    })
    void rulingAwaitedAtTheComplaints(String said) {
        Turn t = talk.say("保证金怎么退 子服务都关了 订单都完结了", "还有一个投诉案件没完结", said);
        RealConversations.assertAt(t, "deposit-refund", "check-complaints", said);
    }
}
