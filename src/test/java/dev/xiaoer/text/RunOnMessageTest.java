package dev.xiaoer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.testing.RealKnowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message typed as one run, no punctuation or space at all (voice-to-text), is read phrase by phrase where the
 * knowledge's {@code run-on-message} breaks it; so is each long run of a message beside a short phrase typed after a space
 * (forty-first session). Retrieval still reads it as typed, and a run shorter than 16 characters is left as it is.
 */
class RunOnMessageTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer(RealKnowledge.load(), new ScriptConverter());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "保证金怎么退子服务都关了订单都交易成功了投诉也处理完了       | 保证金怎么退 子服务都关了 订单都交易成功了 投诉也处理完了",
        "保证金怎么退啊我买家保障的子服务都关了订单都完结了          | 保证金怎么退啊 我买家保障的子服务都关了 订单都完结了",
        "我们自己联系的快递发货的时候单号填错了现在要改              | 我们自己联系的快递发货的时候单号填错了 现在要改",
        // (a long run beside a short question typed after a space; the orders typed 定单; a return's terms one after another)
        "买家要退货我跟他说了地址收件人电话运费我们出到付7天内寄回 还要确认啥 | 买家要退货我跟他说了 地址收件人电话 运费我们出到付 7天内寄回 还要确认啥",
        "保证金咋退我子服务都关了定单也都完结了                      | 保证金咋退 我子服务都关了 定单也都完结了",
        // (left whole: a separator already typed; shorter than a run; nothing that opens a phrase after a clause's end)
        "保证金怎么退 子服务都关了订单都交易成功了                   | 保证金怎么退 子服务都关了订单都交易成功了",
        "子服务都关了订单也完结了                                   | 子服务都关了订单也完结了",
        "我们自己联系的快递发货的时候单号填错一位数字要改            | 我们自己联系的快递发货的时候单号填错一位数字要改",
    })
    void breaksARunWhereAPhraseOpens(String raw, String basic) {
        Utterance u = NORMALIZER.utterance(raw);
        assertEquals(basic, u.basic(), raw);
        assertEquals(NORMALIZER.retrievalForm(raw), u.retrieval(), raw);
    }
}
