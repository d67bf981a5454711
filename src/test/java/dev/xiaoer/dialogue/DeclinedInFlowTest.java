package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question asked at a step that the knowledge is known not to answer (a fee, how long something takes), naming
 * nothing of the step and none of its options, is declined as such — the bot says it does not know — and the step
 * waits; a question about the step itself, or one retrieval finds nothing for, is asked again as before.
 */
class DeclinedInFlowTest {
    private static final RealConversations talk = new RealConversations();
    private static final String[] AT_THE_DAYS_STEP = {"保证金怎么退", "子服务都关了", "订单都完结了", "没有投诉"};

    @ParameterizedTest(name = "{0} → {1} at {2}")
    @CsvSource(delimiter = '|', value = {
        "保证金退回来要扣手续费吗 | FALLBACK | check-aftersales-window",
        // the step's own option words in a question, or nothing retrieval knows: asked again
        "怎么判断算不算超过30天了 | FLOW     | check-aftersales-window",
        "这两个有啥区别           | FLOW     | check-aftersales-window",
        // 'what next' asks nothing the knowledge declines: the step is said again
        "接下来怎么办             | FLOW     | check-aftersales-window",
    })
    void aQuestionTheKnowledgeDoesNotAnswerIsDeclinedAndTheStepWaits(String question, Kind kind, String step) {
        String[] said = java.util.Arrays.copyOf(AT_THE_DAYS_STEP, AT_THE_DAYS_STEP.length + 1);
        said[said.length - 1] = question;
        Turn t = talk.say(said);
        assertEquals(kind, t.reply().kind(), question);
        assertEquals(step, RealConversations.step(t), question);
    }

    /** …also when it asks what the seed leaves unsaid of the step's own things (how many days a return may take). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "退货时间一般要求几天比较合适？ | FALLBACK",
        "退货时间和吊牌要求说好了       | FLOW",
    })
    void aQuestionOfWhatTheSeedLeavesUnsaidIsDeclined(String said, Kind kind) {
        Turn t = talk.say("买家要退货，退货细节我想跟你对一下", "确认了", "约定好了", said);
        assertEquals(kind, t.reply().kind(), said);
        assertEquals(kind == Kind.FALLBACK ? "deadline-condition" : "wangwang", RealConversations.step(t), said);
    }
}
