package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of message the blind batch 4900–4959 found misread (written in the thirty-sixth session, read in the
 * thirty-seventh): each row is another phrasing of the class than the script's own, so the fix is for the class. Every
 * row fails at ca58afe6 except those marked as guards.
 */
class ReadBatchTwentyOneTest {
    private static final RealConversations talk = new RealConversations();
    private static final String WALKED_TO_TRANSFER = "保证金怎么退 子服务都关了 订单都完结了 也没有投诉/最后一单9月就成功了";

    /**
     * The task asked (保证金怎么退) beside its first step told done in the words of that step's own entry (买家保障的子服务我都
     * 关了) starts the walk past that step: it had been answered with the entry on doing the step the seller says is done.
     * A question about the step's own thing is not the task asked.
     */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "保證金怎麼退 買家保障的子服務都關了        | FLOW | check-orders",
        "押金咋退啊 买家保障的子服务我全关掉了      | FLOW | check-orders",
        "请问保证金怎么退 买家保障子服务我关完了    | FLOW | check-orders",
        "保证金怎么退 买家保障子服务全部关掉了      | FLOW | check-orders",
        // (guards, as at the start: the step not done, a doubt, a part closed)
        "保证金怎么退 买家保障的子服务我还没关      | FAQ  | ",
        "保证金怎么退 买家保障的子服务应该都关了吧  | FLOW | close-services",
        "保证金怎么退 买家保障的子服务关了一些      | FLOW | close-services",
    })
    void theTaskAskedBesideItsFirstStepDone(String said, Kind kind, String step) {
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals(step, RealConversations.step(t), said);
    }

    /**
     * Small talk right after a walk's end (好的谢谢, 好嘞) leaves the end standing for the question after it: 转出以后钱去哪了
     * is the transfer-out entry, as right after the end; it had walked the deposit again from its first step. A correction
     * after the thanks still goes back to the step answered.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "好的谢谢/转出以后钱去哪了   | FAQ  | deposit.transfer-out",
        "好嘞/那转出按钮在哪         | FAQ  | deposit.transfer-out",
        "谢谢/解冻要几天             | FAQ  | deposit.transfer-out",
        // (a fresh reader's, in Cantonese: 喺边 is 在哪)
        "收到/转出按钮喺边           | FAQ  | deposit.transfer-out",
        "谢谢/不对 最后一单是11月20号 | FLOW | ",
    })
    void smallTalkAfterTheEndKeepsIt(String after, Kind kind, String faqId) {
        String[] turns = (WALKED_TO_TRANSFER + "/" + after).split("/");
        Turn t = talk.say(turns);
        assertEquals(kind, t.reply().kind(), after);
        assertEquals(faqId, t.reply().faqId(), after);
        if (kind == Kind.FLOW) {
            assertEquals("check-aftersales-window", RealConversations.step(t), after);
        }
    }

    /** The same after an appeal or waybill walk: the end's own entry, or the end beside it, answers the follow-up. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "判罚我不服/快递丢件了 不是我们的问题/好的 谢谢/没有公章怎么办 | appeal.valid",
        "自己联系的物流 运单号填错了 在哪改/好的谢谢/那没填的呢         | waybill.fill-missing",
    })
    void smallTalkAfterOtherEnds(String said, String faqId) {
        Turn t = talk.say(said.split("/"));
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals(faqId, t.reply().faqId(), said);
    }

    /**
     * "And that one?" (那补发的呢) right after an end's entry was answered, however that answer was reached (a follow-up
     * after the walk), is the end beside it, for the case the walk told: it had been a clarify with a single option.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "自己联系的快递 单号填错了 怎么改/那没填的呢/那补发的呢         | waybill.reship",
        "自己联系的物流 订单补发了 单号怎么改/那没填的呢/那补发的呢      | waybill.reship",
        // (a guard, as at the start: right after the walk's own end)
        "我自己叫的顺丰 发货时忘填单号了 怎么补/那补发的呢              | waybill.reship",
    })
    void theEndBesideTheOneAnswered(String said, String faqId) {
        Turn t = talk.say(said.split("/"));
        assertEquals(Kind.FAQ, t.reply().kind(), said);
        assertEquals(faqId, t.reply().faqId(), said);
    }

    /**
     * "And the wrong-number case?" (那填错的呢) right after the waybill walk ended at another case of the seller's own courier
     * is the modify entry as it is: the way of shipping was told. It had walked again from "how was it shipped?", the modify
     * entry being the walk's own starter. A new question, not a follow-up, still walks.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "发货的时候没填运单号 自己联系的快递 怎么补/那填错的呢          | FAQ",
        "订单要补发 自己联系的快递 运单号咋弄/那填错的呢                | FAQ",
        "我自己叫的顺丰 发货时忘填单号了 怎么补/那单号填错的那种呢      | FAQ",
        // (a guard, as at the start)
        "发货的时候没填运单号 自己联系的快递 怎么补/填错了怎么改        | FLOW",
    })
    void theWrongNumberCaseAfterAnotherEnd(String said, Kind kind) {
        Turn t = talk.say(said.split("/"));
        assertEquals(kind, t.reply().kind(), said);
        assertEquals("waybill.modify", t.reply().faqId(), said);
    }

    /**
     * Another case asked as "and that one?" (那要补发的话呢, 补发的呢) right after the waybill walk ended at the online end — the
     * seller shipped on the logistics platform — is the online entry: the way told still holds, and the other cases' answers
     * are the own courier's (a fresh reader's high find: after thanks it had been the own-courier steps). Another way named
     * (那自己联系快递的呢) is walked as ever; after a walk cancelled, no way was told.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "运单号填错了咋改/在1688物流平台下单发的/谢谢/那要补发的话呢 | FAQ  | waybill.online",
        "运单号写错了/线上下单的/谢谢/补发的呢                        | FAQ  | waybill.online",
        "运单号写错了/物流平台发的/那没填的呢                         | FAQ  | waybill.online",
        "运单号填错了怎么改/算了/那补发的呢                           | FLOW | waybill.modify",
        // (a guard, as at the start)
        "运单号写错了/线上下单的/那自己联系快递的呢                   | FLOW | waybill.modify",
    })
    void anotherCaseAfterTheOnlineEnd(String said, Kind kind, String faqId) {
        Turn t = talk.say(said.split("/"));
        assertEquals(kind, t.reply().kind(), said);
        assertEquals(faqId, t.reply().faqId(), said);
    }

    /**
     * A fragment that could mean one entry only (支付宝呢, 补发) is that entry, or its flow when the flow asks its case
     * first: never a clarify, which offers two or more. A fragment that could mean several is still asked which.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "支付宝呢     | FAQ     | alipay.change",
        "那个48小时的 | FAQ     | deposit.shipping-subservices",
        "补发         | FLOW    | waybill.modify",
        // (guards, as at the start)
        "凭证         | CLARIFY | ",
        "运单呢       | CLARIFY | ",
    })
    void aFragmentOfOneEntry(String said, Kind kind, String faqId) {
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals(faqId, t.reply().faqId(), said);
        if (kind == Kind.CLARIFY) {
            assertNotEquals(1, t.reply().options().size(), said);
        } else {
            // (how sure the one entry is: not the declined retrieval's none)
            org.junit.jupiter.api.Assertions.assertTrue(t.reply().confidence() > 0, said);
        }
    }

    /**
     * Thanks beside going off to ask someone else whether something holds (好的谢谢 我去问问买家快递有没有要求) is small talk
     * that keeps the step, as thanks beside going off always is: the whether-question it carries is the seller's to ask, not
     * one to us. It had been read as a question, and the thanks went unanswered. Going off alone is a turn of the walk.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "好的谢谢 我去问问买家快递有没有要求     | SMALLTALK",
        "好嘞谢谢 我这就去问一下仓库能不能寄中通 | SMALLTALK",
        "谢谢 我先去问问买家要不要到付           | SMALLTALK",
        // (a guard, as at the start)
        "我去问问买家快递有没有要求             | FLOW",
    })
    void thanksBesideGoingOffToAsk(String said, Kind kind) {
        Turn t = talk.say("退货要跟买家确认哪些", "地址电话都发了", said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals("shipping-fee", RealConversations.step(t), said);
    }

    /**
     * The seller's own side told handled (我这边处理完了, 我已经处理了) is no complaint case closed, nor an order ended: what the
     * platform or the buyer still has to do is not told done, so the step is asked again. It had passed the complaints step (a
     * reviewer's arguable find, 8590). Handled said plainly, or with the case closed beside it, still passes.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "都完结了/我们这边都处理好了       | check-complaints",
        "都完结了/我们这头已经处理完了     | check-complaints",
        "都完结了/咱这边处理好了啊         | check-complaints",
        "订单我这边都处理完了              | check-orders",
        // (a fresh reader's: handled by the seller with no 这边, or 处理了 alone)
        "都完结了/我们已经处理了           | check-complaints",
        "都完结了/我处理完了               | check-complaints",
        "都完结了/店里已经处理过了         | check-complaints",
        "都完结了/我们这边都处理了         | check-complaints",
        // (guards, as at the start)
        "都完结了/处理完了                 | check-aftersales-window",
        "都完结了/我这边都处理完了 投诉也结案了 | check-aftersales-window",
    })
    void theOwnSideHandled(String said, String step) {
        assertEquals(step, talk.stepAfter(("保证金怎么退/都关好了/" + said).split("/")), said);
    }

    /**
     * No courier specified (没有指定快递, 快递没指定) is no requirement on the courier, as 没要求 and 不限 are: agreed, not a 'not
     * yet'. At the deadline step it had sent the walk back to the fee step, and beside the payer it had been asked again
     * (a fresh reader's). The courier still to be fixed (快递还没指定) keeps the fee step.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "运费到付/没有指定快递        | deadline-condition",
        "运费我们出/快递没指定 随便他 | deadline-condition",
        "运费到付 没有指定快递        | deadline-condition",
        // (guards, as at the start)
        "到付 买家没指定快递          | deadline-condition",
        "运费到付 快递还没指定        | shipping-fee",
    })
    void noCourierSpecified(String said, String step) {
        assertEquals(step, talk.stepAfter(("退货要跟买家确认哪些/地址电话收件人都发了/" + said).split("/")), said);
    }

    /**
     * Cantonese going off to ask (我問吓買家先, 我問吓老闆運費點算: 问吓 is 问一下) keeps the step: the first had passed the fee
     * step as if agreed, the second had been "I cannot answer that" (a fresh reader's).
     */
    // (唔該 is thanks: since the thirty-eighth session thanks beside going off is small talk, the step kept — the team's
    // rule, 1158; the thirty-ninth read 我問吓老闆… without 去 as going off, so the row's kind follows that rule)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "我問吓買家先                    | FLOW",
        "唔該，我問吓老闆運費點算        | SMALLTALK",
    })
    void cantoneseGoingOffToAsk(String said, Kind kind) {
        Turn t = talk.say("退货要跟买家确认哪些", "地址电话收件人都发了", said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals("shipping-fee", RealConversations.step(t), said);
    }

    /**
     * Cantonese 落单 is 下单: the way of shipping told in a waybill question (我哋系線上落單嘅) ends the walk at the online end,
     * as the Mandarin does; it had been asked how the goods were shipped (a fresh reader's).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "單號打錯咗，我哋系線上落單嘅",
        "我哋喺物流平台落單嘅 單號點改",
    })
    void cantoneseOrderPlacedOnline(String said) {
        assertEquals("online", RealConversations.step(talk.say(said)), said);
    }

    /**
     * At a step choosing among cases, how to do the one named (那补发的怎么搞, 没填的怎么补, 线上下单的怎么改) picks it: the end it
     * leads to tells how. The first had been asked again as unclear (a fresh reader's), the others answered beside the step,
     * the walk left waiting for an answer already given. A guess (可能要补发吧) or an aside is not picked.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "运单号怎么改/自己联系的快递/那补发的怎么搞       | reship",
        "运单号怎么改/自己联系的快递/没填的怎么补         | fill-missing",
        "运单号怎么改/线上下单的怎么改                    | online",
        // (guards, as at the start)
        "运单号怎么改/自己联系的快递/可能要补发吧 怎么弄  | self-situation",
        "判罚我不服/另外问下 怎么避免投诉                 | reason",
    })
    void howToDoTheCaseNamed(String said, String step) {
        assertEquals(step, RealConversations.step(talk.say(said.split("/"))), said);
    }

    /**
     * "And the discontinued case?" (那停产的呢) right after the appeal walk ended at valid, a case its first step chooses told by
     * its facts, is the invalid entry: retrieval finds nothing for so few words, and it had been "I cannot answer that" (a
     * fresh reader's, both builds), though the seed lists it. "And the others?" names no case.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "判罚我不服/快递丢件了 不是我们的问题/那停产的呢       | FAQ",
        "判罚我不服/快递丢件了 不是我们的问题/好的/那停产的呢  | FAQ",
        // (a guard, as at the start)
        "判罚我不服/快递丢件了 不是我们的问题/那其他的呢       | FALLBACK",
    })
    void anotherCaseOfTheFirstStepAfterTheEnd(String said, Kind kind) {
        Turn t = talk.say(said.split("/"));
        assertEquals(kind, t.reply().kind(), said);
        if (kind == Kind.FAQ) {
            assertEquals("appeal.invalid", t.reply().faqId(), said);
        }
    }

    /**
     * 要是 supposes (那要是客服报错价了呢: "and if customer service quoted the wrong price?"): no wanting of a person, though 要
     * and 客服 stand in it. It had been handed off (found by the session, both builds). 要 wanting one still is.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "那要是客服报错价了呢                                       | false",
        "判罚我不服/快递丢件了 不是我们的问题/那要是客服报错价了呢  | false",
        // (guards, as at the start)
        "我要人工客服                                               | true",
        "要找客服                                                   | true",
    })
    void supposingIsNoHandoff(String said, boolean handedOff) {
        Turn t = talk.say(said.split("/"));
        assertEquals(handedOff, t.reply().kind() == Kind.HANDOFF, said);
    }

    /**
     * The courier's cause asserted (我们这个是快递公司原因) beside the seller's will denied (不是我们想延迟的), asked whether it
     * can be appealed, is the appeal walked to the valid end: it had been answered with the valid list, as the courier's
     * cause only asked about (是快递原因吗, 那快递原因导致的呢) still is.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "我们这个是快递公司原因 不是我们想延迟的 能申诉吗 | FLOW | valid",
        "是物流原因 也不是我们愿意晚发的 可以申诉吗      | FLOW | valid",
        "这单是快递公司原因 能申诉吗                      | FLOW | valid",
        // (guards, as at the start)
        "是快递原因吗 能申诉吗                            | FAQ  | ",
        "快递原因导致的能申诉吗                           | FAQ  | ",
    })
    void theCouriersCauseAsserted(String said, Kind kind, String step) {
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals(step, RealConversations.step(t), said);
    }
}
