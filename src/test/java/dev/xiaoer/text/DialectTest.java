package dev.xiaoer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.TestPhrases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cantonese written forms ({@code dialect} in phrases.yaml) are read as the Mandarin they say, in every form of a message. */
class DialectTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer(knowledge(), new ScriptConverter());
    /** The project's own knowledge/phrases.yaml, whose map sellers' messages actually meet. */
    private static final TextNormalizer SHIPPED = new TextNormalizer(KnowledgeLoader.load(Path.of("knowledge")).knowledge(),
            new ScriptConverter());

    private static KnowledgeBase knowledge() {
        // written in Traditional on purpose: the map is read in Simplified script like everything else
        Map<String, String> dialect = Map.of("冇", "沒有", "唔係", "不是", "係", "是", "聯繫", "聯繫", "係統", "係統",
                "咗", "了", "嘅", "的", "關晒", "都關了");
        Phrases phrases = TestPhrases.withFillerAndDialect(List.of("亲", "啊"), dialect);
        return new KnowledgeBase(List.of(), Map.of(), List.of(), phrases, "test");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "冇投訴,                   没有投诉",
            "全部關咗,                 全部关了",
            "唔係停產，係快遞嘅問題,   不是停产 是快递的问题",
            "d單關晒,                  d单都关了",
            // a word holding a form but meaning something else in Mandarin is listed as itself and kept
            "請聯繫快遞,               请联系快递",
            "系統顯示已關閉,           系统显示已关闭",
            // nothing to read: the text is returned as it was
            "运单号填错了,             运单号填错了",
    })
    void formsAreReadAsMandarin(String raw, String basic) {
        Utterance u = NORMALIZER.utterance(raw);
        assertEquals(basic, u.basic());
        assertEquals(basic.replace(" ", ""), u.bare().replace(" ", ""));
        assertEquals(basic, NORMALIZER.basic(raw), "knowledge text is read the same way as a message");
    }

    /** The shipped map reads sellers' Cantonese as Mandarin… */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "冇投訴,                         没有投诉",
            "啲子服務全部關晒,               些子服务全部都关了",
            "唔係停產，係快遞嘅問題,         不是停产 是快递的问题",
            "保證金點樣退,                   保证金怎样退",
            "好，唔該晒,                     好 谢谢",
            "48小時發貨閂唔到,               48小时发货关不掉",
            // (forms ret23 found missing: 依家, 點做, 點算, 唔做, 可唔可以)
            "依家唔做喇 保證金點做,          现在不做了 保证金怎么弄",
            "可唔可以退保證金,               可不可以退保证金",
            "扣咗分點算,                     扣了分怎么办",
            // (forms the blind batches 1540–1699 found missing: 咁 "then", 等陣, 點退先, 介入緊)
            "咁我等佢結咗案再嚟,             那我等他结了案再来",
            "等陣 想問下保證金點退先,        等一下 想问下保证金怎么退",
            "客服介入緊 未結案,              客服在介入 未结案",
            // (forms the blind batches 1740–1899 found missing: 仲諗緊, A定B, 使唔使錢, 喺唔喺度, 整唔見咗, 發唔到貨, and the
            // sentence-final 咋, which Mandarin writes as its 'how')
            "佢仲諗緊到付定先付,             他还在想到付还是先付",
            "改單號使唔使錢,                 改单号要不要钱",
            "喺唔喺度,                       在不在",
            "快遞整唔見咗件貨,               快递弄丢了件货",
            "活動價設得太低發唔到貨咋,       活动价设得太低发不了货",
    })
    void theShippedMapReadsCantonese(String raw, String basic) {
        assertEquals(basic, SHIPPED.utterance(raw).basic());
    }

    /** …and leaves sellers' Mandarin as it was, 系, 点, 边, 听, 晒 and 喇 in ordinary words included. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "官方直送我已经点退出了", "我已经点申诉了 怎么还没结果", "点解冻没反应", "快点退", "寄点样品给买家",
            "其实系统显示已关闭", "喇叭被投诉了怎么办", "买家发晒单说质量不好", "这边个别订单还没完结", "打听日期",
            "请联系快递", "一系列的问题", "没关系", "快点退啊", "快点退呀 等着用钱",
            // (a Mandarin 咋 ending a clause after what it follows is kept: 那咋, 这咋, 了咋)
            "那咋", "单号填错了咋", "这咋",
    })
    void theShippedMapLeavesMandarinAlone(String raw) {
        Utterance u = SHIPPED.utterance(raw);
        assertEquals(SHIPPED.utterance(raw).raw(), raw);
        assertEquals(raw.replace(" ", ""), u.bare());
        assertFalse(u.traditional(), "a Simplified message is not made Traditional by the dialect fold");
    }

    @org.junit.jupiter.api.Test
    void theScriptIsTheMessagesOwnNotTheFoldsOutput() {
        assertFalse(SHIPPED.utterance("全部关咗").traditional(), "Simplified Cantonese is still Simplified");
        assertTrue(SHIPPED.utterance("全部關咗").traditional());
    }
}
