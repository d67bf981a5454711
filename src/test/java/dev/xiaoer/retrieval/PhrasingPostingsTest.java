package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.eval.EvalCase;
import dev.xiaoer.eval.EvalCases;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The candidates read from the index's arrays ({@link PhrasingPostings}) are Lucene's, in Lucene's
 * order, for every message of the evaluation sets and every phrasing and answer of the real
 * knowledge, at the settings' depth and at shallower and narrower ones.
 */
class PhrasingPostingsTest {
    @Test
    void theSameCandidatesAsLuceneInTheSameOrder() throws IOException {
        KnowledgeLoader.Result loaded = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        KnowledgeBase kb = loaded.knowledge();
        TextNormalizer normalizer = new TextNormalizer(kb, new ScriptConverter());
        RetrievalSettings settings = RetrievalSettings.defaults();
        FaqIndex index = Retriever.build(kb, normalizer, settings).index();
        List<String> texts = new ArrayList<>();
        for (String file : List.of("cases.yaml", "holdout.yaml", "fresh.yaml")) {
            EvalCases.read(Path.of("eval", file)).stream().map(EvalCase::text).forEach(texts::add);
        }
        for (FaqEntry e : kb.faqs()) {
            texts.addAll(e.phrasings());
            texts.add(e.answer());
        }
        int compared = 0;
        for (String text : texts) {
            Map<Feature, Double> weights = index.features().weighted(normalizer.normalize(text), null);
            for (int[] depth : new int[][] {{settings.luceneTerms(), settings.candidates()}, {3, 5}, {40, 1}, {12, 1000}}) {
                List<Integer> lucene = index.likelyByLucene(weights, depth[0], depth[1]);
                assertEquals(lucene, index.likely(weights, depth[0], depth[1]), () -> text + " at " + depth[0] + "/" + depth[1]);
                compared += lucene.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }
}
