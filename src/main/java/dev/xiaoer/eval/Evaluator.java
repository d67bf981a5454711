package dev.xiaoer.eval;

import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.Retriever;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Runs labelled cases through retrieval and measures how often it answers right, clarifies, or declines. */
public final class Evaluator {
    private final Retriever retriever;

    public Evaluator(Retriever retriever) {
        this.retriever = retriever;
    }

    public EvalReport run(List<EvalCase> cases) {
        int inScope = 0;
        int top1 = 0;
        int top3 = 0;
        int top1OrClarify = 0;
        int wrong = 0;
        int oos = 0;
        int declined = 0;
        List<EvalReport.Miss> misses = new ArrayList<>();
        for (EvalCase c : cases) {
            Retrieval r = retriever.search(c.text());
            Candidate best = r.best();
            boolean answered = r.decision() == Retrieval.Decision.ANSWER;
            String answeredId = answered ? best.faqId() : null;
            boolean right;
            if (c.inScope()) {
                inScope++;
                boolean rightAnswer = c.expect().equals(answeredId);
                boolean rightClarify = r.decision() == Retrieval.Decision.CLARIFY
                        && r.options().stream().anyMatch(o -> o.faqId().equals(c.expect()));
                if (rightAnswer) {
                    top1++;
                }
                if (rightAnswer || rightClarify) {
                    top1OrClarify++;
                }
                if (r.candidates().stream().limit(3).anyMatch(o -> o.faqId().equals(c.expect()))) {
                    top3++;
                }
                if (answered && !rightAnswer) {
                    wrong++;
                }
                right = rightAnswer;
            } else {
                oos++;
                boolean fellBack = r.decision() == Retrieval.Decision.FALLBACK;
                if (fellBack) {
                    declined++;
                }
                if (answered) {
                    wrong++;
                }
                right = fellBack;
            }
            if (!right) {
                String got = switch (r.decision()) {
                    case ANSWER -> best.faqId();
                    case CLARIFY -> r.options().stream().map(Candidate::faqId).collect(Collectors.joining("|"));
                    case FALLBACK -> "-";
                };
                String cands = r.candidates().stream().limit(3)
                        .map(x -> x.faqId() + String.format(Locale.ROOT, "=%.2f", x.score()))
                        .collect(Collectors.joining(" "));
                misses.add(new EvalReport.Miss(c, r.decision().name().toLowerCase(Locale.ROOT), got, r.confidence(), cands));
            }
        }
        return new EvalReport(cases.size(), inScope, oos, frac(top1, inScope), frac(top3, inScope),
                frac(top1OrClarify, inScope), frac(wrong, cases.size()), frac(declined, oos), misses);
    }

    private static double frac(int n, int d) {
        return d == 0 ? 1.0 : (double) n / d;
    }
}
