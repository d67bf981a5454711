package dev.xiaoer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.core.ZhConvert;
import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import dev.xiaoer.eval.EvalCase;
import dev.xiaoer.eval.EvalCases;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Script conversion, and that skipping OpenCC for text it cannot change never changes a result. */
class ScriptConverterTest {
    private final ScriptConverter script = new ScriptConverter();
    private final ZhConvert opencc = ZhConvertBootstrap.newInstance().init();

    @Test
    void convertsTraditionalAndTellsTheScript() {
        assertEquals("保证金怎么退", script.toSimplified("保證金怎麼退"));
        assertTrue(script.isTraditional("運單號填錯了"));
        assertFalse(script.isTraditional("运单号填错了"));
        assertTrue(script.isSimplifiedOnly("运单号填错了"));
    }

    @Test
    void theDictionariesBehindTheShortcutAreFound() {
        assertTrue(ScriptConverter.Simplifiable.known(), "opencc4j's dictionaries moved: every text is converted");
        assertTrue(ScriptConverter.Simplifiable.mayChange('證'));
        assertTrue(ScriptConverter.Simplifiable.mayChange('瞭'), "瞭 changes only inside phrases such as 瞭解");
        assertFalse(ScriptConverter.Simplifiable.mayChange('证'));
    }

    @Test
    void everyCharacterTheShortcutSkipsConvertsToItself() {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            if (!ScriptConverter.Simplifiable.mayChange(c)) {
                String s = String.valueOf(c);
                assertEquals(s, opencc.toSimple(s), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void everySupplementaryCharacterTheShortcutSkipsConvertsToItself() {
        // planes 1 and 2: emoji, and the rare Han characters some dictionary entries are made of
        for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp < 0x30000; cp++) {
            if (!ScriptConverter.Simplifiable.mayChange(cp)) {
                String s = Character.toString(cp);
                assertEquals(s, opencc.toSimple(s), "U+" + Integer.toHexString(cp));
            }
        }
        assertFalse(ScriptConverter.Simplifiable.mayChange("🙏".codePointAt(0)), "an emoji never needs OpenCC");
        assertEquals("谢谢🙏👌", script.toSimplified("謝謝🙏👌"));
    }

    @Test
    void shortcutAndOpenccAgreeOnRealAndRandomText() throws Exception {
        List<String> texts = new ArrayList<>();
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        for (FaqEntry e : kb.faqs()) {
            texts.add(e.answer());
            texts.addAll(e.phrasings());
        }
        texts.addAll(kb.phrases().outOfScope());
        for (String f : List.of("eval/cases.yaml", "eval/holdout.yaml")) {
            EvalCases.read(Path.of(f)).stream().map(EvalCase::text).forEach(texts::add);
        }
        // random runs of characters the shortcut skips, with the phrase-only ones mixed in
        StringBuilder pool = new StringBuilder("乾沈牴瞭藉衹覆解然口默船");
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            if (!ScriptConverter.Simplifiable.mayChange(c)) {
                pool.append(c);
            }
        }
        Random random = new Random(1688);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                s.append(pool.charAt(random.nextInt(random.nextInt(4) == 0 ? 12 : pool.length())));
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            assertEquals(opencc.toSimple(text), new ScriptConverter().toSimplified(text), text);
        }
    }
}
