package dev.xiaoer.retrieval;

import dev.xiaoer.eval.EvalCase;
import dev.xiaoer.eval.EvalCases;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A developer tool: prints each case's normalised text, features and top candidates as TSV. */
public final class Dump {
    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of(args[0])).knowledge();
        List<EvalCase> cases = EvalCases.read(Path.of(args[1]));
        TextNormalizer normalizer = new TextNormalizer(kb, new ScriptConverter());
        RetrievalSettings d = RetrievalSettings.defaults();
        double[] v = java.util.Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray();
        RetrievalSettings s = new RetrievalSettings(d.answerThreshold(), d.clarifyThreshold(), d.clarifyBand(),
                d.maxOptions(), d.candidates(), d.luceneTerms(), d.wordWeight(), v[0], v[1], d.maxQueryChars(), v[2], v[3], v[4],
                v.length > 5 ? v[5] : d.contextWeight(), d.offTopicFactor(), d.optionRatio(), d.minOptionScore(), d.twoAsksScore(),
                d.askingLead(), d.unsaidDecline(), d.calibration());
        Retriever r = Retriever.build(kb, normalizer, s);
        for (EvalCase c : cases) {
            Scored got = r.score(c.text());
            StringBuilder sb = new StringBuilder();
            sb.append(c.expect()).append('\t').append(c.text()).append('\t').append(got.normalized())
                    .append(String.format(Locale.ROOT, "\t%.3f,%.3f,%.3f,%.3f,%.3f", got.declineScore(),
                            got.signals().phrasingScore(), got.signals().entryCoverage(), got.signals().queryCoverage(),
                            got.signals().unseenShare()));
            for (Candidate x : got.ranked()) {
                sb.append('\t').append(x.faqId()).append(String.format(Locale.ROOT, "=%.3f", x.score()))
                        .append('~').append(x.matchedPhrasing()).append('~').append(x.matchedWords());
            }
            System.out.println(sb);
        }
    }
}
