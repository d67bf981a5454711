package dev.xiaoer.eval;

import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.Retriever;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Runs labelled cases through retrieval and measures how often it answers right, clarifies, or declines. */
public final class Evaluator {
    /** The edges of the calibration bands. */
    private static final double[] BAND_EDGES = {0, 0.3, 0.6, 0.8, 0.9, 0.95, 1.0};

    private final Retriever retriever;

    public Evaluator(Retriever retriever) {
        this.retriever = retriever;
    }

    /** One case and what retrieval made of it. */
    private record Outcome(EvalCase c, Retrieval r) {
        boolean answered() {
            return r.decision() == Retrieval.Decision.ANSWER;
        }

        boolean rightAnswer() {
            return c.inScope() && answered() && c.expect().equals(r.best().faqId());
        }

        boolean rightClarify() {
            return c.inScope() && r.decision() == Retrieval.Decision.CLARIFY
                    && r.options().stream().anyMatch(o -> o.faqId().equals(c.expect()));
        }

        boolean rankedFirst() {
            return c.inScope() && r.best() != null && r.best().faqId().equals(c.expect());
        }

        boolean right() {
            return c.inScope() ? rightAnswer() : r.decision() == Retrieval.Decision.FALLBACK;
        }
    }

    public EvalReport run(List<EvalCase> cases) {
        List<Outcome> outcomes = new ArrayList<>(cases.size());
        for (EvalCase c : cases) {
            outcomes.add(new Outcome(c, retriever.search(c.text())));
        }
        Map<String, List<Outcome>> byTag = new TreeMap<>();
        for (Outcome o : outcomes) {
            o.c().tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(o));
        }
        Map<String, EvalReport> tagReports = new TreeMap<>();
        byTag.forEach((tag, list) -> tagReports.put(tag, report(list, Map.of(), false)));
        return report(outcomes, tagReports, true);
    }

    private static EvalReport report(List<Outcome> outcomes, Map<String, EvalReport> byTag, boolean details) {
        int inScope = 0;
        int top1 = 0;
        int top3 = 0;
        int top1OrClarify = 0;
        int rankedFirst = 0;
        int wrong = 0;
        int oos = 0;
        int declined = 0;
        List<EvalReport.Miss> misses = new ArrayList<>();
        for (Outcome o : outcomes) {
            EvalCase c = o.c();
            Retrieval r = o.r();
            if (c.inScope()) {
                inScope++;
                top1 += o.rightAnswer() ? 1 : 0;
                top1OrClarify += o.rightAnswer() || o.rightClarify() ? 1 : 0;
                rankedFirst += o.rankedFirst() ? 1 : 0;
                if (r.candidates().stream().limit(3).anyMatch(x -> x.faqId().equals(c.expect()))) {
                    top3++;
                }
            } else {
                oos++;
                declined += r.decision() == Retrieval.Decision.FALLBACK ? 1 : 0;
            }
            wrong += o.answered() && !o.rightAnswer() ? 1 : 0;
            if (details && !o.right()) {
                misses.add(miss(o));
            }
        }
        return new EvalReport(outcomes.size(), inScope, oos, frac(top1, inScope), frac(top3, inScope),
                frac(top1OrClarify, inScope), frac(wrong, outcomes.size()), frac(declined, oos),
                frac(rankedFirst, inScope), misses, byTag, details ? bands(outcomes) : List.of());
    }

    private static EvalReport.Miss miss(Outcome o) {
        Retrieval r = o.r();
        String got = switch (r.decision()) {
            case ANSWER -> r.best().faqId();
            case CLARIFY -> r.options().stream().map(Candidate::faqId).collect(Collectors.joining("|"));
            case FALLBACK -> r.decline() == null ? "-" : "-" + r.decline().name().toLowerCase(Locale.ROOT);
        };
        String cands = r.candidates().stream().limit(3)
                .map(x -> x.faqId() + String.format(Locale.ROOT, "=%.2f", x.score()))
                .collect(Collectors.joining(" "));
        return new EvalReport.Miss(o.c(), r.decision().name().toLowerCase(Locale.ROOT), got, r.confidence(), cands);
    }

    /** Predicted against observed precision, per band of confidence. */
    private static List<EvalReport.Band> bands(List<Outcome> outcomes) {
        List<EvalReport.Band> bands = new ArrayList<>();
        for (int b = 0; b + 1 < BAND_EDGES.length; b++) {
            double from = BAND_EDGES[b];
            double to = BAND_EDGES[b + 1];
            boolean last = b + 2 == BAND_EDGES.length;
            int n = 0;
            int right = 0;
            int answered = 0;
            double sum = 0;
            for (Outcome o : outcomes) {
                double c = o.r().confidence();
                if (c >= from && (c < to || last && c <= to)) {
                    n++;
                    sum += c;
                    right += o.rankedFirst() ? 1 : 0;
                    answered += o.answered() ? 1 : 0;
                }
            }
            bands.add(new EvalReport.Band(from, to, n, n == 0 ? 0 : sum / n, n == 0 ? 0 : (double) right / n, answered));
        }
        return bands;
    }

    private static double frac(int n, int d) {
        return d == 0 ? 1.0 : (double) n / d;
    }
}
