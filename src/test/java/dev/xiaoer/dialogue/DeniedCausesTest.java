package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At a choice among causes, a clause saying what the case is not (不是快递的问题, 跟快递没关系) tells no
 * option: beside a clause telling one, that one is read; alone, the step asks again. Nor does what is
 * conceded before a 'but' (是定制的货没错，但…). A seller who
 * corrects themselves (啊不对, 啊不是) is read from the correction on.
 */
class DeniedCausesTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "被扣分了想申诉                   | 不是快递的问题 买家拍的那款我们停产了               | invalid",
        "被扣分了想申诉                   | 跟快递没关系哈 是定制的链接设错了发货服务           | invalid",
        "被扣分了想申诉                   | 不是价格的问题，快递三天都没来揽收                  | valid",
        "被扣分了想申诉                   | 不是快递的问题                                      | reason",
        "被扣分了想申诉                   | 定制链接的发货保障设置没问题，是快递公司那边揽收晚了 | valid",
        "被扣分了想申诉                   | 是定制的货没错，但我们按时做好交给韵达了，他们揽收后一直没上传物流信息 | valid",
        "被扣分了想申诉                   | 虽然是定制款，可是快递揽收晚了三天                  | valid",
        "被扣分了想申诉                   | 快递原因吧 啊不对 是客服改价的时候少打了一个0       | invalid",
        "运单号填错了怎么改,我自己找的中通 | 填错了 啊不是 是那单丢件了 要补发一次               | reship",
        // 只是 after a 'not' says what it is; after no 'not' it is a 'but' that adds a fact to the first clause
        "被扣分了想申诉                   | 不是快递的问题，只是价格设错了                      | invalid",
        "保证金怎么退,子服务都关了,订单都完结了 | 投訴案件都處理完了，只是最後一單今天才交易成功  | check-aftersales-window",
        // a 'not' after a 'but' is a fact added to what it is, not what it is not
        "运单号填错了怎么改,我自己找的中通 | 單號沒有打錯啦 是貨早就寄出去了 但後台一直沒有填單號 | fill-missing",
        "运单号填错了怎么改,我自己找的中通 | 不是填错 是那天太忙了 货已经让韵达拉走了 可是单号我一直忘了填 | fill-missing",
        // goods that cannot be had (拿不到货) are a fact told beside the contrast, not another 'not'
        "被扣分了想申诉                   | 不是价格的事 是个老款 买家拍了我们拿不到货          | invalid",
    })
    void whatTheCaseIsNotTellsNothing(String opening, String reply, String step) {
        assertEquals(step, talk.stepAfterReply(opening.split(","), reply), reply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10月份最后一单 啊不对 11月20号还有一单确认收货的 | check-aftersales-window",
        "9月就没单了 呃不对 上周还有一笔交易成功          | check-aftersales-window",
    })
    void aCorrectedDateIsReadFromTheCorrection(String reply, String step) {
        String[] opening = {"保证金怎么退", "子服务都关了", "订单都完结了", "没有投诉"};
        assertEquals(step, talk.stepAfterReply(opening, reply), reply);
    }
}
