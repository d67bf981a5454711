package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone called to come and collect or carry goods (叫人来收, 找人来拉货) is a courier's pick-up told, not a
 * request for a person: the handoff phrase 叫…人来 carries a "followed by neither" group, (!收|取|拉…), in
 * phrases.yaml; the same verb with no such task after it still asks for one.
 */
class PickUpNotAPersonTest {
    private static final RealIntents real = RealIntents.load();

    @ParameterizedTest
    @ValueSource(strings = {"顺丰是我自己叫的 用顺丰的小程序下单叫人来收", "我打电话叫人来取的件", "找人来拉货的 不是平台下的单",
        "讓人過來取件的", "让人来拿货"})
    void aPickUpIsNoRequest(String text) {
        assertFalse(real.intents().isHandoff(real.said(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"叫你们的人来", "叫个人来帮我看看", "找个懂的人来", "派个人过来处理一下", "找个负责的人拿个主意"})
    void askingForSomeoneIsStillARequest(String text) {
        assertTrue(real.intents().isHandoff(real.said(text)), text);
    }
}
