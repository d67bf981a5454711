package dev.xiaoer.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the labelled evaluation set (eval/cases.yaml, kept out of the knowledge files) and fails
 * below issue 2's bars: top-1 ≥ 90%, top-1-or-clarify ≥ 97%, wrong answers ≤ 3%, out-of-scope
 * declined ≥ 90%.
 */
class EvaluationBarTest {
    static final double MIN_TOP1 = 0.90;
    static final double MIN_TOP1_OR_CLARIFY = 0.97;
    static final double MAX_WRONG = 0.03;
    static final double MIN_DECLINED = 0.90;

    @Test
    void noCaseIsAPhrasingOfTheKnowledge() throws Exception {
        var kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        java.util.Set<String> known = new java.util.HashSet<>();
        kb.faqs().forEach(f -> f.phrasings().forEach(p -> known.add(key(p))));
        kb.phrases().outOfScope().forEach(q -> known.add(key(q)));
        for (String file : List.of("eval/cases.yaml", "eval/tuning-2.yaml", "eval/tuning-3.yaml", "eval/tuning-12.yaml", "eval/tuning-13.yaml", "eval/tuning-14.yaml", "eval/tuning-15.yaml", "eval/tuning-16.yaml", "eval/tuning-17.yaml", "eval/tuning-18.yaml", "eval/tuning-19.yaml", "eval/tuning-20.yaml", "eval/tuning-21.yaml", "eval/holdout.yaml")) {
            List<String> leaked = EvalCases.read(Path.of(file)).stream().map(EvalCase::text)
                    .filter(t -> known.contains(key(t))).toList();
            assertTrue(leaked.isEmpty(), () -> file + " has questions written in the knowledge: " + leaked);
        }
    }

    private static String key(String text) {
        return text.replaceAll("[\\p{P}\\p{S}\\s]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theEvaluationSetMeetsTheBars() throws Exception {
        var loaded = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        List<EvalCase> cases = EvalCases.read(Path.of("eval/cases.yaml"));
        assertTrue(cases.size() >= 200 && cases.stream().filter(c -> !c.inScope()).count() >= 50);
        Retriever retriever = Retriever.build(loaded.knowledge(),
                new TextNormalizer(loaded.knowledge(), new ScriptConverter()), RetrievalSettings.defaults());
        EvalReport r = new Evaluator(retriever).run(cases);
        String misses = r.misses().stream()
                .map(m -> m.evalCase().text() + " → " + m.decision() + " " + m.got() + " (expected " + m.evalCase().expect() + ")")
                .collect(Collectors.joining("\n"));
        assertAll(
                () -> assertTrue(r.top1() >= MIN_TOP1, () -> "top-1 " + r.top1() + "\n" + misses),
                () -> assertTrue(r.top1OrClarify() >= MIN_TOP1_OR_CLARIFY, () -> "top-1-or-clarify " + r.top1OrClarify()),
                () -> assertTrue(r.wrongAnswerRate() <= MAX_WRONG, () -> "wrong answers " + r.wrongAnswerRate() + "\n" + misses),
                () -> assertTrue(r.oosDeclined() >= MIN_DECLINED, () -> "out-of-scope declined " + r.oosDeclined()));
    }
}
