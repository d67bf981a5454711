package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batch 8600–8659 found misread (read in the twenty-fifth session): each row is another
 * phrasing of the class than the batch's own, so the fix is for the class. Turns before the last are separated by /.
 */
class ReadBatchSevenTest {
    private static final RealConversations talk = new RealConversations();
    /** A return checklist walked to its end. */
    private static final String RETURN_WALKED = "买家要退货 我要跟他确认哪些 / 退货地址 收货人 电话都发他了 / 运费他出 快递随便 / 七天内退回 吊牌要在";
    /** The deposit walk to its end. */
    private static final String DEPOSIT_WALKED = "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 最后一单是9月初成交的";

    /**
     * Right after a walk ended, its whole answer asked for again (to send a colleague) is the answer of the entry that starts
     * the walk — not a fallback, not a clarify, not the entry its asking words alone are near (再发 ~ 补发).
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        RETURN_WALKED + "  | 把刚才的几项再发我一遍         | dispute.return-details",
        RETURN_WALKED + "  | 刚才说的那几点 再列一下给我    | dispute.return-details",
        DEPOSIT_WALKED + " | 完整的流程再给我发一遍         | deposit.refund",
    })
    void theWalkAskedAgainAfterItsEnd(String before, String said, String faqId) {
        assertEquals(faqId, talk.sayAfter(before.split(" / "), said).reply().faqId(), said);
    }

    /** What the seller will send again themselves, or a parcel sent again, asks for no answer again. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        RETURN_WALKED + " | 好 我去旺旺上再发一遍 谢谢          | SMALLTALK",
        RETURN_WALKED + " | 买家让我重新发一次货 运单号怎么填 | FLOW",
    })
    void whatTheSellerSendsAgainIsNoAsking(String before, String said, Kind kind) {
        assertEquals(kind, talk.sayAfter(before.split(" / "), said).reply().kind(), said);
    }

    /** The 在 of 现在 before a state that is over (现在退款完成了) is no 'still'; 现在还在退款 is. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "那单现在退款完成了 其余都是交易成功 | check-complaints",
        "现在还在退款                        | check-orders",
    })
    void nowBeforeAStateOver(String said, String step) {
        assertEquals(step, RealConversations.step(talk.say("保证金怎么退", "都关了", said)), said);
    }

    /**
     * A first message telling the appeal's case with a 'not' that is the case itself (发不了, 没法发) or asks (能申诉不) is taken
     * to the case's verdict; one whose 'not' denies (快递不承认) is asked the reason.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "这款停产了 实在发不了货 被投诉扣分 能申诉不   | invalid",
        "客服标错价了 亏本没法发货 被判违规 能申诉不   | invalid",
        "扣分已经执行了 我们和买家私下和解了 想撤销掉  | invalid",
        "快递不承认是他们的问题 我要申诉               | reason",
    })
    void anAppealsCaseToldWithANot(String said, String step) {
        assertEquals(step, RealConversations.step(talk.say(said)), said);
    }

    /** A flood or a storm at the seller's own warehouse is none of the seed's invalid reasons: no 'invalid' verdict. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"台风把仓库淹了 没法按时发货", "厂房进水了 货全泡坏了 没法按时发"})
    void aFloodIsNoInvalidReason(String said) {
        assertNotEquals("invalid", RealConversations.step(talk.say("我想申诉", said)), said);
    }

    /** Cantonese 速遞 (courier), 唔關 (not of), 入錯 (typed wrong). */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "运单号要改 | 我哋自己揾嘅速遞 單號入錯咗     | modify",
        "申訴       | 係速遞公司漏咗攬收 唔關我哋事   | valid",
    })
    void cantoneseCourierWords(String before, String said, String step) {
        assertEquals(step, RealConversations.step(talk.sayAfter(before.split(" / "), said)), said);
    }

    /** "Wait, look at something for me first" (等一下 先帮我看件事) turns aside: the other flow starts and this one waits. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "买家要退货 我要跟他确认哪些     | 等一下 先帮我看件事 我想申诉          | appeal-check",
        "保证金怎么退 / 子服务都关了     | 等等 帮我看个别的 运单号填错了要改    | waybill-fix",
    })
    void waitLookAtSomethingFirstTurnsAside(String before, String said, String flow) {
        Turn t = talk.sayAfter(before.split(" / "), said);
        assertEquals(flow, t.reply().flow() == null ? null : t.reply().flow().id(), said);
        assertEquals(1, t.reply().flow().suspended().size(), said);
    }

    /** Going back to a paused flow with its step's answer beside (先回到保证金那个 订单都完结了): the answer is read there. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退 / 子服务都关了 / 运单号填错了怎么改 | 先回到保证金那个 订单都完结了 | check-complaints",
        "运单号要改 / 对了 保证金怎么退                 | 回到运单号那个 我们是线上下单的 | online",
        "运单号要改 / 顺便问下 被扣分了想申诉 / 是快递网点揽收延误 快递公司愿意盖章证明 | 回到运单号那个 我们是线上下单的 | online",
    })
    void goingBackWithTheAnswer(String before, String said, String step) {
        assertEquals(step, RealConversations.step(talk.sayAfter(before.split(" / "), said)), said);
    }

    /** Mid-walk, a question naming another topic and no more (售后一般怎么处理比较好) is asked which of its entries. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"售后一般怎么处理比较好", "纠纷这种怎么处理"})
    void anotherTopicOnlyMidWalkIsAskedWhich(String said) {
        Turn t = talk.say("保证金怎么退", "子服务都关了", said);
        assertEquals(Kind.CLARIFY, t.reply().kind(), said);
        assertEquals("check-orders", RealConversations.step(t), said);
    }

    /**
     * Wanting to appeal beside what happened, run on or beside "look at it for me" (被投诉了想申诉 帮忙看一下): the appeal
     * walk, not a fallback nor the complaint-avoiding entry by 投诉; wanting another task after what there is stays that task.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "帮我看看能不能申诉           | appeal-check",
        "被投诉了想申诉 帮忙看一下    | appeal-check",
        "买家投诉了我想申诉           | appeal-check",
        "有个投诉想申诉一下           | appeal-check",
        "有个运单号要改               | waybill-fix",
    })
    void wantingBesideWhatHappened(String said, String flow) {
        Turn t = talk.say(said);
        assertEquals(flow, t.reply().flow() == null ? null : t.reply().flow().id(), said);
    }

    /**
     * (The fresh reader of the diff) what the asking-again reads must not take: a question of its own beside it, a deed told
     * done, what the seller will tell someone else again; and its own words must not be looked up as a question (一次 ~ 补发).
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        DEPOSIT_WALKED + " | 刚才那几步可以再发我一次吗          | deposit.refund",
        DEPOSIT_WALKED + " | 再给我说一下转出在哪里点            | deposit.transfer-out",
        DEPOSIT_WALKED + " | 上面的步骤都做完了 保证金多久到账   | ",
        RETURN_WALKED + "  | 好的我跟买家再说一遍               | ",
    })
    void askingAgainAndWhatItIsNot(String before, String said, String faqId) {
        assertEquals(faqId, talk.sayAfter(before.split(" / "), said).reply().faqId(), said);
    }

    /** (The fresh reader) reconciling wanted or failed is no agreement to revoke: no 'invalid' verdict. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"想跟买家和解 但是买家不同意", "私了谈崩了", "本来要和解的 后来买家不愿意"})
    void reconcilingWantedIsNoRevoke(String said) {
        assertNotEquals("invalid", RealConversations.step(talk.say("被扣分了想申诉", said)), said);
    }

    /** (The fresh reader) rain or a storm that stopped the courier is the courier's cause, as at the start. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"台风天快递停运了", "快递员把货泡了水"})
    void weatherAtTheCourierIsTheCouriers(String said) {
        assertEquals("valid", RealConversations.step(talk.say("被扣分了想申诉", said)), said);
    }

    /** (The fresh reader) going back with a question beside it asks, and moves nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"继续 订单都完结了？", "回到保证金 订单是不是都完结了"})
    void goingBackWithAQuestionMovesNothing(String said) {
        String[] before = {"保证金怎么退", "子服务都关了", "对了 顺便问下运单号填错了怎么改", "自己联系的物流", "填错了"};
        assertEquals("check-orders", RealConversations.step(talk.sayAfter(before, said)), said);
    }

    /**
     * (Noticed by the fresh reader) a verdict that needs a fact told (needs-sign) is not read from a faint likeness of words
     * (买家一直不回消息 没法和解 ~ 定制商品没法按时发 was told 申诉无效); a sign told still gives it (少打了个0).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "买家一直不回消息 没法和解                       | reason",
        "我们客服改价的时候少打了个0 这价发不了          | invalid",
    })
    void aVerdictNeedsAFactNotAFaintLikeness(String said, String step) {
        assertEquals(step, RealConversations.step(talk.say("被扣分了想申诉", said)), said);
    }
}
