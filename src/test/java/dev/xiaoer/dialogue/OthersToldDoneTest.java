package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The others" (其他的都是成功) is a part, and meets no "all met", unless another clause tells the rest
 * is done too (那单已经关闭了): then it is all.
 */
class OthersToldDoneTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "退款那单已经关闭了，其他的都是交易成功   | check-complaints",
        "退款退完了 那单已经关闭了 其他的都是成功 | check-complaints",
        "其他的都是交易成功                       | check-orders",
        "其他的都完成了，还有一单在途             | check-orders",
        "那单应该关了吧，其他的都是成功           | check-orders",
    })
    void theOthersAreAllOnlyWhenTheRestIsToldDone(String reply, String step) {
        assertEquals(step, talk.stepAfter("保证金怎么退", "子服务都关了", reply), reply);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // "the other few" (其他几个) is the others, not 'some'
        "嗯 我刚去后台弄了 官方直送那个也退出了 其他几个子服务早就关了 | check-orders",
        "官方直送还没退出 其他几个子服务早就关了                      | close-services",
    })
    void theOtherFewAreTheOthers(String reply, String step) {
        assertEquals(step, talk.stepAfter("保证金怎么退", reply), reply);
    }
}
