package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At a choice step, the case a seller tells beside a question (那款已经停产了，这种还能申诉吗) is the
 * answer the question wants: the step moves to it. Not when the case is a guess, nor when what reads
 * like a case is only "something else" (先问个别的, which is a digression), nor on a rhetorical 哪可能.
 */
class CaseBesideAQuestionTest {
    private static final String APPEAL = "发货扣分的处罚有异议，怎么申诉";
    private static final String WAYBILL = "运单号有问题 想改一下";
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "那款厂家已经停产了 这种情况还能申诉吗                     | invalid",
        "订做的货哪可能两天做好 链接却勾成了48小时发货 这个能申诉吗 | invalid",
        "估计是快递揽收晚了吧 这种能申诉吗                         | reason",
        "先问个别的 现货安心购怎么退出                             | reason",
    })
    void atTheAppealReason(String reply, String step) {
        assertEquals("reason", talk.stepAfter(APPEAL));
        assertEquals(step, talk.stepAfter(APPEAL, reply), reply);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "是我自己打电话叫的圆通 改完买家能看到吗 | self-situation",
    })
    void atHowItWasShipped(String reply, String step) {
        assertEquals("how-shipped", talk.stepAfter(WAYBILL));
        assertEquals(step, talk.stepAfter(WAYBILL, reply), reply);
    }

    /** An option's own words beside a question (都关了 关完多久能退到账？) answer the step. */
    @org.junit.jupiter.api.Test
    void anOptionsOwnWordsBesideAQuestionAnswerTheStep() {
        assertEquals("check-orders", talk.stepAfter("保证金怎么退", "都关了 关完多久能退到账？"));
        assertEquals("close-services", talk.stepAfter("保证金怎么退", "关完多久能退到账？"));
    }
}
