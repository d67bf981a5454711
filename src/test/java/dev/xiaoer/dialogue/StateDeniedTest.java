package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "None in a state still under way" said without a 的 to close it (没有在途订单) or with a bare 没 (没在途的): the state is
 * denied, not asserted, so beside "all done" the orders step moves on; alone — with its 都 too (都没在途了) — it says
 * nothing of the other states, and 还没在途 (not even sent yet) or a state asserted in another clause keeps the step.
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
        "没有在途订单，都交易成功了           | check-complaints",
        // (a fresh reader's) one state denied tells no "all", whatever 都 goes with the denial
        "都没在途了                           | check-orders",
        "订单都没在路上了                     | check-orders",
        "订单都无在途                         | check-orders",
        "订单都没退款中了                     | check-orders",
        "都没有在途订单了                     | check-orders",
        "没在途的 没退款中的                  | check-orders",
        // a 的 that goes on in its clause is of a relative: "those not in transit are done" leaves the others open
        "没在途的都交易成功了                 | check-orders",
    })
    void aDeniedStateIsNoPendingOne(String reply, String step) {
        assertEquals(step, talk.stepAfterReply(AT_THE_ORDERS, reply), reply);
    }
}
