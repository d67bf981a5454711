package dev.xiaoer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.TestPhrases;
import dev.xiaoer.knowledge.Source;
import dev.xiaoer.knowledge.SynonymRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of a message, made once: full width, Traditional script, emoji, IM filler. */
class UtteranceTest {
    private static final ScriptConverter SCRIPT = new ScriptConverter();
    private static final TextNormalizer NORMALIZER = new TextNormalizer(knowledge(), SCRIPT);

    /** A knowledge base with only what normalisation reads: filler and two synonym lines. */
    private static KnowledgeBase knowledge() {
        Source here = new Source("synonyms.txt", 1);
        List<SynonymRule> synonyms = List.of(new SynonymRule(List.of("押金"), "保证金", here),
                new SynonymRule(List.of("快递单号", "物流单号"), "运单号", here),
                new SynonymRule(List.of("deposit"), "保证金", here), new SynonymRule(List.of("refund"), "退款", here),
                new SynonymRule(List.of("tracking number"), "运单号", here));
        Phrases phrases = TestPhrases.withFiller(List.of("亲", "亲亲", "请问", "在吗", "谢谢", "啊", "呀"));
        return new KnowledgeBase(List.of(), Map.of(), synonyms, phrases, "test");
    }

    private static Utterance of(String raw) {
        return NORMALIZER.utterance(raw);
    }

    @Test
    void eachFormKeepsWhatItsReaderNeeds() {
        Utterance u = of("亲～運單號填錯了👍！");
        assertEquals("亲～運單號填錯了👍！", u.raw());
        assertEquals("亲 运单号填错了", u.basic());
        assertEquals("亲运单号填错了👍", u.bare());
        assertEquals("运单号填错了👍", u.compact());
        assertEquals("运单号填错了", u.normalized());
        assertTrue(u.traditional());
        assertTrue(SCRIPT.isSimplifiedOnly(u.raw()), "亲 is the Simplified form of 親");
    }

    /**
     * A Latin word a synonym writes in Chinese, typed between Chinese words with spaces only, is joined to them in the form
     * retrieval reads, as the message typed in Chinese reads; the phrases the dialogue reads keep the spaces. Punctuation,
     * spaces between Chinese, and a Latin word no synonym rewrites still separate phrases.
     */
    @ParameterizedTest
    @CsvSource({
        "我的 deposit 什么时候能 refund, 我的 保证金 什么时候能 退款, 我的保证金什么时候能退款",
        "亲 deposit 怎么退, 保证金 怎么退, 保证金怎么退",
        "tracking number 填错了 怎么改, 运单号 填错了 怎么改, 运单号填错了 怎么改",
        "deposit，怎么 refund, 保证金 怎么 退款, 保证金 怎么退款",
        "ok 押金呢, ok 保证金呢, ok 保证金呢",
        "点了没反应 按提示换了, 点了没反应 按提示换了, 点了没反应 按提示换了",
    })
    void aCodeMixedMessagesWordSpacesAreJoinedForRetrieval(String raw, String normalized, String retrieval) {
        Utterance u = of(raw);
        assertEquals(normalized, u.normalized());
        assertEquals(retrieval, u.retrieval());
        assertEquals(retrieval, NORMALIZER.retrievalForm(raw));
        assertEquals(normalized, NORMALIZER.normalize(raw));
    }

    @Test
    void fullWidthAndCaseAreFolded() {
        Utterance u = of("ＯＫ　２４Ｈ");
        assertEquals("ok 24h", u.basic());
        assertEquals("ok24h", u.bare());
        assertEquals("ok24h", u.compact());
        assertEquals("ok 24h", u.normalized());
        assertFalse(u.traditional());
        assertFalse(SCRIPT.isSimplifiedOnly(u.raw()), "Latin letters and digits say nothing of the script");
    }

    @Test
    void traditionalIsReadInSimplifiedAndRemembered() {
        Utterance trad = of("押金怎麼退？");
        assertEquals("押金怎么退", trad.basic());
        assertEquals("保证金怎么退", trad.normalized());
        assertTrue(trad.traditional());
        assertFalse(SCRIPT.isSimplifiedOnly(trad.raw()));
        Utterance simp = of("押金怎么退？");
        assertEquals(trad.normalized(), simp.normalized());
        assertFalse(simp.traditional());
        assertTrue(SCRIPT.isSimplifiedOnly(simp.raw()));
        Utterance mixed = of("保證金怎么退");
        assertTrue(mixed.traditional());
        assertTrue(SCRIPT.isSimplifiedOnly(mixed.raw()), "a message can have characters of both scripts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "ok", "👌", "好的"})
    void neutralTextHasNoScript(String raw) {
        assertFalse(of(raw).traditional(), raw);
        assertFalse(SCRIPT.isSimplifiedOnly(raw), raw);
    }

    @Test
    void emojiAreKeptInBareFormsAndSeparatePhrasesInTheOthers() {
        Utterance thumbs = of("👍");
        assertEquals("", thumbs.basic());
        assertEquals("👍", thumbs.bare());
        assertEquals("👍", thumbs.compact());
        assertEquals("", thumbs.normalized());
        Utterance ok = of("好的👍押金");
        assertEquals("好的 押金", ok.basic());
        assertEquals("好的👍押金", ok.bare());
        assertEquals("好的 保证金", ok.normalized());
    }

    @Test
    void fillerIsTrimmedFromTheEndsButCompactNeverEmpties() {
        Utterance u = of("亲，押金怎么退呀");
        assertEquals("亲 押金怎么退呀", u.basic());
        assertEquals("押金怎么退", u.compact(), "compact trims filler but rewrites no synonym");
        assertEquals("保证金怎么退", u.normalized());
        Utterance thanks = of("谢谢！");
        assertEquals("谢谢", thanks.compact(), "a message of filler only is what a phrase list matches");
        assertEquals("", thanks.normalized(), "and says nothing to retrieval");
        Utterance fillerOnly = of("亲～在吗？");
        assertEquals("亲在吗", fillerOnly.bare());
        assertFalse(fillerOnly.compact().isEmpty());
        assertEquals("", fillerOnly.normalized());
    }

    @Test
    void fillerInsideAPhraseStays() {
        assertEquals("保证金啊怎么退", of("押金啊怎么退呀").normalized());
        assertEquals("押金啊怎么退", of("押金啊怎么退呀").compact());
        assertEquals("保证金 运单号", of("亲 押金啊，快递单号在吗").normalized());
    }

    @ParameterizedTest
    @CsvSource({"快递单号填错了, 运单号填错了", "物流单号填错了, 运单号填错了", "押金, 保证金"})
    void synonymsAreRewrittenInTheNormalizedFormOnly(String raw, String normalized) {
        Utterance u = of(raw);
        assertEquals(normalized, u.normalized());
        assertEquals(raw, u.compact());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ＯＫ　２４Ｈ", "亲～運單號填錯了👍！", "保證金怎么退", "谢谢！", "a\u200bb", "【卖家中心 > 发货管理】"})
    void theTextMethodsGiveTheUtterancesForms(String raw) {
        assertEquals(of(raw).basic(), NORMALIZER.basic(raw));
        assertEquals(of(raw).normalized(), NORMALIZER.normalize(raw));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // a share's percent sign is punctuation, which would leave a bare number (90都交易成功了)
        "90%都交易成功了           | 百分之90都交易成功了",
        "12 %的单                 | 百分之12的单",
        // a length of time ago in English, as the date readers know it
        "last order closed 2 months ago | last order closed 2个月前",
        "45 days ago              | 45天前",
        "3 weeks ago              | 3周前",
        "ago                      | ago",
    })
    void sharesAndTimesAgoAreKeptInWords(String raw, String basic) {
        assertEquals(basic.replace(" ", ""), of(raw).basic().replace(" ", ""), raw);
    }
}
