package dev.xiaoer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.TestPhrases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cantonese written forms ({@code dialect} in phrases.yaml) are read as the Mandarin they say, in every form of a message. */
class DialectTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer(knowledge(), new ScriptConverter());

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
}
