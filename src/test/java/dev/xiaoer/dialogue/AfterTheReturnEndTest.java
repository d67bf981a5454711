package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Right after the return checklist ended on "请用旺旺和买家沟通", saying where it was told (旺旺上说的, 我都是旺旺上跟他说的) takes
 * the end in: it had started the walk again from the address (a fresh reader's find, thirty-fifth and thirty-sixth).
 */
class AfterTheReturnEndTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "旺旺上说的                  | SMALLTALK",
        "嗯 我都是旺旺上跟他说的     | SMALLTALK",
        "嗯 旺旺上都说过了           | SMALLTALK",
        // (guards, as at the start)
        "好的                        | SMALLTALK",
        "还有一个买家也要退货        | FLOW",
    })
    void whereItWasTold(String said, Kind kind) {
        Turn t = talk.say("买家要退货 要和他确认什么", "地址电话都发了", "到付 快递不限", "时间和包装都说好了", said);
        assertEquals(kind, t.reply().kind(), said);
    }
}
