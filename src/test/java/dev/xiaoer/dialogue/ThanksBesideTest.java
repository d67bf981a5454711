package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thanks or goodbye said beside a statement that asks nothing (好的 我去找网点开证明 谢谢) is small
 * talk, not a question for retrieval; beside a question (谢谢 保证金怎么退) the question is answered.
 */
class ThanksBesideTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "好嘞 我这就去后台改 谢谢啦              | SMALLTALK",
        "行 我现在就去后台看看 谢谢啦           | SMALLTALK",
        "谢谢 那保证金怎么退呢                  | FLOW",
        // thanks with an intensifier (非常, 十分, 真的) is thanks
        "好的，非常感谢您的耐心解答             | SMALLTALK",
        "真的十分感谢                           | SMALLTALK",
        // thanks first, then going off to see someone about it; not something already done, which is told
        "好的谢谢，我去找快递开证明             | SMALLTALK",
        "谢谢，我这就去联系买家                 | SMALLTALK",
        "谢谢，我的店被扣分了想申诉             | FLOW",
    })
    void thanksBesideAStatementIsThanks(String said, Kind kind) {
        assertEquals(kind, talk.say(said).reply().kind(), said);
    }

    /**
     * After an answer, an acknowledgement, what the seller found or will do, then thanks (找到了 我的运单里面可以
     * 撤销重下 谢谢啦) is thanks, whatever entry its middle resembles; one turning to another matter is not.
     */
    @ParameterizedTest(name = "{1} after {0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "运单号填错了,在物流平台下的单          | 找到了 我的运单里面可以撤销重下 谢谢啦  | SMALLTALK",
        "售后进度在哪里看                      | 好 我去旺旺上再发一遍 谢谢              | SMALLTALK",
        "售后进度在哪里看                      | 好 那我把蓋章那張傳上去 感謝            | SMALLTALK",
        "运单号填错了,在物流平台下的单          | 好的 另外还有一单运单号没填 谢谢        | FLOW",
        "运单号填错了,在物流平台下的单          | 运单号没填 谢谢                         | FLOW",
        // (a reviewer's: a problem told between them is no thanks)
        "支付宝怎么换绑                        | 好 我没有交易资料管理这个入口 谢谢      | FAQ",
        // the answer just given, said back with thanks (要90天啊，行吧，谢谢啦): thanks, not the same entry again
        "安心购怎么退出,那我还有几单安心购的没走完，退了会咋样 | 要90天啊，行吧，谢谢啦   | SMALLTALK",
        "安心购怎么退出,那我还有几单安心购的没走完，退了会咋样 | 要90天啊，那在途的订单怎么办 | FAQ",
    })
    void thanksAfterAnAnswerIsThanks(String before, String said, Kind kind) {
        String[] all = (before + "," + said).split(",");
        assertEquals(kind, talk.say(all).reply().kind(), said);
    }
}
