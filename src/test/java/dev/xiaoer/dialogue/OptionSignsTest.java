package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At a choice step, a story the phrasings cannot decide is read by the facts it tells (the options'
 * {@code signs}): the one option whose signs it names, when it names no other option's that leads
 * elsewhere; a sign right after a negation does not count; signs of two outcomes are two answers.
 */
class OptionSignsTest {
    private static final String WAYBILL = "运单号有问题 想改一下";
    private static final String SELF = "我这单是自己联系的圆通";
    private static final String APPEAL = "扣分处罚有异议，怎么申诉";
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "仓库打包的时候箱子破了 后来又重新寄了一箱给客户 单号得换新的 | reship",
        "录入的时候把隔壁那单的号码贴错了                           | modify",
        "发货那天太忙 单号那栏一直空着                              | fill-missing",
        "不是填错了 是包裹丢了 又重新寄了一份                       | reship",
        "有一单号码打错了 还有一单包裹丢了要重寄                    | self-situation",
        "上次那箱在路上被压坏了 我们重新给客户寄了一箱              | reship",
        "录的时候把另一单的号码贴成这单的了                         | modify",
        "那箱货路上丢了 补寄了一箱 换成新单号                       | reship",
        "单号输错了一位 得把正确的单号换上去                        | modify",
        // the facts decide when the words are nearly as like the facts' option as another (单号变了 ~ 填错)
        "之前那个包裹被退回来了 又重新发了一次 单号变了             | reship",
        "哦不对 我看错了 单号没问题 就是少发了一件要补上            | reship",
        "对，寄的时候压根没在系统里填                         | fill-missing",
        // filled in as another order's (填成另一单的, 填到别的订单上)
        "单号填成另一单的了                                         | modify",
        "单号填到别的订单上去了                                     | modify",
    })
    void aWaybillStoryIsReadByTheFactsItTells(String reply, String step) {
        assertEquals("self-situation", talk.stepAfter(WAYBILL, SELF));
        assertEquals(step, talk.stepAfter(WAYBILL, SELF, reply), reply);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "网点那几天爆仓 好几天都没来收件 我们货早就打包好了       | valid",
        "不是快递的问题 是我们那几天人手不够发晚了                 | other",
        "厂里原料断了 那款已经停产                                 | invalid",
        "活动那天价格设低了 又赶上那款缺货                         | invalid",
        "快递那边揽收晚了 但我们自己也发晚了                       | reason",
        "快递中途丢了件 而且我们那款本来就断货                     | reason",
        "买家收到说有质量问题 可我们出货前都质检过                 | other",
        "那阵子人手不够 没顾上及时发货 结果被扣分了                | reason",
        "我们仓库漏发了一件 快递那边也慢                           | reason",
        "我们交给快递晚了 快递又丢了件                             | reason",
        "买家说收到的颜色不对投诉我们，但其实我们发的就是他拍的那个色，有发货视频 | other",
        "说实话不是快递的问题，是我们仓库新来的打包员漏发了一箱     | other",
        // the facts of one reason, the words most like another of the same verdict (发不了 is like 停产了发不了)
        "主要還是活動價設太低了，虧本發不了                         | invalid",
        "主要还是工厂那批料断了，产量跟不上才没发出去               | invalid",
        // "not of the seller's will" said as 不是 is the courier option's own 非商家意愿, not a denial of it; beside our own
        // mistake it changes nothing
        "快递拒收了我们的货，不是商家意愿                           | valid",
        "价格设错了，不是商家意愿                                   | invalid",
        // the platform's ruling blamed (a reviewer's) is none of the reasons: asked again, never "invalid" for our 客服操作失误
        "平台客服操作失误 把我的单判错了                            | reason",
        // a fire or a flood is none of the seed's invalid reasons (a reviewer's: 工厂失火 was asked again until handed off)
        "工厂失火了发不了货                                         | other",
        // the courier's man getting the number wrong is the courier's fault, not a waybill to fix (a reviewer's 8305)
        "快递员把单号录错了                                         | valid",
    })
    void anAppealStoryIsReadByTheFactsItTells(String reply, String step) {
        assertEquals("reason", talk.stepAfter(APPEAL));
        assertEquals(step, talk.stepAfter(APPEAL, reply), reply);
    }

    /** How a parcel was shipped, told by where the order was placed or who was called. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "想起来了，是在1688后台的寄件页面里下的单，快递自己上门收的 | online",
        "我是在後台直接下的物流單，快遞員按單上門收的               | online",
        "你们这后台太难用了！不是在平台上下的单，是我打电话给快递站寄的 | self-situation",
        // (a reviewer's: phoning the buyer or the courier tells nothing of how it was shipped)
        "我打电话给买家确认过了，单号填错了                         | how-shipped",
    })
    void howItWasShippedIsReadByTheFactsItTells(String reply, String step) {
        assertEquals(step, talk.stepAfter(WAYBILL, reply), reply);
    }
}
