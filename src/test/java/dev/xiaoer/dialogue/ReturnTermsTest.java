package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At the return's fee step, an agreed split (一人一半) and "in the end" (最后还是) say no part and no
 * 'still', nor does a split told as settled (各出一半, 返他一半); "later, when" (到时候) is a part only as
 * "decide later" (到时候再说); agreeing verbs agree; a proposal (各出一半吧) agrees nothing.
 */
class ReturnTermsTest {
    private static final String[] AT_FEE = {"买家要退货 我要跟他约定哪些", "地址电话都发给他了"};
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "最后还是谈拢了 运费一人一半 快递他自己挑           | deadline-condition",
        "他先垫付运费 我们到时候返他 已经说定了             | deadline-condition",
        "刚谈妥了，运费一人一半，他先垫付寄顺丰，我收到货把一半打给他 | deadline-condition",
        "运费的事到时候再说吧                               | shipping-fee",
        // agreement said in so many words stands beside terms that read as two payers
        "说好了他出运费，到付，快递随便他选                 | deadline-condition",
        "运费他出，到付给我们                               | shipping-fee",
        "他还没答应                                         | shipping-fee",
        "最后还是没谈拢 运费谁出他不松口                    | shipping-fee",
        "最后商量好了各出一半 他先付 我再返他一半 快递随他选 | deadline-condition",
        "问了 他先付运费 快递没要求                         | deadline-condition",
        // a proposal is not what was agreed
        "各出一半吧                                         | shipping-fee",
        "那就到付吧                                         | shipping-fee",
        "他只肯出一半                                       | shipping-fee",
        // "any courier will do" is a term; a buyer who says "whatever" names no payer
        "運費講好了 到付 快遞他說隨便哪家都行               | deadline-condition",
        "买家说随便                                         | shipping-fee",
        // the courier alone names no payer (the seed's 运费承担方 and 快递是否有要求)
        "他说随便什么快递都行                               | shipping-fee",
        // no courier required, told by the seller (快递不指定, 快递随便他): the courier told, the payer still asked
        "运费买家出，快递不指定                             | deadline-condition",
        "运费买家出，快递随便他                             | deadline-condition",
        "快递随便他，不指定，运费也跟他讲了                 | deadline-condition",
        "运费还没谈，快递不指定                             | shipping-fee",
        // the agreement waved off as needless is none (the seed: 运费承担方 agreed up front)
        "不用约定吧，买家自己会寄                           | shipping-fee",
        "运费没必要谈 他自己寄回来就行                      | shipping-fee",
        // an exception in a permission (除了顺丰都行) is a term agreed, not a part
        "讲定了运费我们承担 到付 除了顺丰都行               | deadline-condition",
    })
    void aShareOfTheFeeIsAnAgreement(String reply, String step) {
        assertEquals("shipping-fee", talk.stepAfter(AT_FEE));
        assertEquals(step, talk.stepAfterReply(AT_FEE, reply), reply);
    }
}
