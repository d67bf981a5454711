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
 * below the floors. The floors are the levels reached now, so that no change makes retrieval
 * worse unnoticed; issue 2's target bars (top-1 90%, top-1-or-clarify 97%, wrong 3%, declined 90%)
 * are not all reached yet: see docs/retrieval.md.
 */
class EvaluationBarTest {
    static final double MIN_TOP1 = 0.89;
    static final double MIN_TOP1_OR_CLARIFY = 0.93;
    static final double MAX_WRONG = 0.03;
    static final double MIN_DECLINED = 0.89;

    @Test
    void theEvaluationSetStaysAboveTheFloors() throws Exception {
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
