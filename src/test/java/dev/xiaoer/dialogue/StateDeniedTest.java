package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "None in a state still under way" said without a 的 to close it (没有在途订单) or with a bare 没 (没在途的): the state is
 * denied, not asserted, so beside "all done" the orders step moves on; alone it says nothing of the other states, and
 * 还没在途 (not even sent yet) or a state asserted in another clause keeps the step.
 */
class StateDeniedTest {
    private static final String[] AT_THE_ORDERS = {"保证金怎么退", "子服务都关了"};
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "都完成了 没在途的                    | check-complaints",
        "都完成了 没有在途订单                | check-complaints",
        "全部交易成功了，没退款中的单子       | check-complaints",
        "没在途的                             | check-orders",
        "还没在途                             | check-orders",
        "都完成了 还有在途的                  | check-orders",
        "都完成了 没在途的 还有一单退款中     | check-orders",
    })
    void aDeniedStateIsNoPendingOne(String reply, String step) {
        assertEquals(step, talk.stepAfterReply(AT_THE_ORDERS, reply), reply);
    }
}
