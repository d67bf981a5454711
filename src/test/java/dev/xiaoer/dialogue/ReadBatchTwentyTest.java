package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batch 3600–3659 found misread (written in the thirty-fifth session, read in the
 * thirty-sixth): each row is another phrasing of the class than the script's own, so the fix is for the class.
 */
class ReadBatchTwentyTest {
    private static final RealConversations talk = new RealConversations();
    private static final String[] AT_REASON = {"判罚我不服"};
    private static final String[] AT_DEADLINE = {"退货要和买家确认哪些", "地址电话都发了", "运费我们出 到付 快递不限"};

    /**
     * An acknowledgement alone (好滴, 收到) right after a side answer in a walk (how to close 官方直送) takes it in and keeps
     * the step: it had been asked again as an unclear answer, one more towards the hand-off. Thanks stay small talk.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "好滴    | FLOW",
        "收到    | FLOW",
        "知道了  | FLOW",
        "收到收到 | FLOW",
        "好的好的 | FLOW",
        // (a guard, as at the start)
        "谢谢    | SMALLTALK",
    })
    void anAcknowledgementAfterASideAnswer(String said, Kind kind) {
        Turn t = talk.say("保证金退回", "官方直送在哪关", said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals("close-services", RealConversations.step(t), said);
        assertEquals(0, t.session().unreadable(), said);
    }

    /**
     * The refund named beside "the others are closed, the shipping-time one cannot be" (退保证金 别的子服务都关了 就72小时发货那个关不了)
     * is the walk past its first step: it had been answered with the shipping-time entry. Asked as a question, it still is.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "退保证金 别的子服务都关了 就72小时发货那个关不了       | FLOW | check-orders",
        "保证金退回 其它服务全关了 只剩24小时发货的关不掉       | FLOW | check-orders",
        // (guards, as at the start)
        "保证金怎么退 除了24小时发货 其他子服务都关完了         | FLOW | check-orders",
        "保证金退回 48小时发货关不掉怎么办                      | FAQ  | ",
    })
    void theRefundBesideTheExemptServiceLeft(String said, Kind kind, String step) {
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals(step, RealConversations.step(t), said);
    }

    /**
     * The walk begun right after the answer on the shipping-time services (5天发货那个服务需要关吗 → 保证金咋退) reads "the
     * others are closed" (其他的都关完了) as all: it had been asked again. After the 官方直送 answer "the others" leave it open.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "5天发货那个服务需要关吗/保证金咋退/其他的都关完了       | check-orders",
        "72小时发货服务关不掉怎么办/那保证金还能退吗/其余的都关好了 | check-orders",
        // (a guard, as at the start)
        "官方直送怎么关/那保证金怎么退/其他的都关了             | close-services",
    })
    void theOthersAfterTheExemptAnswer(String said, String step) {
        assertEquals(step, talk.stepAfter(said.split("/")), said);
    }

    /**
     * An earlier step's thing told wrong at a later step (收件人电话发错了, 地址我写错了 at the deadline step) goes back to that
     * step's 'not yet': it had been asked again at the deadline step, as if the address were confirmed.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "收件人电话发错了            | address",
        "地址我写错了 少写了门牌号   | address",
        "等等 手机号给错了           | address",
        "地址填错了                  | address",
        "電話號碼打錯咗              | address",
        // (guards, as at the start; the last two, told mended, had gone back in the day's first build)
        "电话没问题                  | deadline-condition",
        "退货时间还没说              | deadline-condition",
        "电话之前发错了 已经改过来了 | deadline-condition",
        "地址发错了 不过已经重新发给他了 | deadline-condition",
    })
    void anEarlierThingToldWrong(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_DEADLINE, said), said);
    }

    /**
     * 1688 named in a clause of its own (1688上的 自己联系的快递 单号写错了) says where, not how it was shipped: the way and the
     * case told beside it end the walk at once. It had been asked how it was shipped, the online way's likeness by 1688.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "1688上的 自己联系的快递 单号写错了   | modify",
        "1688的 自己找的快递 运单号打错了     | modify",
        // (guards, as at the start)
        "阿里巴巴的单 自己叫的顺丰 运单号填错了 | modify",
        "1688的 在物流平台下的单 单号填错了   | online",
    })
    void ourPlatformNamedInAClauseOfItsOwn(String said, String step) {
        Turn t = talk.say(said);
        assertEquals(step, RealConversations.step(t), said);
        assertEquals(true, t.reply().flow().done(), said);
    }

    /**
     * 1688 named alone as the answer to "how was it shipped?" (1688的) is no online order: asked again. It had ended the walk
     * at the online answer (a fresh reader's find, both builds). The platform's logistics named is that way.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "运单号要改/1688的                      | how-shipped",
        // (guards, as at the start)
        "运单号写错了/1688上的/自己联系的物流   | self-situation",
        "运单号要改/1688物流平台下的单          | online",
    })
    void ourPlatformNamedAloneAtHowShipped(String said, String step) {
        assertEquals(step, talk.stepAfter(said.split("/")), said);
    }

    /**
     * Right after the waybill walk ended at the modify answer, "and the other case?" (那补发的呢, 那漏填的呢) asks of another end
     * of the same situation step, the way of shipping told already: that entry answers it. It had been offered a choice; a
     * case supposed beside another way (那要是线上下的单呢) is still that way's entry.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "那补发的呢          | waybill.reship",
        "那漏填的呢          | waybill.fill-missing",
        "谢谢 那没填单号的呢 | waybill.fill-missing",
        // (a guard, as at the start)
        "那要是线上下的单呢  | waybill.online",
    })
    void theOtherCaseAfterTheWaybillEnd(String said, String entry) {
        Turn t = talk.say("自己联系的快递单号填错了", said);
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals(entry, t.reply().faqId(), said);
    }

    /**
     * (guards, as at the start: at the step asking which case it is, "and what about X?" picks X — a fresh reader found the
     * day's first build read it as a question there and asked again)
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "运单号要改/1/那补发的呢            | reship",
        "运单号怎么改/自己联系的/那没填的呢 | fill-missing",
        "运单号要改/自己联系的/那填错了的呢 | modify",
    })
    void whatAboutAtTheCaseStepPicksIt(String said, String step) {
        assertEquals(step, talk.stepAfter(said.split("/")), said);
    }

    /**
     * Our own mistake beside "not on purpose" (是我们打包的时候装错了 不是故意的) is another reason: its 不是 denied the buyer's
     * intent (买家故意找茬, 'another reason''s phrasing) and it had been asked again. "Not on purpose" alone names no reason.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "是我们打包的时候装错了 不是故意的   | other",
        "我们自己填错了规格 不是故意的       | other",
        "型号填错了                          | other",
        // (guards, as at the start)
        "我们仓库配错货了，不是有意的        | other",
        "不是故意的                          | reason",
        "我们自己发漏了 不是有意的           | other",
    })
    void ourOwnMistakeNotOnPurpose(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_REASON, said), said);
    }

    /**
     * What the complaint was beside wanting to appeal (客户投诉我们发货慢 我要申诉) starts the appeal at its reason: it had been
     * offered a choice among avoiding complaints, the invalid list and after-sales tips, found by the complaint's words.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "客户投诉我们发货慢 我要申诉",
        "买家投诉我们一直没发货 我想申诉",
        // (a guard, as at the start)
        "买家说我们发错货 投诉了 我想申诉",
    })
    void theComplaintBesideWantingToAppeal(String said) {
        Turn t = talk.say(said);
        RealConversations.assertAt(t, "appeal-check", "reason", said);
    }

    /**
     * The courier's fault told in an opening beside our own denied (快递揽收晚了 不是我们的原因 被判超时 要申诉) is the case told
     * plainly, walked to the valid step: its 'not' had been read as a doubt and the valid list answered. A 'not' that is a
     * doubt (快递不承认) still is.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "快递揽收晚了 不是我们的原因 被判超时 要申诉           | FLOW",
        // (guards, as at the start)
        "被扣分了 是物流公司弄丢的 根本不是我们的责任 想申诉   | FLOW",
        "快递的问题 但快递不承认 能申诉吗                      | FAQ",
    })
    void theCouriersFaultBesideOursDenied(String said, Kind kind) {
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), said);
        if (kind == Kind.FLOW) {
            RealConversations.assertAt(t, "appeal-check", "valid", said);
        }
    }

    /**
     * Cantonese 冇得申訴 (no appeal to be had) right after the invalid answer asks of it: the invalid entry. It had fallen back.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "咁即係冇得申訴？",
        "冇得申訴㗎？",
    })
    void noAppealToBeHadInCantonese(String said) {
        Turn t = talk.say("處罰我唔服", "同買家傾好咗 想撤銷處罰", said);
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals("appeal.invalid", t.reply().faqId(), said);
    }

    /**
     * "…, is it?" right after the invalid answer (申诉无效是吧, 所以申诉不了是吧) asks of it: the invalid entry. It had walked the
     * appeal again from its reason, asking what the seller had just told (a fresh reader's find, both builds).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "申诉无效是吧",
        "所以申诉不了是吧",
        "那就是申诉无效了对吧",
    })
    void isItAfterTheInvalidAnswer(String said) {
        Turn t = talk.say("判罚我不服", "活动价设低了 发不了货", said);
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals("appeal.invalid", t.reply().faqId(), said);
    }

    /**
     * Being penalised said again (就是被处罚了啊) is no reason: it had ended the walk at the negotiated revoke, by 处罚's
     * likeness to 撤销已执行的处罚. The revoke told by its agreement still is that case.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "就是被处罚了啊          | reason",
        // (guards, as at the start; the last two, a listed reason told beside, had been asked again in the day's build)
        "我们就是被罚了          | reason",
        "跟买家商量好了撤销处罚  | invalid",
        "就是被罚了 停产了发不了 | invalid",
        "就是被罚了，产量跟不上  | invalid",
    })
    void beingPenalisedIsNoReason(String said, String step) {
        assertEquals(step, talk.stepAfterReply(AT_REASON, said), said);
    }

    /**
     * A reply to the 安心购 clarify held by both options' phrasings (退出) picks the one it is clearly the most of: leaving,
     * not the trades after leaving. It had been read as leaving a walk, with none under way.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "退出    | anxingou.exit",
        "退出吗  | anxingou.exit",
        "我要退出 | anxingou.exit",
        "退出那个吧 | anxingou.exit",
        // (a guard, as at the start)
        "在途    | anxingou.pending-orders",
    })
    void aClarifyPickHeldByBoth(String said, String entry) {
        Turn t = talk.say("安心购", said);
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals(entry, t.reply().faqId(), said);
    }
}
