package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.testing.RealKnowledge;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The polarity cues a reply carries (phrases.yaml cues): "there is none that is still…" is complete and
 * no 'not', only within one clause; an unsure word that is no negation (不知道) is still unsure; a guess
 * is a partial.
 */
class PolarityCuesTest {
    private static AnswerLexicon lexicon;
    private static TextNormalizer normalizer;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = RealKnowledge.load();
        normalizer = new TextNormalizer(kb, new ScriptConverter());
        lexicon = new AnswerLexicon(kb.phrases(), normalizer);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "没有处理中的投诉          | complete",
        "没有还在进行中的订单      | complete",
        "不存在没处理完的投诉      | complete",
        "没有未完成订单            | complete",
        "没完结的单子没有了        | complete",
        "都关了除了官方直送本来就没开通 | complete",
        "除了官方直送都关了        | complete partial",
        "处理中的投诉一个都没有    | complete",
        "没有，还在处理中的        | negation still ongoing",
        "没有发货的订单还有两单    | negation still some",
        "还没有处理完的            | negation still complete",
        "官方直送不知道开没开过    | unsure",
        "应该都关了吧              | complete partial guess",
        "没有还没到30天的          | negation still under",
        "没有还有两单在途的        | negation still some ongoing",
        "没有我还在查的            | negation still unsure ongoing",
        "没有啦还不满30天的        | negation still under",
        "订单都是10月中旬关闭的    | complete",
        "投诉在处理中              | still ongoing",
        "到时候再说                 | partial",
        "我去查了 都关了            | complete",
        "问过了 都关了              | complete",
        "我去查一下                 | unsure",
        "官方直送本来就没开过 这个不用管 | ''",
    })
    void readsThePolarityOfAReply(String reply, String kinds) {
        String text = normalizer.utterance(reply).normalized();
        List<String> cues = lexicon.cuesIn(text);
        List<String> expected = kinds.isBlank() ? List.of() : List.of(kinds.split(" ")).stream().sorted().toList();
        assertEquals(expected, cues.stream().sorted().toList(), text);
    }
}
