package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.eval.EvalCase;
import dev.xiaoer.eval.EvalCases;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Scope;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link AspectWords} finds the aspects {@link Scope.Aspect#askedIn} and {@link Scope.Aspect#toldIn} find, word by word
 * with a {@code contains} after the not-asked words are blanked out longest first: for every message of the tuning
 * sets, every phrasing, answer and out-of-scope question of the real knowledge, each whole and phrase by phrase, and
 * a few made-up texts.
 */
class AspectWordsTest {
    @Test
    void theAspectsEveryWordsContainsFinds() throws IOException {
        KnowledgeLoader.Result loaded = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        KnowledgeBase kb = loaded.knowledge();
        TextNormalizer normalizer = new TextNormalizer(kb, new ScriptConverter());
        Aspects aspects = Retriever.build(kb, normalizer, RetrievalSettings.defaults()).scope().aspects();
        AspectWords words = new AspectWords(aspects.all(), aspects.notAsked());
        List<String> texts = new ArrayList<>(List.of("", " ", "多久", "前几天 多久", "手续费多少 要几天", "abc 123"));
        try (Stream<Path> files = Files.list(Path.of("eval"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(cases|tuning-\\d+)\\.yaml")).toList()) {
                EvalCases.read(f).stream().map(EvalCase::text).forEach(texts::add);
            }
        }
        for (FaqEntry e : kb.faqs()) {
            texts.addAll(e.phrasings());
            texts.add(e.answer());
        }
        texts.addAll(kb.phrases().outOfScope());
        int asking = 0;
        for (String text : texts) {
            String n = normalizer.normalize(text);
            List<String> pieces = new ArrayList<>(List.of(n));
            pieces.addAll(List.of(n.split(" ")));
            for (String t : pieces) {
                List<Scope.Aspect> asked = asked(aspects, t, false);
                assertEquals(asked, words.asked(t), t);
                assertEquals(asked(aspects, t, true), words.toldIn(t), t);
                asking += asked.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(asking > 500, "texts asking an aspect: " + asking);
    }

    /** What the aspects' own words find, one {@code contains} each (the reading before {@link AspectWords}). */
    private static List<Scope.Aspect> asked(Aspects aspects, String text, boolean toldOnly) {
        String t = text.replace(" ", "");
        for (String w : aspects.notAsked()) {
            t = t.replace(w, " ");
        }
        List<Scope.Aspect> found = new ArrayList<>();
        for (Scope.Aspect a : aspects.all()) {
            if ((toldOnly ? a.toldIn(t) : a.askedIn(t)) != null) {
                found.add(a);
            }
        }
        return found;
    }
}
