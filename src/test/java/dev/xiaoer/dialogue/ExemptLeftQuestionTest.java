package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seller who says everything is closed but what the step exempts (the 24h/48h… shipping services, which
 * cannot be closed) and asks about that remainder (咋整, 要紧吗) has answered the step: the answer to the
 * question is that it need not be closed, then the next step. Not when something else is still open.
 */
class ExemptLeftQuestionTest {
    private static final String DEPOSIT = "保证金怎么退";
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "都关了 就剩个48小时发货关不掉 咋整                  | check-orders",
        "能关的都关闭好了，就那个72小时发货关不了，这个要紧吗  | check-orders",
        "子服務都關了，只有15天發貨那個關不掉，怎麼辦         | check-orders",
        "就剩48小时发货和官方直送关不掉 怎么办               | close-services",
        "官方直送还没关，48小时发货也关不掉，咋整             | close-services",
        "都关了，只有48小时发货和一个子服务关不掉，怎么办     | close-services",
        "都关了，只有48小时发货和一个子服务关不掉             | close-services",
        "都关了，只有48小时发货关不掉                         | check-orders",
        // the step's thing named as the topic before the exception, and a thing never had beside it
        "子服务除了那个48小时发货的关不掉，其他都关了          | check-orders",
        "子服务除了那个48小时发货的关不掉，其他都关了，官方直送我们从来没开过 | check-orders",
        "子服务除了48小时发货和官方直送，其他都关了            | close-services",
        "子服务除了48小时的都开着，官方直送从来没开过          | close-services",
        "子服务除了那个48小时发货的关不掉，其他都关了，官方直送还没退 | close-services",
        // the exempt ones named together (那几个: those, no second thing)
        "去后台看了，除了48h、72h发货那几个关不掉，别的都显示已关闭 | check-orders",
        "除了48h和72h发货关不掉，别的都关了                    | check-orders",
        "除了48h和官方直送关不掉，别的都关了                   | close-services",
    })
    void atTheServicesStep(String reply, String step) {
        assertEquals("close-services", talk.stepAfter(DEPOSIT));
        assertEquals(step, talk.stepAfter(DEPOSIT, reply), reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "都关了 就剩个48小时发货关不掉 咋整",
    })
    void answersWhatWasAskedBeforeTheNextStep(String reply) {
        String text = talk.say(DEPOSIT, reply).reply().text();
        assertTrue(text.contains("无需关闭"), text);
        assertTrue(text.indexOf("无需关闭") < text.indexOf("第 2 步"), text);
        assertFalse(text.contains("第 1 步"), text);
    }

    /**
     * The exempt thing told alone as not closing (24h发货那个一直关不掉) is answered by the entry saying it need not be
     * closed, the step waiting; "the others are closed" after it is then all met — and not without it.
     */
    @ParameterizedTest(name = "{0} then {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "24h发货那个一直关不掉 点了没反应 | ok 那其他的都关了 | check-orders",
        "24h發貨那個關不掉耶              | OK其他的都關掉了  | check-orders",
        "24h发货那个一直关不掉            | 其他的还开着      | close-services",
        "官方直送关不掉                   | 其他的都关了      | close-services",
        // the exempt thing then referred back to (除了它, 原来不用关): what is said is of the rest
        "48小时发货那个服务点不了关闭啊，一直灰的，咋回事 | 哦哦原来不用关，那除了它别的我都已经关闭了 | check-orders",
        "48小时发货那个服务点不了关闭啊                  | 原来不用关，其他的都关了                 | check-orders",
        "48小时发货那个服务点不了关闭啊                  | 除了它还有官方直送没关                   | close-services",
        "48小时发货那个服务点不了关闭啊                  | 除了它别的还没关                         | close-services",
        "官方直送关不掉                                  | 除了它都关了                             | close-services",
        // (the pronoun only with nothing named after it; "no need to close" only said of nothing named)
        "48小时发货那个服务点不了关闭啊                  | 除了那个官方直送，别的都关了             | close-services",
        "48小时发货那个服务点不了关闭啊                  | 除了这两个，其他都关了                   | close-services",
        "48小时发货那个服务点不了关闭啊                  | 官方直送不用关，其他都关了               | close-services",
    })
    void theExemptToldAloneThenTheOthers(String exemptTold, String others, String step) {
        Turn told = talk.say(DEPOSIT, exemptTold);
        assertEquals("close-services", RealConversations.step(told), exemptTold);
        if (exemptTold.contains("24h")) {
            assertEquals("deposit.shipping-subservices", told.reply().faqId(), exemptTold);
        }
        assertEquals(step, talk.stepAfter(DEPOSIT, exemptTold, others), others);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"其他的都关了", "其余的都关了"})
    void theOthersAloneSayNothingOfWhatIsLeft(String reply) {
        assertEquals("close-services", talk.stepAfter(DEPOSIT, reply), reply);
    }
}
