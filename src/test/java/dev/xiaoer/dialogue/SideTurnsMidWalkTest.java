package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a walk does after the bot said something beside the step's question that is no answer to it: a choice of topics,
 * an "I don't know, a person?", a part of the step put off. Found in the thirty-sixth session (a fresh reader's earlier
 * find, and a regression of the day's 那…呢 questions caught by ReadBatchNineteenTest).
 */
class SideTurnsMidWalkTest {
    private static final RealConversations talk = new RealConversations();

    /**
     * A bare yes right after a choice of topics or a fallback mid-walk ("您想问哪方面？", "要不要我帮您转人工客服？") answers neither
     * that nor the step: the step is kept. It had passed the step, telling the seller the next condition as if this one were
     * met. The step's own words still move it.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退/都关了/保证金能退到银行卡吗/嗯              | check-orders",
        "保证金怎么退/保证金退回来要手续费吗/是的                 | close-services",
        // (guards, as at the start; the first two had passed the step in the day's build, once 那投诉的呢 asked)
        "保证金怎么退/都关了/还有一单没确认收货/那投诉的呢/嗯      | check-orders",
        "保证金怎么退/都关了/保证金能退到银行卡吗/好的            | check-orders",
        "保证金怎么退/都关了/保证金能退到银行卡吗/都完结了        | check-complaints",
        "保证金怎么退/都关了/嗯                                   | check-complaints",
    })
    void aBareYesAfterAChoiceOrAFallback(String said, String step) {
        assertEquals(step, talk.stepAfter(said.split("/")), said);
    }

    /**
     * A part of the fee step put off beside the payer agreed (到付说好了 快递明天再跟他讲) is that part not done: the step is
     * kept. It had passed the step, the going off dropped as if it were no part of the answer.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "到付说好了 快递明天再跟他讲      | shipping-fee",
        "快递待会再跟他说 到付已经定了    | shipping-fee",
        // (guards, as at the start)
        "到付已经定了 快递还没说          | shipping-fee",
        "到付 快递不限                    | deadline-condition",
        "运费我们出 我这就去跟买家讲     | deadline-condition",
    })
    void aPartPutOff(String said, String step) {
        assertEquals(step, talk.stepAfter("买家要退货 要和他确认什么", "地址电话都发了", said), said);
    }

    /**
     * "The rest are done" (别的都关了, 剩下的全关完了) right after the answer on one of the step's own things (官方直送怎么关？)
     * leaves that thing open: the step is asked again. It had passed the services step with 官方直送 perhaps still open (a
     * fresh reader's find, high, both builds). The thing told done beside the rest still passes it.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "别的都关了                             | close-services",
        "剩下的全关完了                         | close-services",
        // (guards, as at the start)
        "找到了 已经关掉了 其他的之前就关了     | check-orders",
        "别的都关了 官方直送也关了              | check-orders",
        "都关了                                 | check-orders",
    })
    void theRestAfterTheStepsOwnThing(String said, String step) {
        assertEquals(step, talk.stepAfter("保证金怎么退", "官方直送怎么关", said), said);
    }
}
