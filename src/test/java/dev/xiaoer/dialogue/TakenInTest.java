package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Right after an answer or a flow's end, a message that only takes it in (好的 我去后台改一下: an acknowledgement, what the
 * seller will now go and do or has just done) is small talk: not the menu of topics, not "I cannot answer that", not the
 * flow walked again. One that asks, turns to another matter or names another task is read as before.
 */
class TakenInTest {
    private static final RealConversations talk = new RealConversations();
    private static final String WAYBILL_DONE = "运单号填错了怎么改 / 自己联系的快递 / 单号填错了";
    private static final String DEPOSIT_DONE = "保证金怎么退 / 都关了 / 订单都完结了 / 没有投诉 / 9月";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        WAYBILL_DONE + " | 好的 我去后台改一下",
        WAYBILL_DONE + " | ok 谢谢 已经改好了",
        DEPOSIT_DONE + " | 好的 谢谢 那我过3天去点转出",
        "申诉 / 停产了   | ok 明白 那我以后及时下架",
        "怎么更换支付宝账户 | 好吧 那我知道了",
        "申诉 / 其他     | 好，我去準備一下憑證",
    })
    void takingInTheAnswerIsSmallTalk(String before, String said) {
        Reply reply = talk.say((before + " / " + said).split(" */ *")).reply();
        assertEquals(Kind.SMALLTALK, reply.kind(), said);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        WAYBILL_DONE + " | 好的 那我去退保证金",
        WAYBILL_DONE + " | 好的 我去后台改一下 改不了怎么办",
        WAYBILL_DONE + " | 好的 另外还有一单也填错了",
    })
    void notWhatAsksOrTurnsToAnotherMatter(String before, String said) {
        Reply reply = talk.say((before + " / " + said).split(" */ *")).reply();
        assertNotEquals(Kind.SMALLTALK, reply.kind(), said);
    }
}
