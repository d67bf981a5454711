package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of reply the blind batch 8200–8259 found misread (read in the twenty-third session): each row is another
 * phrasing of the class than the batch's own, so the fix is for the class. The conversation is opened by the turns before
 * the reply (separated by /).
 */
class ReadBatchFiveTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        // the exempt shipping services excepted in one breath with the rest (no comma): all closed
        "保证金怎么退                              | 除了72小时发货都关掉了                 | check-orders",
        "保证金怎么退                              | 除了发货服务那几个其他都关了           | check-orders",
        "保证金怎么退                              | 24小时发货以外的服务都关掉了           | check-orders",
        "保证金怎么退                              | 除了48小时发货都还开着                 | close-services",
        // the facts, then a conclusion asking to be confirmed: the facts are read
        "保证金怎么退                              | 子服务全部关掉了官方直送也没开过这样应该可以了吧 | check-orders",
        "保证金怎么退                              | 应该没问题吧                           | close-services",
        // "let me look again" is going to check, not a stop
        "保证金怎么退 / 子服务都关了               | 应该都完成了 等我再看看                | check-orders",
        // a clause going on about a later step's thing is that step's (the buyer's withdrawal of the complaint)
        "保证金怎么退 / 子服务都关了               | 订单都完成了 有一个投诉没结案 买家说下周撤 | check-complaints",
        // an orders clause going on in the states a sale ends in is the orders', not the 30-day step's
        "保证金怎么退                              | 子服务都关了 订单我看过了 都是成功或者关闭 | check-complaints",
        // 现在处理完了: the 在 of 现在 is no 'being handled'
        "保证金怎么退 / 子服务都关了 / 订单都完结了 | 现在处理完了                          | check-aftersales-window",
        // the place looked in (售后管理) owns the complaints told of
        "保证金怎么退 / 子服务都关了 / 订单都完结了 | 售后管理里面一个投诉都没有             | check-aftersales-window",
        // a no-sale told of the states a sale ends in, beside the "none since" it repeats
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 9月20号之后没单了 成交的也没有      | transfer-out",
        // 成交 is a sale, not a deposit paid (交的)
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 8月以后就没有成交的了               | transfer-out",
        // a request only meant, then given up (本来想…算了不需要), is no stop of the walk
        "保证金怎么退                              | 本来想找人工的 算了不需要 服务都关好了 | check-orders",
        // a first belief taken back by what was found (起初以为…后来发现…): what was found
        "扣分处罚有异议，怎么申诉                  | 起初以为是没货了 后来发现是快递网点爆仓没揽收 | valid",
        // a price typed wrong or sold too cheap to ship is the invalid price case
        "扣分处罚有异议，怎么申诉                  | 店員打錯價 賣太平冇得發                | invalid",
        // the address named for all its things (地址什么的, 地址那些): the receiver and the phone go with it
        "买家要退货 我要跟他确认哪些               | 收货地址什么的确认了                   | shipping-fee",
        // an address written wrong is no waybill number written wrong: asked again, never the wrong-number answer
        "运单号有问题 想改一下 / 我这单是自己联系的圆通 | 收货地址填错了                    | self-situation",
        // (the twenty-third session's reviewer) a day soon to come is no past day, not last year's: never "all met"
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 最后那单12月20号才确认收货     | check-aftersales-window",
        // (the reviewer) almost, a wish, or a condition then what the seller will do is no condition met
        "保证金怎么退 / 子服务都关了               | 订单几乎全部完结了                     | check-orders",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 | 我也希望投诉都结案了                  | check-complaints",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 过了30天了我就退                | check-aftersales-window",
        // (the reviewer) the earliest sales past 30 days say nothing of the last; the last named beside them does
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 最老的那单都三个月了              | check-aftersales-window",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 头一单早就超过了                  | check-aftersales-window",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 第一单是去年的 最后一单也是9月的 | transfer-out",
        // (the reviewer) passing only later, or about to be done, is not yet
        "保证金怎么退                              | 就快关好了                             | close-services",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 最后那单快超了                    | check-aftersales-window",
        // (the reviewer) the seller's part done, the case still with the platform; shipped, not yet a trade's end
        "保证金怎么退 / 子服务都关了 / 订单都完结了 | 投诉我这边回复了 待结案              | check-complaints",
        "保证金怎么退 / 子服务都关了               | 订单发货都完成了                       | check-orders",
        // (a fresh reader of the change) how long since is no 'none'; this month named is recent; a contrast after a later
        // step's clause turns back; a count done so far is not all done; 就当天 is no pretence
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 8月以后就没有成交了，关闭的也没过多久 | check-aftersales-window",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 / 没有投诉 | 最后一单是12月初的                | check-aftersales-window",
        "保证金怎么退 / 子服务都关了               | 都完结了，投诉也没有，不过还有两个没签收 | check-orders",
        "保证金怎么退 / 子服务都关了 / 订单都完结了 | 投诉现在处理完两个了                  | check-complaints",
        "保证金怎么退                              | 我就当天全关了                         | check-orders",
        // (the reviewer) one character alone that is no bare yes or no (有 at "are they all finished?") is asked again
        "保证金怎么退 / 子服务都关了               | 有啊                                   | check-orders",
    })
    void readAsItsWordsSay(String before, String reply, String step) {
        assertEquals(step, talk.stepAfterReply(before.split(" / "), reply), reply);
    }

    /** A question about the end just reached that retrieval could also give another entry gets the end's own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"转出来的钱到哪里 是支付宝吗", "钱转出来到哪 支付宝?"})
    void theEndsOwnEntryAnswersAQuestionAboutIt(String asked) {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单都完结了", "没有投诉", "最后一单是8月份的", asked);
        assertEquals("deposit.transfer-out", t.reply().faqId(), asked);
    }

    /** A plan about what the end just told the seller to do is taken in, beside a request declined. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"行 我去整理下凭证", "不需要人工 我去找找凭证"})
    void aPlanAboutWhatTheEndSaidIsTakenIn(String said) {
        Turn t = talk.say("扣分处罚有异议，怎么申诉", "是我们自己仓库打包的时候放错了货", said);
        assertEquals(Kind.SMALLTALK, t.reply().kind(), said);
    }

    /** Right after the fill-missing answer, where to do it is that answer; what it costs is not told there. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"在哪个后台补填啊 | waybill.fill-missing", "补填要收费吗 | "})
    void whereAfterTheEndIsTheEndsEntry(String asked, String faqId) {
        Turn t = talk.say("运单号有问题 想改一下", "我这单是自己联系的圆通", "发货时候忘了填单号", asked);
        assertEquals(faqId, t.reply().faqId(), asked);
    }

    /** What to do when the courier will not give the proof the seed does not say: not the valid list again. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"快递不肯开证明怎么办"})
    void whatToDoWhenRefusedIsNotTheEndsEntry(String asked) {
        Turn t = talk.say("扣分处罚有异议，怎么申诉", "快递网点没来揽收 能给我开证明", asked);
        org.junit.jupiter.api.Assertions.assertNotEquals("appeal.valid", t.reply().faqId(), asked);
    }

    /** Where to hand in the proof the seed does not say: declined, not the valid list again. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"盖章的证明要从什么入口提交"})
    void whereToHandInTheProofIsDeclined(String asked) {
        Turn t = talk.say("扣分处罚有异议，怎么申诉", "快递网点没来揽收 能给我开证明", asked);
        assertEquals(Kind.FALLBACK, t.reply().kind(), asked);
    }

    /** Which Alipay account the deposit goes back to once it was changed, new or old, the seed never says: declined. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"换完以后保证金是打到新的那个还是旧的"})
    void whichAccountAfterAChangeIsDeclined(String asked) {
        Turn t = talk.say("支付宝怎么换", asked);
        assertEquals(Kind.FALLBACK, t.reply().kind(), asked);
    }

    /** An acknowledgement alone after an answer is taken in, whatever out-of-scope question its words are near. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"好的 明白了"})
    void anAcknowledgementAloneIsTakenIn(String said) {
        assertEquals(Kind.SMALLTALK, talk.say("怎么避免被投诉", said).reply().kind(), said);
    }

    /** Which cases an appeal succeeds or fails in is the entry's list, not the walk from its first step. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"申诉被扣分的 哪种情况能申诉成功 | appeal.valid", "发货扣分 哪些是申诉了也白搭的 | appeal.invalid"})
    void whichCasesIsTheList(String asked, String faqId) {
        Turn t = talk.say(asked);
        assertEquals(faqId, t.reply().faqId(), asked);
        assertEquals(null, RealConversations.step(t), asked);
    }

    /** A term told with a 'not' in it (包装说好了不能拆) is told: only what is left is asked for, and its answer ends the list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"包装说好了不能拆 退货时间还没定"})
    void aTermWithANotInItIsTold(String said) {
        Turn t = talk.say("买家要退货 我要跟他确认哪些", "地址电话都发给他了", "运费我们出 快递随他", said, "定好了 七天内寄回");
        assertEquals("wangwang", RealConversations.step(t), said);
    }

    /** A plan naming another matter's thing after a walk's end is that matter, not taken in (好的 我去换支付宝账号). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"好的 我去换支付宝账号"})
    void aPlanOfAnotherMatterIsNotTakenIn(String said) {
        Turn t = talk.say("保证金怎么退", "子服务都关了", "订单都完结了", "没有投诉", "最后一单是8月份的", said);
        assertEquals("alipay.change", t.reply().faqId(), said);
    }
}
