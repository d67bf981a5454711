package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What reads like a question or a stop but tells a fact: the step's thing echoed back before the
 * answer (投诉？从来没被投诉过), a rhetorical "didn't I say" (刚不是说了吗), a service given up a while
 * ago (官方直送上个月就不弄了), a clause of "none left" (子服务一个没剩). Each is the answer it tells; the
 * same words asking or stopping now still do.
 */
class ToldNotAskedTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{1} at {0} → {2}")
    @CsvSource(delimiter = '|', value = {
        // the step's thing echoed with a question mark, then the answer
        "保证金怎么退,子服务都关了,订单都完结了 | 投诉？从来没被投诉过                         | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了 | 投诉？还有一个在处理                         | check-complaints",
        // (the thing echoed is what a bare answer is of: 投诉？没有的 says there are none)
        "保证金怎么退,子服务都关了,订单都完结了 | 投诉？没有的                                 | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了 | 投訴？冇                                     | check-aftersales-window",
        "保证金怎么退,子服务都关了,订单都完结了 | 投诉？没有处理完                             | check-complaints",
        "保证金怎么退,子服务都关了,订单都完结了 | 投诉？                                       | check-complaints",
        // a rhetorical question about an earlier answer answers nothing here
        "保证金怎么退,子服务都关了,订单都完结了 | 订单都是交易成功的啊 刚不是说了吗           | check-complaints",
        // a service given up a while ago is closed, not this conversation stopped
        "保证金怎么退                          | 官方直送我上个月就不弄了早退出了，别的子服务也全都关掉了 | check-orders",
        "保证金怎么退                          | 关了，买家保障那些子服务一个没剩，官方直送我没开过 | check-orders",
        // (a reviewer's: given up is not closed, unless exited too)
        "保证金怎么退                          | 官方直送早就不用了                           | close-services",
        "保证金怎么退                          | 子服务早不用了                               | close-services",
        // going one by one to close them is a plan, not done
        "保证金怎么退                          | 我挨个去关                                   | close-services",
        "保证金怎么退                          | 我一个个去关                                 | close-services",
    })
    void aFactIsTheAnswerItTells(String opening, String reply, String step) {
        assertEquals(step, talk.stepAfterReply(opening.split(","), reply), reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"算了 不弄了", "我不弄了下次再说", "官方直送那个不弄了，保证金也不退了", "烦死了 早都不想搞了",
        "太麻烦了 早就不弄了"})
    void aStopNowIsStillAStop(String reply) {
        assertEquals(Kind.CANCEL, talk.say("保证金怎么退", reply).reply().kind(), reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "订单都是交易成功的啊 刚不是说了吗 | false",
        "我不是告诉你了吗                  | false",
        "不是说过了吗，都关了              | false",
        "不是说可以申诉吗                  | true",
        "是不是说了就行                    | true",
    })
    void aRhetoricalDidntISayAsksNothing(String text, boolean asks) {
        assertEquals(asks, QuestionWords.asks(text), text);
    }
}
