package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A step that asks about several things together ({@code items}: the return address, the receiver, the
 * phone) is not answered "all met" by a reply telling of one of them (退货地址已经发给买家了): the step asks
 * again. A reply naming them all, or with a word for all of them (都, 也, 什么的), is.
 */
class ItemsToldInPartTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{1} at {0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "买家要退货，要跟他确认什么                         | 退货地址已经发给买家了                 | address",
        "买家要退货，要跟他确认什么                         | 地址发他了                             | address",
        "买家要退货，要跟他确认什么,地址电话都给了,运费说好到付 | 退货时间说好了，一周内寄出             | deadline-condition",
        "买家要退货，要跟他确认什么,地址电话都给了,运费说好到付 | 吊牌和包装不能拆他知道                 | deadline-condition",
        // all of them, or a word for all
        "买家要退货，要跟他确认什么                         | 地址 收件人 电话都发过去了 他说收到    | shipping-fee",
        "买家要退货，要跟他确认什么                         | 收货地址和联系人电话我发过去了，买家回了个OK | shipping-fee",
        "买家要退货，要跟他确认什么                         | 地址什么的客服已经和买家对好了         | shipping-fee",
        // the receiver's name goes with the address: 地址电话 is the whole, as sellers say it
        "买家要退货，要跟他确认什么                         | 地址电话确认好了                       | shipping-fee",
        "买家要退货，要跟他确认什么,地址电话都给了,运费说好到付 | 要求他5天内寄出，吊牌不能剪、原包装退回，他答应了 | wangwang",
        "买家要退货，要跟他确认什么,地址电话都给了,运费说好到付 | 说了这周五前寄出，衣服不能洗过穿过，吊牌要在 | wangwang",
        // "agreed" said of the last step's things only is not this step's answer
        "买家要退货，要跟他确认什么,地址电话都给了,运费我们来承担 | 也说好了让他发中通，到付，别的快递我们不收 | deadline-condition",
        // a thing forgotten (电话忘给他了) is not done
        "买家要退货，要跟他确认什么                         | 退货地址和收货人名字发过去了，电话忘给他了 | address",
    })
    void aPartIsNotAll(String opening, String reply, String step) {
        assertEquals(step, talk.stepAfterReply(opening.split(","), reply), reply);
    }

    /**
     * The things told over several replies are all told: a part is kept (and the rest asked for by name, with no step
     * towards the hand-off), and "all met" said of the rest then meets the step.
     */
    @ParameterizedTest(name = "{1}, then {2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "买家要退货，要跟他确认什么                         | 退货地址已经发给买家了 | 联系电话也对过了     | shipping-fee",
        "买家要退货，要跟他确认什么,地址电话都给了,运费说好到付 | 吊牌和包装不能拆他知道 | 一周内寄回 讲好了    | wangwang",
        // the rest told with a word for having told it, however faintly like "agreed" (时间也定了)
        "买家要退货，要跟他确认什么,地址电话都给了,运费说好到付 | 吊牌包装说了         | 时间也定了，月底前寄回 | wangwang",
        // a part told again is still a part
        "买家要退货，要跟他确认什么                         | 地址发他了             | 收货地址他确认过了   | address",
        // the rest named with a 'not' is not told
        "买家要退货，要跟他确认什么                         | 地址发他了             | 电话也没给           | address",
        // the rest left as not yet told whether it is wanted (有没有要求还没讲) is told of, not asked about
        "退货的事怎么跟买家谈,地址收件人电话那些早就发过去了 | 运费说好他先付了，快递有没有要求还没讲 | 快递随便他选，这个也跟他说了 | deadline-condition",
    })
    void partsToldOverSeveralRepliesAreAll(String opening, String first, String then, String step) {
        String[] said = (opening + "," + first).split(",");
        Turn part = talk.say(said);
        assertTrue(part.reply().text().contains("还有"), part.reply().text());
        assertEquals(0, part.session().unreadable(), "a part told is understood");
        String[] all = (opening + "," + first + "," + then).split(",");
        assertEquals(step, RealConversations.step(talk.say(all)), then);
    }
}
